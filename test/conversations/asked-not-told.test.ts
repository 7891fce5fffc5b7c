/**
 * A question in the middle of a conversation that names what a danger pattern looks for ("the
 * crash", "el accidente") asks about something past: the safety line at most, never the
 * emergency flow (issue 30: the safety line and the emergency only where a danger may be). A
 * woman named Socorro is a name, not a cry for help. In each language through the real engine,
 * with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const ASKED: Array<[Lang, string, string]> = [
  [
    'es',
    'mi cuñado murió en Arkansas trabajando en una obra, queremos traer su cuerpo a Tepehuanes',
    'otra duda, ¿la compañía nos tiene que pagar algo por el accidente?',
  ],
  [
    'en',
    'my uncle died in Kansas working on a farm, we want to bring his body home to Durango',
    'one more thing, does his boss have to pay us something for the crash?',
  ],
  [
    'ht',
    'tonton mwen mouri Ozetazini nan travay, nou vle voye kò li Durango',
    'yon lòt kesyon, eske konpayi a dwe peye nou yon bagay pou aksidan an?',
  ],
];

describe('a question about a past accident in the middle of a conversation', () => {
  it.each(ASKED)('is no emergency, in %s', async (_lang, opener, question) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(opener);
    const turn = await a.say(question);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.queued).toBe(false);
  });
});

describe('a woman named Socorro', () => {
  it('is a name, not a cry for help', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('mi mamá de 70 años quiere visa para ir a ver a mi hermana a Chicago');
    const turn = await a.say('ella se llama Socorro Ibarra y vive en Canatlán');
    expect(turn.report.emergency).toBe(false);
  });
});
