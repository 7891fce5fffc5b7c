/**
 * In the middle of a procedure, "what do I bring to the office?" or "how much do they charge at
 * the office?" asks that procedure's papers or cost, not the Institute's own entry; the office
 * named as the Institute's ("your office", "ustedes"), where it is and when it opens stay the
 * Institute's. Through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

const APOSTILLE = {
  es: 'necesito apostillar el acta de nacimiento de mi hija, nacio en phoenix arizona',
  en: 'i need an apostille on my daughters birth certificate from phoenix arizona',
};

describe('the office asked about in the middle of a procedure', () => {
  it.each([
    ['es', 'y q papeles llevo a la oficina?'],
    ['en', 'ok and what papers do i bring to the office'],
  ])('(%s) takes the papers asked as the procedure’s', async (lang, asked) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(APOSTILLE[lang as keyof typeof APOSTILLE])).report.topic).toBe('apostille');
    const turn = await a.say(asked);
    expect(turn.report.topic).toBe('apostille');
    expect(turn.report.facet).toBe('documents');
  });

  it.each([
    ['the Institute named', 'y ustedes q papeles piden en su oficina?'],
    ['where it is', 'donde queda la oficina?'],
    ['when it opens', 'a q hora abren la oficina?'],
  ])('keeps the Institute’s own entry when %s', async (_case, asked) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(APOSTILLE.es);
    expect((await a.say(asked)).report.topic).toBe('office_info');
  });
});
