/**
 * The kidnappers' threat against calling the police ("if we call the police they'll kill him"),
 * told in an emergency under way, gets the line for money asked under threat, which names 089,
 * the anonymous report (session 48: the fresh set's wife got the legal-advice block; in Kreyòl it
 * got what the sources say of calling 911 without papers). Through the real engine, wording
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, texts } from '../support/assistant.ts';

describe('a threat against reporting, in an emergency under way', () => {
  it.each([
    [
      'es',
      'se llevaron a mi hermano en reynosa y piden 4 mil dolares para soltarlo',
      'nos advirtieron que si avisamos a la policia lo matan',
    ],
    [
      'en',
      'they kidnapped my dad in matamoros and want 6000 dollars by tomorrow',
      'they told us if we go to the cops they will kill him',
    ],
    [
      'ht',
      'yo kidnape kouzen m nan Tijuana, yo mande 3000 dola pou yo lage l',
      'yo di si nou rele lapolis y ap touye l',
    ],
  ] as const)('names the anonymous line in %s', async (lang, danger, threat) => {
    const reply = await afterEmergency(danger, threat);
    expect(texts(reply)).toMatch(/089/);
    expect(texts(reply)).not.toMatch(/CNDH|IFDP/);
    expect(reply.lang).toBe(lang);
    expect(reply.report.queued).toBe(true);
  });
});
