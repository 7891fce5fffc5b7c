/**
 * Dangers told in people's own words, and what comes after them (issues 28 and 30), in each
 * language, through the real engine, with wording written for these tests: a call saying they
 * have a relative and want a deposit, in texting short forms too, is extortion with its line; a
 * place told is kept on the urgent ticket; "he called me back, he is fine" calms it with the
 * extortion lines and keeps the place for staff; a sprained ankle with "where can I take him?"
 * is care, and "what if it gets worse?" gets the line for a medical emergency; a farewell letter
 * is an emergency whatever months the message names; "they left, we are ok, so how much is the
 * apostille?" is calmed and its question answered.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  call: string;
  place: string;
  calm: string;
  calmLine: RegExp;
  hurt: string;
  worse: string;
  worseLine: RegExp;
  farewell: string;
  apostille: string;
  door: string;
  overAndAsks: string;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    call: 'me marcó un señor que dice q tiene a mi hijo y q le deposite 20 mil hoy',
    place: 'estoy en la colonia Jardines de Durango, en la casa azul de la esquina',
    calm: 'ya me contestó mi hijo, está bien, estaba en su trabajo',
    calmLine: /no estás en peligro/,
    hurt: 'mi esposo se torció el tobillo caminando y está hinchado, estamos en Saltillo, ¿a dónde lo llevo?',
    worse: '¿y si se pone peor?',
    worseLine: /muy enfermo: llama al 911/,
    farewell: 'me deportaron hace 8 meses y ya no aguanto, ya les dejé escrita una carta a mis hijos',
    apostille: '¿cómo apostillo el acta de nacimiento de mi hijo que nació en Texas?',
    door: 'espérame, unos tipos están golpeando la puerta de mi casa y gritan que me van a matar',
    overAndAsks: 'ya se fueron, llegó la patrulla y estamos bien. ¿entonces cuánto cuesta la apostilla?',
  },
  en: {
    call: 'a guy called saying he has my son and i need to deposit 1500 dollars today',
    place: 'im at home on Maple street in Pasadena, white house next to the church',
    calm: 'my son just called me back, he is fine, he was at work',
    calmLine: /glad you are safe/,
    hurt: 'my husband twisted his ankle walking and its swollen, we are in Saltillo, where can i take him?',
    worse: 'what if it gets worse?',
    worseLine: /very sick: call 911/,
    farewell: 'i got deported 8 months ago and i cant do this anymore, i already wrote my kids a letter',
    apostille: 'how do i get an apostille for my sons texas birth certificate?',
    door: 'wait, some guys are banging on my door and yelling they will kill me',
    overAndAsks: 'they left, the police came and we are ok. so how much does the apostille cost?',
  },
  ht: {
    call: 'yon mesye rele m li di li gen pitit gason m e fòk m depoze 20 mil peso jodi a',
    place: 'm lakay mwen nan katye Jardines Durango, kay ble nan kwen an',
    calm: 'pitit mwen fin rele m, li anfòm, li te nan travay',
    calmLine: /pa an danje/,
    hurt: 'mari m tòde pye l pandan n ap mache e li anfle, nou Saltillo, ki kote m ka mennen l?',
    worse: 'e si l vin pi mal?',
    worseLine: /malad anpil: rele 911/,
    farewell: 'yo depòte m sa fè 8 mwa, m pa ka ankò, m deja ekri yon lèt pou pitit mwen yo',
    apostille: 'kijan pou m apostiye batistè pitit mwen ki fèt Texas?',
    door: 'tann, gen de nèg k ap frape pòt kay la, y ap di y ap touye m',
    overAndAsks: 'yo ale, polis la rive, nou byen kounye a. konbyen apostiy la koute?',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('dangers told in their own words, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('takes a call asking a deposit for a relative as extortion, keeps the place and calms it when he calls back', async () => {
    const a = await testAssistant();
    const call = await a.say(s.call);
    expect(call.report).toMatchObject({ emergency: true, queued: true });
    expect(texts(call)).toMatch(/089/);
    await a.say(s.place);
    const calm = await a.say(s.calm);
    expect(calm.report.emergency).toBe(false);
    expect(calm.lang).toBe(lang);
    expect(texts(calm)).toMatch(s.calmLine);
    expect(texts(calm)).toMatch(/089/);
    const ticket = await a.store.getTicket('test:c1');
    expect(ticket?.emergencyKind).toBe('extortion');
    expect(ticket?.place?.text).toBe(s.place);
    expect(ticket?.urgent).toBe(true);
  });

  it('answers a sprain with where to be seen, and "what if it gets worse?" with the medical line', async () => {
    const a = await testAssistant();
    const hurt = await a.say(s.hurt);
    expect(hurt.report.emergency).toBe(false);
    expect(texts(hurt)).toMatch(/IMSS-Bienestar/);
    const worse = await a.say(s.worse);
    expect(texts(worse)).toMatch(s.worseLine);
    expect(worse.lang).toBe(lang);
  });

  it('takes a farewell letter for an emergency whatever months the message names', async () => {
    const a = await testAssistant();
    const turn = await a.say(s.farewell);
    expect(turn.report.emergency).toBe(true);
    const ticket = await a.store.getTicket('test:c1');
    expect(ticket?.emergencyKind).toBe('suicide');
  });

  it('answers the question asked with "they left, we are ok" after the calm line', async () => {
    const a = await testAssistant();
    await a.say(s.apostille);
    expect((await a.say(s.door)).report.emergency).toBe(true);
    const over = await a.say(s.overAndAsks);
    expect(over.report.emergency).toBe(false);
    expect(over.lang).toBe(lang);
    expect(texts(over)).toMatch(s.calmLine);
    // The cost of the apostille, from its entry: Oaxaca's free service is what the sources give.
    expect(texts(over)).toMatch(/Oaxaca/);
    expect(texts(over).indexOf('Oaxaca')).toBeGreaterThan(texts(over).search(s.calmLine));
  });
});

describe('a question about a case, asked as such after staff closed it', () => {
  it.each([
    [
      'mi esposo ya está en el módulo de repatriación en Tijuana, ¿cómo llega a Durango?',
      'sí',
      'nomás pregunto si ya le consiguieron el pasaje del camión a mi esposo, ya no me contestaron',
    ],
    [
      'my husband is at the repatriation module in Tijuana, how does he get to Durango?',
      'yes',
      "i'm just asking if they got the bus ticket for my husband yet, nobody answers me anymore",
    ],
    [
      'mari m nan modil repatriyasyon Tijuana, kijan l ap rive Durango?',
      'wi',
      'm jis ap mande si yo jwenn tikè bis la pou mari m, pesonn pa reponn mwen ankò',
    ],
  ] as const)('is no emergency: "just asking" (%s)', async (opener, yes, asking) => {
    const a = await testAssistant();
    await a.say(opener);
    expect((await a.say(yes)).report.queued).toBe(true);
    await a.engine.staff.take('test:c1', 'ana');
    await a.engine.staff.close('test:c1', 'ana');
    a.clock.time += 40 * 60_000;
    const turn = await a.say(asking);
    expect(turn.report.emergency).toBe(false);
  });
});
