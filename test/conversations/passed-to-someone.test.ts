/**
 * "Pásenme con una persona", "put me through to a lawyer", "pase m bay yon avoka": a verb of
 * passing, then a person of the office, asks for staff in any wording, even in the middle of a
 * form's questions (session 47: a daughter's "pasenme con una persona x favor" was kept as the
 * name of the father who died). In each language, through the real engine, with wording written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const CASES: Record<Lang, { opening: string; yes: string; passMe: string }> = {
  es: {
    opening: 'buenas, mi tio murio en houston la semana pasada y lo queremos traer a santiago papasquiaro',
    yes: 'si',
    passMe: 'mejor pasenme con una persona de la oficina porfa',
  },
  en: {
    opening: 'hi my uncle died in houston last week and we want to bring him home to durango',
    yes: 'yes',
    passMe: 'could you put me through to a person instead',
  },
  ht: {
    opening: 'bonjou, tonton m mouri Houston semèn pase a, nou vle mennen kò l tounen Durango',
    yes: 'wi',
    passMe: 'pito ou pase m bay yon moun nan biwo a',
  },
};

describe.each(Object.keys(CASES) as Lang[])('a person asked for with a verb of passing, in %s', (lang) => {
  it('queues the case in the middle of the form, and keeps no answer of it', async () => {
    const a = await testAssistant();
    await a.say(CASES[lang].opening);
    const started = await a.say(CASES[lang].yes);
    expect(started.report.queued).toBe(false);
    const asked = await a.say(CASES[lang].passMe);
    expect(asked.report.queued).toBe(true);
    expect(asked.report.handoff).toBe(true);
    expect(asked.lang).toBe(lang);
  });
});

describe('a person of the office asked for with a verb of talking', () => {
  it.each([
    ['ht', 'm vle pale ak yon avoka'],
    ['es', 'quiero hablar con el abogado'],
    ['en', 'i need to talk to a lawyer'],
  ] as const)('queues in %s: "%s"', async (lang, asked) => {
    const a = await testAssistant();
    await a.say(
      lang === 'ht'
        ? 'bonjou, polis la te bat mwen nan Monterrey mwa pase, kote m ka fè plent?'
        : lang === 'es'
          ? 'buenas, la policia me golpeo en monterrey el mes pasado, donde pongo una queja?'
          : 'hi, the police beat me in monterrey last month, where can i file a complaint?',
    );
    const reply = await a.say(asked);
    expect(reply.report.queued).toBe(true);
    expect(reply.lang).toBe(lang);
  });
  it('does not queue a refusal ("i dont want to talk to a lawyer")', async () => {
    const a = await testAssistant();
    await a.say('hi, the police beat me in monterrey last month, where can i file a complaint?');
    const reply = await a.say('i dont want to talk to a lawyer');
    expect(reply.report.queued).toBe(false);
  });
});
