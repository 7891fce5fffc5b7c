/**
 * Conversations that hold together, in each language, through the real engine, knowledge
 * and understanding: follow-ups get their facet and never the same text, a typed yes or no
 * answers the question just asked, "did not help" offers a person at once, a topic that
 * needs staff offers a person and queues only on yes, commands keep the person's language,
 * and a first answer fits one phone screen.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/types.ts';
import { testAssistant, texts, values } from '../support/assistant.ts';
import { PHRASES } from './phrases.ts';

describe.each(LANGS)('talking, in %s', (lang) => {
  const p = PHRASES[lang];

  it('answers follow-ups with their facet of the topic, each reply new', async () => {
    const a = await testAssistant();
    const first = await a.say(p.dualQuestion);
    expect(first.report.topic).toBe('dual_nationality');
    expect(first.lang).toBe(lang);
    const seen = [texts(first)];
    for (const facet of ['cost', 'time', 'documents', 'where', 'eligibility', 'steps'] as const) {
      const reply = await a.say(p[facet]);
      expect(reply.report, `${facet}: ${p[facet]}`).toMatchObject({ topic: 'dual_nationality', facet });
      expect(reply.lang).toBe(lang);
      expect(seen).not.toContain(texts(reply));
      seen.push(texts(reply));
    }
  });

  it('offers a person after a topic that needs staff, and queues only on a typed yes', async () => {
    const a = await testAssistant();
    const answer = await a.say(p.asylumQuestion);
    expect(answer.report).toMatchObject({ topic: 'asylum', handoff: true, queued: false });
    expect(texts(answer)).not.toMatch(p.staffWill);
    const declined = await a.say(p.no);
    expect(declined.report.queued).toBe(false);
    const again = await testAssistant();
    await again.say(p.asylumQuestion);
    const yes = await again.say(p.yes);
    expect(yes.report).toMatchObject({ queued: true, topic: 'asylum' });
    expect(texts(yes)).toMatch(p.staffWill);
    expect(again.desk.notices.map((n) => n.type)).toEqual(['queued']);
  });

  it('offers a person at once when an answer did not help, and never sends the same words twice', async () => {
    const a = await testAssistant();
    await a.say(p.dualQuestion);
    const first = await a.say(p.notHelped);
    expect(first.report.handoff).toBe(true);
    const second = await a.say(p.notHelped);
    expect(second.report.handoff).toBe(true);
    expect(texts(second)).not.toBe(texts(first));
    expect((await a.say(p.yes)).report.queued).toBe(true);
  });

  it('starts a family form on a typed yes after the remains answer', async () => {
    const a = await testAssistant();
    const answer = await a.say(p.remainsQuestion);
    expect(answer.report).toMatchObject({ topic: 'remains_repatriation', queued: false });
    const start = await a.say(p.yes);
    expect(texts(start)).toContain('(1/6)');
    expect(start.report).toMatchObject({ topic: 'remains_repatriation', queued: false });
  });

  it('erases on a typed yes, asks in the person language, and starts afresh in the language written next', async () => {
    const a = await testAssistant();
    await a.say(p.dualQuestion);
    const asked = await a.say(p.erase);
    expect(asked.lang).toBe(lang);
    const erased = await a.say(p.yes);
    expect(erased.report.erased).toBe(true);
    expect(erased.lang).toBe(lang);
    expect((await a.store.getTranscript('test:c1')).length).toBe(0);
    // Nothing is kept that names the person, their language neither: read again from their words.
    const after = await a.say(p.dualQuestion);
    expect(after.lang).toBe(lang);
  });

  it('keeps the language on a command word that another language shares', async () => {
    const a = await testAssistant();
    await a.say(p.dualQuestion);
    const menu = await a.say('menu');
    expect(menu.lang).toBe(lang);
    expect(menu.report.topic).toBe('none');
  });

  it('fits a first answer on one phone screen: the welcome apart, then at most about 450 characters before one list of options', async () => {
    const a = await testAssistant();
    const first = await a.say(p.asylumQuestion);
    expect(first.outbound).toHaveLength(2);
    const [welcome, answer] = first.outbound;
    expect(welcome?.buttons).toEqual([]);
    expect(answer?.text.length).toBeLessThanOrEqual(460);
    const second = await a.say(p.cost);
    expect(second.outbound).toHaveLength(1); // no welcome again
  });

  it('words prompts for the channel: numbers on WhatsApp, taps where there are buttons', async () => {
    const wa = await testAssistant({ channel: 'whatsapp' });
    const web = await testAssistant({ channel: 'web' });
    const hello = { es: 'hola', en: 'hello', ht: 'bonjou' }[lang];
    const numbered = texts(await wa.say(hello));
    const tapped = texts(await web.say(hello));
    expect(numbered).not.toBe(tapped);
    expect(values(await web.say(p.menu)).length).toBeGreaterThan(3);
  });
});
