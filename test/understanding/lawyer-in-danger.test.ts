/**
 * A lawyer asked for in a danger under way, whatever the topic model read (session 110: "donde me ayudan con un abogado
 * pa dejarlo? no tengo dinero", in a woman's danger at home, was read as the help after a deportation and got the
 * repatriation modules): legal advice. Not outside a danger, nor from a topic that is no such misreading. Pure.
 */
import { describe, expect, it } from 'vitest';
import type { DialogueContext, Meaning } from '../../src/core/types.ts';
import { fold } from '../../src/understanding/fold.ts';
import { lawyerAskedReading } from '../../src/understanding/lawyer-asked.ts';

const read = (topic: Meaning['topic']): Meaning => ({
  lang: 'es',
  langConfident: true,
  emergency: null,
  danger: 'none',
  topic,
  confidence: 0.8,
  candidates: [],
  greeting: false,
  act: 'topic',
  facets: [],
});
const inDanger = {
  topic: 'emergency',
  asked: null,
  form: null,
  withStaff: false,
  emergency: true,
} as DialogueContext;
const text = 'quien me consigue un abogado para separarme, no tengo ni para comer';

describe('a lawyer asked for in a danger', () => {
  it('read as the help after a deportation: legal advice', () => {
    expect(lawyerAskedReading(read('deportee_support'), text, inDanger, fold(text)).topic).toBe(
      'legal_advice',
    );
  });

  it('read as the help on return: legal advice', () => {
    expect(lawyerAskedReading(read('reintegration'), text, inDanger, fold(text)).topic).toBe('legal_advice');
  });

  it('outside a danger, or read as the road: left as read', () => {
    const calm = { ...inDanger, emergency: false };
    expect(lawyerAskedReading(read('deportee_support'), text, calm, fold(text)).topic).toBe(
      'deportee_support',
    );
    expect(lawyerAskedReading(read('transit_safety'), text, inDanger, fold(text)).topic).toBe(
      'transit_safety',
    );
  });
});
