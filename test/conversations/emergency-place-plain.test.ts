/**
 * In an emergency, where the person is, typed in lower case with no place word the lists know
 * ("vamos en la 57 rumbo a san luis", "pilsen, 18th street, above the panaderia"), is kept on the
 * urgent ticket and said back as a place; thanks that mention a shelter are no place (issue 30:
 * the place kept for staff). In each language through the real engine, with wording written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const PLACES: Array<[Lang, string, string]> = [
  [
    'es',
    'nos tienen encerrados en una caja de trailer y no hay aire, ayuda',
    'vamos en la 45 rumbo a leon, trailer gris',
  ],
  [
    'en',
    'my boyfriend is hitting me and i locked myself in the bathroom with my kids',
    'logan square, kedzie ave, 3rd floor over the laundromat',
  ],
  [
    'ht',
    'dlo a pran frè m nan larivyè a, m pa wè l ankò, tanpri',
    'rivye suchiate a, bo ciudad hidalgo, kote bato yo pase',
  ],
];

describe('a place typed plainly in an emergency', () => {
  it.each(PLACES)('is kept on the urgent ticket, in %s', async (_lang, danger, place) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(danger)).report.emergency).toBe(true);
    await a.say(place);
    const ticket = await a.store.getTicket('web:c1');
    expect(ticket?.place?.text).toBe(place);
  });
});
