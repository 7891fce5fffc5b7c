/**
 * Questions that only look like requests (issue 28, from the hand judgment), in each language,
 * through the real engine, with wording written for these tests: "is there anyone at the
 * clinic who speaks Kreyòl?" asks about the clinic, never switches the conversation's language
 * or queues; a question after who the person is ("I volunteer at a shelter in Tijuana, where can
 * a pregnant woman see a doctor?") is answered, not called out of scope; in the queue, "when are
 * the workshops?" asks about the topic, "what happened with my case?" and "am I still in line?"
 * get the place in line, and "connect me please" after an offer queues.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  pregnant: string;
  speaksAtClinic: string;
  volunteer: string;
  business: string;
  yesPerson: string;
  workshops: string;
  myCase: string;
  stillInLine: string;
  place: RegExp;
  connect: string;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    pregnant: 'mi esposa está embarazada y estamos en Tijuana, ¿dónde la pueden revisar?',
    speaksAtClinic: '¿hay alguien en la clínica que hable kreyòl?',
    volunteer:
      'hola, soy voluntaria en un albergue de Tijuana, ¿dónde puede hacerse un chequeo una mujer embarazada?',
    business: '¿apoyan a los que quieren poner un negocio al regresar a Durango?',
    yesPerson: 'sí, pásame con alguien',
    workshops: '¿y cuándo son los talleres?',
    myCase: '¿qué pasó con mi caso?',
    stillInLine: '¿sigo en la fila?',
    place: /fila/,
    connect: 'conécteme por favor',
  },
  en: {
    pregnant: 'my wife is pregnant and we are in Tijuana, where can she get checked?',
    speaksAtClinic: 'is there anyone at the clinics who speaks kreyol?',
    volunteer: 'hi, i volunteer with haitian families in tijuana, where can a pregnant woman get a checkup?',
    business: 'do you help people who want to start a small business back in durango?',
    yesPerson: 'yes please connect me with someone',
    workshops: 'when are the workshops?',
    myCase: 'what happened with my case?',
    stillInLine: 'am i still in line?',
    place: /queue/,
    connect: 'connect me please',
  },
  ht: {
    pregnant: 'madanm mwen ansent, nou Tijuana, ki kote yo ka egzamine l?',
    speaksAtClinic: 'èske gen yon moun nan klinik la ki pale panyòl?',
    volunteer: 'bonjou, m se volontè nan yon abri nan Tijuana, ki kote yon fanm ansent ka wè yon doktè?',
    business: 'èske nou ede moun ki vle louvri yon ti biznis lè yo retounen Durango?',
    yesPerson: 'wi, pase m yon moun',
    workshops: 'kilè atelye yo ye?',
    myCase: 'sa k pase ak dosye m?',
    stillInLine: 'm toujou nan liy la?',
    place: /liy/,
    connect: 'konekte m souple',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('asked, not requested, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('answers whether someone at the clinic speaks a language, in the conversation’s language', async () => {
    const a = await testAssistant();
    await a.say(s.pregnant);
    const turn = await a.say(s.speaksAtClinic);
    expect(turn.lang).toBe(lang);
    expect(turn.report.queued).toBe(false);
    expect(texts(turn)).toMatch(/CONAHCYT/);
  });

  it('answers the question after who the person is', async () => {
    const a = await testAssistant();
    const turn = await a.say(s.volunteer);
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('in the queue, answers about the topic and gives the place in line for "my case"', async () => {
    const a = await testAssistant();
    await a.say(s.business);
    expect((await a.say(s.yesPerson)).report.queued).toBe(true);
    const workshops = await a.say(s.workshops);
    expect(texts(workshops)).not.toMatch(/\(folio\)/);
    expect(workshops.report.topic).toBe('productive_projects');
    const mine = await a.say(s.myCase);
    expect(texts(mine)).toMatch(s.place);
    expect(texts(mine)).toMatch(/[A-Z]{3}-\d{4}/);
    a.clock.time += 10 * 60_000;
    const line = await a.say(s.stillInLine);
    expect(texts(line)).toMatch(s.place);
  });

  it('queues "connect me please" said to the offer of a person', async () => {
    const a = await testAssistant();
    const first = await a.say(s.business);
    expect(texts(first)).toMatch(/\?/);
    const turn = await a.say(s.connect);
    expect(turn.report.queued).toBe(true);
  });
});
