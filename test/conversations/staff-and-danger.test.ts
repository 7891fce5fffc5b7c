/**
 * Waiting for staff, emergencies and family forms, in each language, through the real
 * engine: every message while waiting reaches staff and gets at most one acknowledgement a
 * minute; "when?" gets the queue position; MENU asks before leaving the queue; a staff member
 * joining is announced once. An emergency's first reply starts with 911 and asks where the
 * person is; every later message gets a new answer with the right line, after staff take it too
 * (fresh writers' people in danger were left without a word once staff held it). A correction at a
 * form's summary changes the field it names, and one yes sends it.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';
import { PHRASES } from './phrases.ts';

describe.each(LANGS)('staff and danger, in %s', (lang) => {
  const p = PHRASES[lang];

  it('acknowledges messages while waiting at most once a minute, answers "when?", and asks before leaving the queue', async () => {
    const a = await testAssistant();
    await a.say(p.asylumQuestion);
    await a.say(p.yes);
    const ack = await a.say(p.chatter);
    expect(texts(ack)).toMatch(p.menuWord);
    a.clock.time -= 60_000; // the next message comes 30 s after this one
    const quiet = await a.say(p.chatter);
    expect(quiet.outbound).toEqual([]);
    expect(quiet.report.queued).toBe(true);
    const when = await a.say(p.when);
    expect(texts(when)).toMatch(/\d|nadie|nobody|pèsonn/);
    expect(when.lang).toBe(lang);
    const question = await a.say(p.cost);
    expect(question.report.facet).toBe('cost');
    expect(a.desk.notices.filter((n) => n.type === 'message')).toHaveLength(4);
    const leave = await a.say(p.menu);
    expect(leave.report.queued).toBe(true);
    const left = await a.say(p.yes);
    expect(left.report.queued).toBe(false);
  });

  it('announces a staff member once, then stays quiet while they talk', async () => {
    const a = await testAssistant();
    await a.say(p.asylumQuestion);
    await a.say(p.yes);
    const taken = await a.engine.staff.take('test:c1', 'ana');
    expect(taken.outbound).toHaveLength(1);
    expect(taken.lang).toBe(lang);
    const replied = await a.engine.staff.reply('test:c1', 'ana', '…');
    expect(texts(replied)).not.toBe(texts(taken));
    expect((await a.say(p.chatter)).outbound).toEqual([]);
    const closed = await a.engine.staff.close('test:c1', 'ana');
    expect(closed.lang).toBe(lang);
    expect((await a.say(p.yes)).report.queued).toBe(false);
  });

  it('starts an emergency with 911 before anything else, then answers every message anew with the right lines', async () => {
    const a = await testAssistant();
    const first = await a.say(p.extortion);
    expect(first.outbound).toHaveLength(1); // no welcome, no menu first
    expect(texts(first).slice(0, 160)).toContain('911');
    expect(texts(first)).toContain('089');
    expect(first.report).toMatchObject({ emergency: true, queued: true, topic: 'emergency' });
    expect(await a.store.getTicket('test:c1')).toMatchObject({ urgent: true });
    const replies = [texts(first)];
    for (const text of [p.whatNow, p.cannotCall, p.chatter, p.when, p.whatNow]) {
      const next = await a.say(text);
      expect(next.report.emergency, text).toBe(true);
      expect(next.outbound.length, text).toBe(1);
      expect(replies, text).not.toContain(texts(next));
      replies.push(texts(next));
    }
    expect(replies[2]).toMatch(/Sin saldo|no credit|San kredi/);
    expect(replies.slice(1).every((r) => /911/.test(r))).toBe(true);
    await a.engine.staff.take('test:c1', 'ana');
    const held = await a.say(p.cannotCall);
    expect(held.report.emergency).toBe(true);
    expect(texts(held)).toMatch(/911/);
    expect(replies).not.toContain(texts(held));
  });

  it('takes a correction at the summary of each form and sends it with one yes', async () => {
    for (const [question, answers, correction, corrected] of [
      [
        p.remainsQuestion,
        ['Ramón Gil', 'Houston', 'ayer', 'sobrino', 'Lerdo', 'este chat'],
        p.placeCorrection,
        p.correctedPlace,
      ],
      [
        p.locateQuestion,
        ['Ana Ruiz', 'Nogales', 'el lunes', '2', 'prima', 'este chat'],
        p.dateCorrection,
        p.correctedDate,
      ],
    ] as const) {
      const a = await testAssistant();
      await a.say(question);
      await a.say(p.yes);
      let summary = await a.say(answers[0]);
      for (const answer of answers.slice(1)) summary = await a.say(answer);
      expect(summary.report.queued).toBe(false);
      const fixed = await a.say(correction);
      expect(texts(fixed)).toContain(corrected);
      expect(texts(fixed)).not.toBe(texts(summary));
      const sent = await a.say(p.yes);
      expect(sent.report.queued).toBe(true);
      const ticket = await a.store.getTicket('test:c1');
      expect(Object.values(ticket?.case?.answers ?? {}).join(' | ')).toContain(corrected);
    }
  });

  it('asks the locate form for a way to reach the family, and labels the person in neutral words', async () => {
    const a = await testAssistant();
    await a.say(p.locateQuestion);
    await a.say(p.yes);
    let last = await a.say('Luis');
    for (const answer of ['Tijuana', 'hace una semana', '1', 'hermano']) last = await a.say(answer);
    expect(texts(last)).toContain('(6/6)');
    const summary = await a.say('+52 618 000 0000');
    expect(texts(summary)).not.toMatch(/Detenida\b|Desaparecida\b/);
  });
});
