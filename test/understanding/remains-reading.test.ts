/**
 * The reading that takes a death told with the body to bring home to bringing the remains home,
 * whatever the topic model read (session 57: "pitit gason m mouri Phoenix semèn pase, nou vle
 * mennen l Durango" read as dual nationality, a place in the US pulling it there, which only a
 * search of the answers put right, and a new answer elsewhere in the knowledge undid). Pure.
 */
import { describe, expect, it } from 'vitest';
import type { Meaning } from '../../src/core/types.ts';
import { remainsReading } from '../../src/understanding/remains-reading.ts';

const read = (topic: Meaning['topic'], over: Partial<Meaning> = {}): Meaning => ({
  lang: 'ht',
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

describe('a death told with the body to bring home', () => {
  it('is bringing the remains home when the model read dual nationality (ht)', () => {
    const m = remainsReading(read('dual_nationality'), 'kouzen m mouri Tucson, nou vle mennen l Durango');
    expect(m.topic).toBe('remains_repatriation');
    expect(m.candidates[0]).toBe('remains_repatriation');
  });

  it('is bringing the remains home when the model read state documents (es)', () => {
    const m = remainsReading(
      read('state_documents', { lang: 'es' }),
      'mi tio murio en fresno, como traemos el cuerpo',
    );
    expect(m.topic).toBe('remains_repatriation');
  });
});

describe('what stays as read', () => {
  it('a pension asked by a widow', () => {
    const m = remainsReading(read('us_pension', { lang: 'es' }), 'mi esposo murio, puedo cobrar su pension');
    expect(m.topic).toBe('us_pension');
  });

  it('a death with nothing to bring home', () => {
    const m = remainsReading(
      read('dual_nationality', { lang: 'en' }),
      'my husband died and our son was born in phoenix, can he get mexican papers',
    );
    expect(m.topic).toBe('dual_nationality');
  });

  it('a form being answered', () => {
    const m = remainsReading(read('none', { act: 'context' }), 'li mouri 3 novanm, nou vle mennen l', {
      topic: 'remains_repatriation',
      asked: 'field',
      form: null,
      withStaff: false,
      emergency: false,
    });
    expect(m.topic).toBe('none');
  });
});
