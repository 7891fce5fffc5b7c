/**
 * "The address, please" right after an answer that named a place is that place's address, not
 * the office's, in each language, through the real engine, with wording written for this test
 * (a fresh writer's mother, session 51, got the office's address for the clinic in Juárez).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const ASKED: Array<[Lang, string, string]> = [
  [
    'es',
    'mi hijo de 3 años tiene calentura desde anoche, estamos en un albergue de ciudad juarez, donde lo pueden ver?',
    'la direccion porfa',
  ],
  [
    'en',
    'my 3 year old has had a fever since last night, we are at a shelter in ciudad juarez, where can a doctor see him?',
    'the address please',
  ],
  [
    'ht',
    'pitit gason m 3 an gen lafyèv depi yè swa, nou nan yon albèg nan Ciudad Juárez, ki kote yo ka wè l?',
    'adrès la tanpri',
  ],
];

describe.each(ASKED)('the address of what was named, in %s', (lang, opening, address) => {
  it('is of the care just named, not the office’s', async () => {
    const a = await testAssistant();
    expect((await a.say(opening)).report.topic).toBe('transit_safety');
    const reply = await a.say(address);
    expect(reply.lang).toBe(lang);
    expect(reply.report).toMatchObject({ topic: 'transit_safety', facet: 'where' });
    expect(texts(reply)).not.toMatch(/144|Zona Centro/);
  });
});
