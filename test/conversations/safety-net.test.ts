/**
 * The safety net and the out-of-scope reply, through the real engine and texts. Understanding
 * is the real one, with one change the test controls (a message it marks as a possible danger,
 * or as out of scope), so the test does not depend on what the trained model says today:
 * a possible danger opens the reply with the 911 line and an "I am in danger" button, tells
 * staff (a 'flagged' notice, no ticket), and the button starts the emergency flow; an
 * out-of-scope request says what the office does and offers a person.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type Meaning } from '../../src/core/types.ts';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge, testAssistant, texts, values } from '../support/assistant.ts';
import { PHRASES } from './phrases.ts';

const SAFETY = { es: /llama al 911/, en: /call 911/, ht: /911/ };
/** The danger button's label, which the numbered variant tells people to write. */
const DANGER_WORDS = { es: 'Estoy en peligro', en: 'I am in danger', ht: 'Mwen an danje' };

async function withMeaning(marked: string, change: Partial<Meaning>): Promise<Understand> {
  const { understand } = await sharedKnowledge();
  return (text, hint, dialogue) => {
    const m = understand(text, hint, dialogue);
    return text === marked ? { ...m, ...change } : m;
  };
}

describe.each(LANGS)('the safety net, in %s', (lang) => {
  const p = PHRASES[lang];

  it('opens with the 911 line and a danger button, flags the conversation for staff, and queues nothing', async () => {
    const a = await testAssistant({
      understand: await withMeaning(p.asylumQuestion, { danger: 'possible' }),
    });
    const turn = await a.say(p.asylumQuestion);
    expect(turn.outbound[0]?.text).toMatch(SAFETY[lang]);
    expect(values(turn)).toContain('danger');
    expect(turn.report).toMatchObject({
      danger: 'possible',
      emergency: false,
      queued: false,
      topic: 'asylum',
    });
    // The topic's answer still follows the line.
    expect(turn.outbound.length).toBeGreaterThan(1);
    expect(a.desk.notices).toEqual([
      expect.objectContaining({ type: 'flagged', conversationId: 'test:c1', text: p.asylumQuestion }),
    ]);
    expect(await a.store.getTicket('test:c1')).toBeNull();
  });

  it('starts the emergency flow when the person taps "I am in danger"', async () => {
    const a = await testAssistant({
      understand: await withMeaning(p.asylumQuestion, { danger: 'possible' }),
    });
    await a.say(p.asylumQuestion);
    const danger = await a.choose('danger');
    expect(danger.report).toMatchObject({ emergency: true, queued: true });
    expect(texts(danger)).toMatch(/911/);
    expect(await a.store.getTicket('test:c1')).toMatchObject({ urgent: true });
  });

  it('on a channel of typed numbers, says what to write instead of a button, and that text starts the emergency flow', async () => {
    const a = await testAssistant({
      channel: 'whatsapp',
      understand: await withMeaning(p.asylumQuestion, { danger: 'possible' }),
    });
    const turn = await a.say(p.asylumQuestion, 'w1');
    const [line, answer] = turn.outbound;
    expect(line?.buttons).toEqual([]);
    expect(line?.text).toContain(DANGER_WORDS[lang]);
    expect(answer?.buttons.length).toBeGreaterThan(0);
    const danger = await a.say(DANGER_WORDS[lang], 'w1');
    expect(danger.report).toMatchObject({ emergency: true, queued: true });
  });

  it('leaves an ordinary question without the line or a flag', async () => {
    const a = await testAssistant();
    const turn = await a.say(p.asylumQuestion);
    expect(turn.report.danger).toBe('none');
    expect(values(turn)).not.toContain('danger');
    expect(a.desk.notices.filter((n) => n.type === 'flagged')).toEqual([]);
  });

  it('tells an out-of-scope request what the office does and offers a person', async () => {
    const request = `${p.asylumQuestion} ?`;
    const a = await testAssistant({
      understand: await withMeaning(request, {
        outOfScope: true,
        topic: 'none',
        act: 'topic',
        candidates: [],
      }),
    });
    await a.say(p.chatter);
    const turn = await a.say(request);
    expect(texts(turn)).toMatch(/apostil|apostiy/);
    expect(values(turn)).toEqual(expect.arrayContaining(['menu', 'human']));
    expect(turn.report.topic).toBe('none');
  });
});
