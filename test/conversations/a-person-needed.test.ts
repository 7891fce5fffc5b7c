/**
 * A person needed, said outright after a topic's answer ("please I need a person now, it's
 * urgent", "necesito una persona", "m bezwen yon moun"), or the offer taken and asked for in one
 * ("sí, pásame, pero en la tarde"), queues the conversation, in each language, through the real
 * engine, with wording written for this test. A judge's people (session 51) got a topic's text
 * ("if your case is urgent, ask to talk to a person"). Needing no one queues no one.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const VISA_ASKED =
  'my dad is very sick in durango, can my sister in texas get a humanitarian visa to see him?';

const CASES: Array<[Lang, string, string]> = [
  ['en', VISA_ASKED, 'please i need a person right now, this is urgent'],
  [
    'es',
    'mi papá está muy enfermo en durango, mi hermana en texas puede sacar visa humanitaria pa verlo?',
    'necesito una persona ya, es urgente',
  ],
  [
    'ht',
    'papa m malad anpil nan Durango, eske sè m nan Texas ka jwenn viza imanitè pou l vin wè l?',
    'm bezwen yon moun kounye a, se ijan',
  ],
  [
    'es',
    'me siento muy triste desde que regresé, dan apoyo psicológico?',
    'si pasame, nomas que sea en la tarde porque en la mañana trabajo',
  ],
];

describe.each(CASES)('a person needed, in %s', (lang, question, needed) => {
  it(`"${needed}" queues`, async () => {
    const a = await testAssistant();
    await a.say(question);
    const reply = await a.say(needed);
    expect(reply.lang).toBe(lang);
    expect(reply.report.queued).toBe(true);
  });
});

describe('no person needed', () => {
  it('"i dont need a person, just tell me the papers" queues no one', async () => {
    const a = await testAssistant();
    await a.say(VISA_ASKED);
    expect((await a.say('i dont need a person, just tell me the papers')).report.queued).toBe(false);
  });
});
