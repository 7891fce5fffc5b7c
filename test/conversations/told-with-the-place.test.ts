/**
 * What a person in danger tells along with where they are, and "nobody has written to me", in
 * each language, through the real engine, with wording written for this test (a judge's people,
 * session 51):
 * - a place and no way to call ("en casa de mi tía en Lerdo, no tengo saldo"): the place said back
 *   and kept, and what to do without a call; the no-call went unanswered;
 * - a place and help already called ("ya llamamos al 911, viene la ambulancia, estamos en…"): the
 *   place kept and "good that help was called", not "call 911 now" again;
 * - "nadie me ha hablado" after a while: the place in line, not "you don't have to call anyone".
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<
  Lang,
  {
    despair: string;
    placeNoCall: string;
    noCallLine: RegExp;
    collapsed: string;
    placeCalled: string;
    calledLine: RegExp;
    nobody: string;
    inLine: RegExp;
  }
> = {
  es: {
    despair: 'ya no le encuentro sentido a nada, desde que me deportaron pienso en quitarme la vida',
    placeNoCall: 'estoy en casa de mi tia en la colonia Obrera de Lerdo, no tengo saldo pa marcar',
    noCallLine: /no quieres llamar, sigue escribiéndome/,
    collapsed: 'mi suegra se desmayó y no reacciona, respira muy despacio',
    placeCalled: 'ya llamamos al 911 y viene la ambulancia, estamos en la calle Hidalgo de Canatlán',
    calledLine: /Qué bueno que ya pidieron ayuda/,
    nobody: 'nadie me ha escrito todavía',
    inLine: /fila/,
  },
  en: {
    despair: 'nothing makes sense since they deported me, i keep thinking about ending my life',
    placeNoCall: 'i am at my aunts house in colonia Obrera in Lerdo, no credit to call',
    noCallLine: /do not want to call, write here/,
    collapsed: 'my mother in law fainted and she is not responding, breathing very slow',
    placeCalled: 'we called 911 and the ambulance is coming, we are on calle Hidalgo in Canatlan',
    calledLine: /Good that help has been called/,
    nobody: 'nobody has texted me yet',
    inLine: /queue/,
  },
  ht: {
    despair: 'anyen pa gen sans depi yo depòte m, m ap panse touye tèt mwen',
    placeNoCall: 'm lakay matant mwen nan kolonn Obrera nan Lerdo, m pa gen kredi pou m rele',
    noCallLine: /pa vle rele, kontinye ekri m/,
    collapsed: 'bèlmè m endispoze e li pa reyaji, l ap respire dousman anpil',
    placeCalled: 'nou rele 911 e anbilans lan ap vini, nou nan ri Hidalgo nan Canatlán',
    calledLine: /Bon bagay yo rele pou èd/,
    nobody: 'pesonn poko ekri m',
    inLine: /liy/,
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('told with the place, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('keeps the place and answers that there is no way to call', async () => {
    const a = await testAssistant();
    expect((await a.say(s.despair)).report.emergency).toBe(true);
    const reply = texts(await a.say(s.placeNoCall));
    expect(reply).toMatch(/Obrera/);
    expect(reply).toMatch(s.noCallLine);
    expect((await a.store.getTicket('test:c1'))?.place?.text).toBe(s.placeNoCall);
  });

  it('keeps the place and takes the call already made', async () => {
    const a = await testAssistant();
    expect((await a.say(s.collapsed)).report.emergency).toBe(true);
    const reply = texts(await a.say(s.placeCalled));
    expect(reply).toMatch(/Hidalgo/);
    expect(reply).toMatch(s.calledLine);
    // Only the clause that says where is the place; the call told before it is not (place-clauses.ts).
    expect((await a.store.getTicket('test:c1'))?.place?.text).toBe(s.placeCalled.split(', ')[1]);
  });

  it('gives the place in line to "nobody has written to me"', async () => {
    const a = await testAssistant();
    await a.say(s.despair);
    const reply = texts(await a.say(s.nobody));
    expect(reply).toMatch(s.inLine);
    expect(reply).not.toMatch(s.noCallLine);
  });
});
