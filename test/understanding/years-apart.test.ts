/**
 * Not having seen someone since a year long gone ("no ve a mi tía desde 2009") is a family kept
 * apart, asked about for a visit: the learned model heard a danger in it and a grandmother's
 * first message got the emergency flow (session 54's fresh set). A danger told with a year
 * ("he beats me since 2020 and today he said he will kill me") is still one. Wording written for
 * this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let understand: Understand;
beforeAll(async () => {
  understand = (await sharedKnowledge()).understand;
});

describe('years apart', () => {
  it.each([
    'mi abuelita ya tiene 73 y no ve a mi tia desde 2009, mi tia no tiene papeles',
    'grann mwen gen 72 an, li pa wè matant mwen depi 2010, matant mwen pa gen papye',
    'my grandma is 70 and hasnt seen my aunt since 2011, my aunt has no papers',
  ])('"%s" starts no emergency', (text) => {
    expect(understand(text).emergency).toBeNull();
  });

  it('keeps a danger told with a year', () => {
    expect(
      understand('my husband beats me since 2020 and today he said he will kill me').emergency,
    ).not.toBeNull();
  });
});
