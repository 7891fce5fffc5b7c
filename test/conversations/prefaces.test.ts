/**
 * What a person says before their question does not hide it, in each language, through the real
 * engine, with wording written for these tests (a tester found both): "no, I'm not in danger, I
 * mean…" after the safety line got "I did not understand"; "while I wait, can I…?" in the queue
 * got only the place in line.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  pension: string;
  notDanger: string;
  notUnderstood: RegExp;
  status: string;
  person: string;
  whileWaiting: string;
  /** What the answer names (in English the card's own answer comes first: it says who may have it). */
  answered: RegExp;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    pension: 'trabajé 15 años en california con mi seguro social, ¿cómo saco mi pensión?',
    notDanger:
      'no no, no estoy en peligro jaja. digo que juarez me queda lejisimos, ¿no hay algo mas cerca para lo de la pension?',
    notUnderstood: /no entendí/,
    status: 'tengo la tarjeta de visitante por razones humanitarias y vivo en Saltillo',
    person: 'quiero hablar con una persona',
    whileWaiting: 'gracias. mientras espero, ¿con la tarjeta humanitaria puedo sacar la CURP para trabajar?',
    answered: /CURP/,
  },
  en: {
    pension: 'i worked 15 years in california with my social security, how do i get my pension?',
    notDanger:
      "no no i'm not in danger lol. i mean juarez is really far from me, isn't there something closer for the pension?",
    notUnderstood: /did not understand/,
    status: 'i have the humanitarian visitor card and i live in saltillo',
    person: 'i want to talk to a person',
    whileWaiting: 'thanks. while i wait, can i get a CURP to work with the humanitarian card?',
    answered: /CURP|TVRH/,
  },
  ht: {
    pension: 'mwen travay 15 an Kalifòni ak sekirite sosyal mwen, kijan pou m jwenn pansyon m?',
    notDanger: 'non non, m pa an danje. m vle di Juarez twò lwen, pa gen anyen ki pi pre pou pansyon an?',
    notUnderstood: /pa konprann/,
    status: 'mwen gen kat vizitè pou rezon imanitè e m rete Saltillo',
    person: 'mwen vle pale ak yon moun',
    whileWaiting: 'mèsi. pandan m ap tann, èske ak kat imanitè a m ka jwenn CURP pou m travay?',
    answered: /CURP/,
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('a question after a preface, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('answers the question after "I am not in danger, I mean…"', async () => {
    const a = await testAssistant();
    await a.say(s.pension);
    const reply = await a.say(s.notDanger);
    expect(texts(reply)).not.toMatch(s.notUnderstood);
    expect(reply.report.topic).toBe('us_pension');
  });

  it('answers the question after "while I wait" in the queue', async () => {
    const a = await testAssistant();
    await a.say(s.status);
    await a.say(s.person);
    const reply = await a.say(s.whileWaiting);
    expect(texts(reply)).toMatch(s.answered);
  });
});
