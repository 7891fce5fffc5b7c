/**
 * "¿Y cuándo me contestan?" before anyone was asked for: the person is not in the staff's line,
 * so they are told so and offered it, and a yes queues them; never "I cannot find a case in
 * this conversation" with a folio asked for (session 45). Asking for a call with "is that
 * possible?" beside it ("mejor q me llamen, se puede?") asks for a person, not who may apply.
 * In each language, through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { first: string; when: string; yes: string; call: string; notInLine: RegExp }> = {
  es: {
    first: 'quiero sacar el acta de nacimiento de mi hijo que nacio en Denver para la doble nacionalidad',
    when: 'y cuando me van a contestar ustedes?',
    yes: 'si',
    call: 'mejor q me marquen, se puede?',
    notInLine: /todavía no estás en la fila/i,
  },
  en: {
    first: 'i need help with my dads social security pension, he worked in oregon for 15 years',
    when: 'how long till someone answers me',
    yes: 'yes',
    call: 'can someone call me instead? is that possible?',
    notInLine: /not in line/i,
  },
  ht: {
    first: 'm bezwen konnen kijan pou m jwenn apostiy pou batistè pitit mwen ki fèt Florida',
    when: 'kilè yon moun nan biwo a ap reponn mwen?',
    yes: 'wi',
    call: 'eske yon moun ka rele m pito? eske sa posib?',
    notInLine: /poko nan liy/i,
  },
};

// Kreyòl's "kilè y ap reponn mwen?" after an answer still reads as the procedure's time (left, session 45).
describe.each(['es', 'en'] as Lang[])('asking the wait before any line, in %s', (lang) => {
  const c = CASES[lang];

  it('says there is no line yet, offers it, and a yes queues', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    const when = await a.say(c.when);
    expect(texts(when)).toMatch(c.notInLine);
    expect(when.report.queued).toBe(false);
    expect((await a.say(c.yes)).report.queued).toBe(true);
  });
});

describe.each(Object.keys(CASES) as Lang[])('a call asked for with "is that possible?", in %s', (lang) => {
  const c = CASES[lang];

  it('queues a call asked for with "is that possible?"', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    const call = await a.say(c.call);
    expect(call.report.queued).toBe(true);
  });
});
