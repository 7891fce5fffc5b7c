/**
 * An emergency staff have taken and written in, in each language, through the real engine, with
 * wording written for these tests: the person in danger is still answered. Money asked for again
 * gets the line for paying, a place is said back and kept on the ticket, thanks hear that the
 * staff member has the case; a plain answer to the staff member's own question stays theirs.
 * Fresh writers' people were left without a word once staff held the case ("they called again,
 * now they want five thousand, what do I do?" got silence).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<
  Lang,
  {
    call: string;
    staff: string;
    answer: string;
    again: string;
    payLine: RegExp;
    place: string;
    thanks: string;
    hasIt: RegExp;
  }
> = {
  es: {
    call: 'me marcaron diciendo que tienen a mi sobrino en Reynosa y que deposite 30 mil hoy o lo matan',
    staff: 'Buenas noches, soy Carmen del Instituto. ¿Le han vuelto a llamar desde entonces?',
    answer: 'no todavia no',
    again: 'ya volvieron a marcar, ahora piden 10 mil, q hago les mando?',
    payLine: /deposit|pag/i,
    place: 'estoy en la casa de mi comadre en la colonia Hidalgo de Gómez Palacio',
    thanks: 'gracias por no dejarme sola',
    hasIt: /personal/,
  },
  en: {
    call: 'a man called saying they have my cousin in Reynosa and I must wire 2000 dollars today or they kill him',
    staff: 'Hello, this is Carmen from the Institute. Have they called you again since then?',
    answer: 'no not yet',
    again: 'they called back, now they want 500 more, should i send it?',
    payLine: /deposit|pay/i,
    place: 'i am at my aunt s house in colonia Hidalgo in Gomez Palacio',
    thanks: 'thanks for not leaving me alone',
    hasIt: /staff member/,
  },
  ht: {
    call: 'yon nèg rele m li di yo gen kouzen m Reynosa, fò m voye 20 mil peso jodi a oswa y ap touye l',
    staff: 'Bonswa, se Carmen nan Enstiti a. Èske yo rele w ankò depi lè sa a?',
    answer: 'non poko',
    again: 'yo rele ankò, kounya yo mande 10 mil ankò, m voye l?',
    payLine: /depoze|peye/i,
    place: 'm lakay matant mwen nan kolonn Hidalgo nan Gómez Palacio',
    thanks: 'mèsi paske nou pa kite m pou kont mwen',
    hasIt: /ekip biwo/,
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('a danger staff hold, in %s', (lang) => {
  const s = SCRIPTS[lang];

  async function heldByStaff() {
    const a = await testAssistant();
    expect((await a.say(s.call)).report.emergency).toBe(true);
    await a.engine.staff.take('test:c1', 'carmen');
    await a.engine.staff.reply('test:c1', 'carmen', s.staff);
    return a;
  }

  it('leaves a plain answer to the staff member’s question to them', async () => {
    const a = await heldByStaff();
    const answer = await a.say(s.answer);
    expect(answer.outbound).toEqual([]);
    expect(answer.report.emergency).toBe(false);
    const lines = await a.store.getTranscript('test:c1');
    expect(lines.some((l) => l.text === s.answer)).toBe(true);
  });

  it('answers money asked for again, a place and thanks, each with its own line, in the language', async () => {
    const a = await heldByStaff();
    const again = await a.say(s.again);
    expect(again.lang).toBe(lang);
    expect(texts(again)).toMatch(s.payLine);
    expect(texts(again)).toMatch(/911/);
    const place = await a.say(s.place);
    expect(texts(place)).toMatch(/Hidalgo/);
    expect(texts(place)).not.toMatch(/144|Zona Centro/);
    expect((await a.store.getTicket('test:c1'))?.place?.text).toBe(s.place);
    const thanks = await a.say(s.thanks);
    expect(texts(thanks)).toMatch(s.hasIt);
    expect(new Set([texts(again), texts(place), texts(thanks)]).size).toBe(3);
  });
});
