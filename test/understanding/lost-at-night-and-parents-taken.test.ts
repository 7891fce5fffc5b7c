/**
 * Two dangers a fresh set (emerg-by, session 67) found missed as first messages in Kreyòl, with
 * wording written for this test: lost near a river in the dark ("m pèdi bò rivyè a… fè nwa", as
 * "me perdí" already is), and a child alone after the parents were taken off the bus. What must stay
 * ordinary: something lost ("m pèdi paspò m"), an appointment missed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let understand: Understand;
beforeAll(async () => {
  understand = (await sharedKnowledge()).understand;
});

describe('lost at night, and parents taken off the bus (ht)', () => {
  it('takes being lost by a river in the dark for an emergency', () => {
    expect(
      understand('nou pèdi toupre larivyè a, fè nwa deja, nou pa konn ki bò pou n pran').emergency?.kind,
    ).toBe('desert');
  });

  it('takes a child alone whose mother was taken off the bus for a child alone', () => {
    expect(
      understand('m gen 13 an, yo desann manman m nan bis la bò yon chekpoint, m pou kont mwen').emergency
        ?.kind,
    ).toBe('child_alone');
  });

  it.each([
    'm pèdi paspò m lè m t ap travèse larivyè a',
    'm pedi randevou mwen nan COMAR aswe a m pa konn kisa pou m fè',
  ])('reads "%s" as no emergency', (text) => {
    expect(understand(text).emergency).toBeNull();
  });
});
