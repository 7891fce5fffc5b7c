/**
 * After the answer on health care for migrants on the road, "and if she gets a fever?" asks
 * what to do if it gets worse: the line to call 911 (issue 30, item 2), not who the Grupos Beta
 * help. In each language through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const WHAT_IF: Array<[Lang, string, string]> = [
  [
    'es',
    'vamos en el camino por Oaxaca y mi esposa tiene una herida en el pie que no sana, ¿a dónde la llevo?',
    'y si le da calentura?',
  ],
  [
    'en',
    'we are on the road in Oaxaca and my wife has a cut on her foot that is not healing, where can I take her?',
    'and if the foot gets infected tonight?',
  ],
  [
    'ht',
    'nou sou wout la nan Oaxaca, madanm mwen gen yon blese nan pye ki pa geri, ki kote m ka mennen l?',
    'e si li vin malad anpil aswè a?',
  ],
];

describe('"and if it gets worse?" after the answer on care on the road', () => {
  it.each(WHAT_IF)('gets the line to call 911, in %s', async (_lang, care, whatIf) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(care)).report.topic).toBe('transit_safety');
    const turn = await a.say(whatIf);
    expect(texts(turn)).toContain('911');
    expect(texts(turn)).not.toMatch(/Grupos Beta/);
  });
});
