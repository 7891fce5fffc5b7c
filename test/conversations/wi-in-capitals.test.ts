/**
 * "WI" typed in capitals is a yes (round-6 Kreyòl review, session 45: the form's summary says
 * "Ekri WI pou voye l", and a reader asked whether the capitals are read). Through the real
 * engine: at the offer of the form and at its summary, "WI" does what "wi" does.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

/** The locate form offered, accepted with `yes`, filled to its summary. */
async function atSummary(yes: string) {
  const a = await testAssistant();
  await a.say('depi 3 jou nou pa gen nouvèl frè m, li te nan Tapachula');
  const started = await a.say(yes);
  await a.say('Wilfrid Joseph');
  await a.say('nan Tapachula');
  await a.say('1');
  await a.say('sote');
  await a.say('mwen se sè li');
  const summary = await a.say('sote');
  return { a, started, summary };
}

describe('"WI" in capitals is a yes', () => {
  it('starts the form at its offer, as "wi" does', async () => {
    const lower = await atSummary('wi');
    const upper = await atSummary('WI');
    expect(texts(upper.started)).toBe(texts(lower.started));
    expect(texts(upper.started)).toMatch(/\(1\/6\)/);
  });

  it('sends the details to staff at the summary that says "Ekri WI"', async () => {
    const { a, summary } = await atSummary('wi');
    expect(texts(summary)).toContain('Ekri WI');
    expect(summary.report.queued).toBe(false);
    const sent = await a.say('WI');
    expect(sent.report.queued).toBe(true);
    expect(texts(sent)).toMatch(/folio/);
  });
});
