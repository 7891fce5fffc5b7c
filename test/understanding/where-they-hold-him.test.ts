/**
 * "Where (exactly) they have him" asks where someone is held, by the authorities as often as not
 * (emerg-bw, session 67: after Border Patrol took a brother, "can you find out where exactly they
 * have him" reopened an emergency). Only "where" right before it, up to a few words, keeps it
 * ordinary; "they have him" told plainly is still a kidnapping. Wording written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let understand: Understand;
beforeAll(async () => {
  understand = (await sharedKnowledge()).understand;
});

describe('where they have him', () => {
  it.each([
    'could you check where exactly they have him now, he was picked up by ICE',
    'we need to know where now they have her, immigration took her yesterday',
  ])('reads "%s" as no emergency', (text) => {
    expect(understand(text).emergency).toBeNull();
  });

  it('still takes "they have him" told plainly for a kidnapping', () => {
    expect(understand('they have him and say we must pay 2000 dollars tonight').emergency?.kind).toBe(
      'kidnapping',
    );
  });
});
