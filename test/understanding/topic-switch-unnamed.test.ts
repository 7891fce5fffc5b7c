/**
 * A question that names no glossary term of another topic moves there only when it stands alone: the
 * topic model all but sure of that topic (0.99), ten words or more, and the topic under discussion not
 * among the model's likely ones; never to a person or the office on the model's leaning alone.
 */
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/knowledge/schema.ts';
import { createGlossaryMatcher } from '../../src/understanding/glossary-terms.ts';
import { createTopicSwitch } from '../../src/understanding/topic-switch.ts';

const glossary = glossarySchema.parse({ terms: [{ id: 'job', topics: ['reintegration'], es: ['trabajo'] }] });
const { sureElsewhere } = createTopicSwitch(createGlossaryMatcher(glossary));
const loan = {
  topic: 'productive_projects' as const,
  confidence: 0.998,
  candidates: ['productive_projects' as const],
};

describe('a question about another topic that names it by no term', () => {
  it('moves when the model is all but sure, the question is long and this topic is not likely', () => {
    expect(sureElsewhere(loan, 'reintegration', 12)).toBe(true);
  });

  it('stays when the question is short, the model less sure, or this topic among the likely ones', () => {
    expect(sureElsewhere(loan, 'reintegration', 7)).toBe(false);
    expect(sureElsewhere({ ...loan, confidence: 0.97 }, 'reintegration', 12)).toBe(false);
    expect(
      sureElsewhere({ ...loan, candidates: ['productive_projects', 'reintegration'] }, 'reintegration', 12),
    ).toBe(false);
  });

  it('never moves to a person or the office, nor without a topic under discussion', () => {
    expect(sureElsewhere({ ...loan, topic: 'human' }, 'reintegration', 12)).toBe(false);
    expect(sureElsewhere({ ...loan, topic: 'office_info' }, 'reintegration', 12)).toBe(false);
    expect(sureElsewhere(loan, null, 12)).toBe(false);
  });
});
