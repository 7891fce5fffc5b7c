/**
 * A yes that asks to send what was told ("yes thats right, send it", "sí así está bien, mándelo",
 * "wi se sa, voye l"), written while the form still asks a question, sends the details to staff:
 * it is no answer to the question (before, it became the family's contact). In each language
 * through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SENT: Array<[Lang, string, string, string, string]> = [
  [
    'es',
    'si',
    'a mi hermano lo agarro migracion en texas la semana pasada y no sabemos donde lo tienen',
    'se llama Julio Cesar Mendoza',
    'si asi esta bien, mandelo',
  ],
  [
    'en',
    'yes',
    'my brother got picked up by immigration in texas last week and we dont know where they have him',
    'his name is Julio Cesar Mendoza',
    'yes thats right, send it',
  ],
  [
    'ht',
    'wi',
    'imigrasyon arete frè m nan Texas semèn pase a, nou pa konn ki kote yo mete l',
    'li rele Julio Cesar Mendoza',
    'wi se sa, voye l',
  ],
];

describe('a yes that asks to send, while the form asks', () => {
  it.each(SENT)('sends the details to staff, in %s', async (_lang, yes, opener, name, send) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(opener);
    await a.say(yes);
    const named = await a.say(name);
    expect(named.report.queued).toBe(false);
    const turn = await a.say(send);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/folio/);
  });
});
