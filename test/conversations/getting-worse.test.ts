/**
 * A sick child on the road getting worse, told rather than asked ("ahorita ya tiene 39 de
 * fiebre"), gets the line for when illness gets worse (911), not who the Grupos Beta help; in each
 * language through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const WORSE: Array<[Lang, string, string]> = [
  [
    'es',
    'estamos en un albergue en Reynosa y mi niña de 2 años tiene tos y fiebre, ¿dónde la pueden ver gratis?',
    'ahorita ya tiene 39 de fiebre',
  ],
  [
    'en',
    'we are at a shelter in reynosa and my 2 year old has a cough and fever, where can she be seen for free?',
    'now she has a fever of 39 and wont drink anything',
  ],
  [
    'ht',
    'nou nan yon abri Reynosa e pitit fi m 2 an gen tous ak lafyèv, ki kote yo ka wè l gratis?',
    'kounye a li gen lafyèv 39, li pa vle manje',
  ],
];

describe('a sick child getting worse, told', () => {
  it.each(WORSE)('gets the line to call 911, in %s', async (_lang, care, worse) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(care);
    const turn = await a.say(worse);
    expect(texts(turn)).toContain('911');
    expect(texts(turn)).not.toMatch(/Grupos Beta/);
  });
});
