/**
 * Two replies a person gave that were misread (issue 28), through the real engine, with wording
 * written for these tests: "¿ya cerraron mi caso? nomás me preguntaron y ya" after staff closed
 * the conversation asks how the case is going (it was read as a new danger and the person asked
 * where it was happening); "sí me gustaría que me hablen" to the offer of a person is a yes that
 * queues (it got the offer again).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CLOSED: Array<[Lang, string, string]> = [
  [
    'es',
    'mi cuñado me quiere quitar un terreno en canatlan, ocupo asesoria legal',
    'oiga y ya cerraron mi caso? nomas me hicieron preguntas y ya',
  ],
  [
    'en',
    'my cousin wants to take my dads land in canatlan, i need legal advice',
    'wait did they close my case already? they only asked me stuff and thats it',
  ],
];

describe('after staff closed the conversation', () => {
  it.each(CLOSED)('"did you close my case?" is about the case, in %s', async (_lang, opener, asked) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(opener);
    await a.engine.staff.take('web:c1', 'ana');
    await a.engine.staff.close('web:c1', 'ana');
    a.clock.time += 40 * 60_000;
    const turn = await a.say(asked);
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/caso|case/);
  });
});

describe('a yes to the offer of a person, in other words', () => {
  it('queues the conversation', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('desde que se fue mi esposo al norte no duermo, ustedes tienen psicologo?');
    const turn = await a.say('si me gustaria q me hablen');
    expect(turn.report.queued).toBe(true);
  });
});
