/**
 * In line for staff, the wait asked in any words, or told as time gone by ("hola?? ya van 2
 * horas"), gets the place in line, whatever the dialogue model leans to (session 46: a hand
 * judge's person got a statistic about the office, another "how long the procedure takes", a
 * third a false emergency for "ya van 3 horas y nadie contesta, quiero hablar con el director").
 * After an hour the wait is told in hours, owned, with the office's address. A case number in
 * another form than the office's folios asks for staff, who can look it up. In each language,
 * through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<
  Lang,
  {
    first: string;
    person: string;
    gone: string;
    complaint: string;
    place: RegExp;
    hours: RegExp;
    otherFolio: string;
  }
> = {
  es: {
    first: 'buenas, necesito apostillar el acta de nacimiento de mi hija que nacio en dallas',
    person: 'paseme con alguien del instituto porfa',
    gone: 'bueno?? ya van 2 horas',
    complaint:
      'llevo 3 horas esperando y nadie me contesta, que mal servicio, quiero hablar con el encargado',
    place: /nadie antes que tú|antes que tú en la fila/,
    hours: /\d+ h en la fila[\s\S]*Calle Juárez #144/,
    otherFolio: 'buenas tardes, me dieron el folio 5521 por lo de mi tramite, ya saben algo?',
  },
  en: {
    first: 'hi i need an apostille for my sons birth certificate, he was born in houston',
    person: 'can i talk to someone from the office please',
    gone: 'hello?? its been 2 hours',
    complaint: 'been waiting 3 hours and nobody answers, this is terrible service, i want the manager',
    place: /Nobody is ahead of you|ahead of you in the queue/,
    hours: /\d+ h in the queue[\s\S]*Calle Juárez #144/,
    otherFolio: 'hi they gave me case number DG-2210 for my paperwork, any news?',
  },
  ht: {
    first: 'bonjou m bezwen apostiy pou batistè pitit mwen ki fèt Miami',
    person: 'm vle pale ak yon moun nan biwo a souple',
    gone: 'alo?? sa fè 2 èdtan m ap tann',
    complaint: 'sa fè 3 è m ap tann e pesonn pa reponn, sèvis la mal, m vle pale ak chèf la',
    place: /Pa gen pèsonn devan w|devan w nan liy/,
    hours: /\d+ èdtan w ap tann[\s\S]*Calle Juárez #144/,
    otherFolio: 'bonswa yo te ban m nimewo dosye 7781 pou demach mwen an, eske gen nouvèl?',
  },
};

describe.each(Object.keys(CASES) as Lang[])('waiting for staff, in %s', (lang) => {
  const c = CASES[lang];

  it('tells the place in line to a wait told as time gone by, in hours with the address after an hour', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    expect((await a.say(c.person)).report.queued).toBe(true);
    a.clock.time += 2 * 3_600_000;
    const reply = await a.say(c.gone);
    expect(texts(reply)).toMatch(c.place);
    expect(texts(reply)).toMatch(c.hours);
    expect(reply.lang).toBe(lang);
  });

  it('reads a complaint about the wait as the wait, never as an emergency', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    await a.say(c.person);
    a.clock.time += 3 * 3_600_000;
    const reply = await a.say(c.complaint);
    expect(reply.report.emergency).toBe(false);
    expect(texts(reply)).toMatch(c.place);
  });

  it('passes a case number of another form to staff', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    const reply = await a.say(c.otherFolio);
    expect(reply.report.queued).toBe(true);
    expect(reply.lang).toBe(lang);
  });
});
