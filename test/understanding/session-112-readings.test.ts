/**
 * Session 112's late readings that the topic model's reading of a whole message makes hard to reach through the
 * engine with other words: a family travelling to the border in Kreyòl read as psychological support, a deportation
 * of yesterday with "my family is from durango" read as Durango's documents (sight85-a), who one must be, a US
 * pension read as legal advice (judge112), and going to Ciudad Juárez in the pension's talk (sight85-a). Pure.
 */
import { describe, expect, it } from 'vitest';
import type { Meaning } from '../../src/core/types.ts';
import { fold } from '../../src/understanding/fold.ts';
import { justDeportedReading } from '../../src/understanding/just-deported.ts';
import { needToBeReading } from '../../src/understanding/need-to-be.ts';
import { onTheRoadReading } from '../../src/understanding/on-the-road.ts';
import { pensionAskedReading, pensionJuarezReading } from '../../src/understanding/pension-asked.ts';

const read = (topic: Meaning['topic'], over: Partial<Meaning> = {}): Meaning => ({
  lang: 'en',
  langConfident: true,
  emergency: null,
  danger: 'none',
  topic,
  confidence: 0.7,
  candidates: [],
  greeting: false,
  act: 'topic',
  facets: [],
  ...over,
});
const first = { first: true } as Parameters<typeof onTheRoadReading>[2];

describe('a family on its way to the border', () => {
  it('is help on the road when the model read psychological support (ht)', () => {
    const text = 'n ap vwayaje al nan fwontye a ak timoun yo, kiyès ki ka ede nou sou wout la?';
    const m = onTheRoadReading(read('psych_support', { lang: 'ht' }), text, first, fold(text));
    expect(m.topic).toBe('transit_safety');
  });

  it('stays the search when a relative is sought on the way', () => {
    const text = 'm ap vwayaje al nan fwontye a, m ap chèche frè m ki disparèt';
    const m = onTheRoadReading(read('locate_person', { lang: 'ht' }), text, first, fold(text));
    expect(m.topic).toBe('locate_person');
  });
});

describe('a deportation of the writer that just happened', () => {
  it('is the help on arrival when the model read Durango documents', () => {
    const text = 'they deported me this morning to nogales, my family is from durango, what do i do now';
    const m = justDeportedReading(read('state_documents'), text, first, fold(text));
    expect(m.topic).toBe('deportee_support');
  });

  it('keeps the documents when the deportation was long ago', () => {
    const text = 'i was deported in 2015 and need a copy of my durango birth certificate';
    const m = justDeportedReading(read('state_documents'), text, first, fold(text));
    expect(m.topic).toBe('state_documents');
  });
});

describe('who one must be', () => {
  it('is who qualifies, not the papers nor where', () => {
    const text = 'does my son have to be from durango?';
    for (const facet of ['documents', 'where'] as const) {
      const m = needToBeReading(read('psych_support', { facets: [facet] }), text, undefined, fold(text));
      expect(m.facets).toEqual(['eligibility']);
    }
  });
});

describe('a US pension asked after years of work there', () => {
  it('is the pension, whether he may claim it, when the model read legal advice (es)', () => {
    const text = 'mi esposo trabajo en estados unidos como 15 años y quiere saber si le toca pencion';
    const m = pensionAskedReading(read('legal_advice', { lang: 'es' }), text, first, fold(text));
    expect(m.topic).toBe('us_pension');
    expect(m.facets).toEqual(['eligibility']);
  });

  it('stays legal advice when no pension is named', () => {
    const text = 'mi esposo trabajo en estados unidos 15 años y el patron no le pago';
    const m = pensionAskedReading(read('legal_advice', { lang: 'es' }), text, first, fold(text));
    expect(m.topic).toBe('legal_advice');
  });
});

describe('going to Ciudad Juárez, asked in a US pension talk', () => {
  const inPensionTalk = { topic: 'us_pension' } as Parameters<typeof pensionJuarezReading>[2];
  it('is where the pension is done when the model read the road', () => {
    const text = 'its me again, does he have to go to juarez himself or can i do it for him from here';
    const m = pensionJuarezReading(read('transit_safety'), text, inPensionTalk, fold(text));
    expect(m.topic).toBe('us_pension');
    expect(m.facets).toEqual(['where']);
  });

  it('stays the road outside the pension talk', () => {
    const text = 'do we have to go to juarez to cross';
    const m = pensionJuarezReading(read('transit_safety'), text, first, fold(text));
    expect(m.topic).toBe('transit_safety');
  });
});
