/**
 * A question that names no glossary term of another topic moves there only when it stands alone: the
 * topic model all but sure of that topic (0.99), ten words or more, and the topic under discussion not
 * among the model's likely ones; never to a person or the office on the model's leaning alone. Asked as
 * applying for it and naming it, any short question moves, though the model sees this topic too.
 */
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/knowledge/schema.ts';
import { createGlossaryMatcher } from '../../src/understanding/glossary-terms.ts';
import { createTopicSwitch } from '../../src/understanding/topic-switch.ts';

const glossary = glossarySchema.parse({
  terms: [
    { id: 'job', topics: ['reintegration'], es: ['trabajo'] },
    { id: 'refuge', topics: ['asylum'], es: ['refugio'] },
  ],
});
const matcher = createGlossaryMatcher(glossary);
const { sureElsewhere } = createTopicSwitch(matcher);
/** A question of `n` words. */
const long = (n: number) => Array.from({ length: n }, () => 'palabra');
const loan = {
  topic: 'productive_projects' as const,
  confidence: 0.998,
  candidates: ['productive_projects' as const],
};

describe('a question about another topic that names it by no term', () => {
  it('moves when the model is all but sure, the question is long and this topic is not likely', () => {
    expect(sureElsewhere(loan, 'reintegration', long(12))).toBe(true);
  });

  it('stays when the question is short, the model less sure, or this topic among the likely ones', () => {
    expect(sureElsewhere(loan, 'reintegration', long(7))).toBe(false);
    expect(sureElsewhere({ ...loan, confidence: 0.97 }, 'reintegration', long(12))).toBe(false);
    expect(
      sureElsewhere(
        { ...loan, candidates: ['productive_projects', 'reintegration'] },
        'reintegration',
        long(12),
      ),
    ).toBe(false);
  });

  it('never moves to a person or the office, nor without a topic under discussion', () => {
    expect(sureElsewhere({ ...loan, topic: 'human' }, 'reintegration', long(12))).toBe(false);
    expect(sureElsewhere({ ...loan, topic: 'office_info' }, 'reintegration', long(12))).toBe(false);
    expect(sureElsewhere(loan, null, long(12))).toBe(false);
  });
});

describe('a short question that asks to apply for another procedure by name', () => {
  const refuge = {
    topic: 'asylum' as const,
    confidence: 0.995,
    candidates: ['asylum' as const, 'mx_status' as const],
  };
  const said = (text: string) => ({ words: text.split(' '), terms: matcher.termsWithLength(text) });

  it('moves there, though the model sees this topic too', () => {
    const { words, terms } = said('y si mejor pido refugio');
    expect(sureElsewhere(refuge, 'mx_status', words, terms)).toBe(true);
  });

  it('stays when it names the procedure without asking to apply, or the model is less sure', () => {
    const named = said('y cuanto tarda lo del refugio');
    expect(sureElsewhere(refuge, 'mx_status', named.words, named.terms)).toBe(false);
    const { words, terms } = said('y si mejor pido refugio');
    expect(sureElsewhere({ ...refuge, confidence: 0.9 }, 'mx_status', words, terms)).toBe(false);
  });
});
