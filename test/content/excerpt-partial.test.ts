/**
 * The sentence of an entry nearest to a question that names something the entry never speaks of
 * ("would my stroke matter for the pension?") is offered as the nearest, after an honest "our
 * sources do not say exactly that"; a question whose words the entry all knows gets the sentence
 * as the answer. Pure: the excerpt finder on a small entry written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createExcerpts } from '../../src/knowledge/excerpt.ts';
import type { Entry } from '../../src/knowledge/parse-entry.ts';

const entry = {
  lang: 'en',
  reply:
    'The consulate in Ciudad Juarez handles pension claims for people who worked in the United States. [^a]',
  details: 'Advisers review payslips and Social Security statements before the appointment. [^b]',
  facets: {},
} as unknown as Entry;

const excerptFor = createExcerpts(() => new Set(['would', 'that', 'with', 'does', 'what']));

describe('an excerpt for a question no facet answers', () => {
  it('is the answer when the entry knows every word of the question', () => {
    const found = excerptFor(entry, 'do the advisers review payslips?');
    expect(found?.text).toMatch(/payslips/);
    expect(found?.partial).toBeUndefined();
  });
  it('is only the nearest when the question names what the entry never speaks of', () => {
    const found = excerptFor(entry, 'would my stroke matter for the pension claims?');
    expect(found?.text).toMatch(/pension claims/);
    expect(found?.partial).toBe(true);
  });
  it('is none when nothing matches', () => {
    expect(excerptFor(entry, 'can I bring my dog on the plane?')).toBeNull();
  });
});
