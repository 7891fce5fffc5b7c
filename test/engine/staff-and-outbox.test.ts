/**
 * Staff actions are turns of the conversation, and what a turn sends goes out after its
 * commit: take, reply, note, transfer and close change the ticket through the engine only;
 * messages to a person on a channel that pushes them are delivered once, in order, and a
 * channel or staff desk that fails is tried again by the next turn or the sweep, without
 * repeating what already went out, and the sweep finishes different people's side by side.
 */
import { describe, expect, it } from 'vitest';
import type { Address } from '../../src/core/address.ts';
import type { Outbound } from '../../src/core/messages.ts';
import type { Channel } from '../../src/core/ports/channel.ts';
import { createMetrics } from '../../src/engine/metrics.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createFaultyStore } from '../../src/testing/faulty-store.ts';
import { until } from '../../src/testing/intake-rig.node.ts';
import { recordingDesk, testAssistant, texts } from '../support/assistant.ts';

/** A channel that pushes messages, recording them; `failing` makes its next sends throw. */
function pushChannel() {
  const sent: Array<{ address: Address; messages: Outbound[] }> = [];
  const state = { failing: 0 };
  const channel: Channel = {
    name: 'push',
    choices: 'numbered',
    async deliver(address, messages) {
      if (state.failing > 0) {
        state.failing -= 1;
        throw new Error('the channel is down');
      }
      sent.push({ address, messages: [...messages] });
    },
  };
  return { channel, sent, state };
}

async function queuedOnPush() {
  const push = pushChannel();
  const metrics = createMetrics();
  const a = await testAssistant({ channels: [push.channel], channel: 'push', metrics });
  await a.say('quiero hablar con una persona');
  return { a, push, metrics, id: 'push:c1' };
}

describe('staff actions are turns', () => {
  it('take assigns the ticket and tells the person once; reply answers through their channel', async () => {
    const { a, push, metrics, id } = await queuedOnPush();
    a.clock.time += 120_000;
    await a.engine.staff.take(id, 'ana');
    expect((await a.store.getTicket(id))?.assignee).toBe('ana');
    await a.engine.staff.reply(id, 'ana', 'Hola, soy Ana del Instituto.');
    const last =
      push.sent
        .at(-1)
        ?.messages.map((m) => m.text)
        .join('\n') ?? '';
    expect(last).toContain('Hola, soy Ana del Instituto.');
    expect(last).not.toContain('ya está contigo'); // "joined" was said at take, not again
    const lines = await a.store.getTranscript(id);
    expect(
      lines.some((l) => l.from === 'staff' && l.by === 'ana' && l.text === 'Hola, soy Ana del Instituto.'),
    ).toBe(true);
    // Taken first, answered after: the wait is measured to the first message (issue 20).
    expect(metrics.render(0, 0)).toContain('enlace_first_response_seconds_count 1');
    expect(metrics.render(0, 0)).toMatch(/enlace_first_response_seconds_sum 120\b/);
  });

  it('the first reply takes an untaken conversation and measures the wait', async () => {
    const { a, metrics, id } = await queuedOnPush();
    a.clock.time += 5 * 60_000;
    await a.engine.staff.reply(id, 'luis', 'Buenos días');
    expect((await a.store.getTicket(id))?.assignee).toBe('luis');
    expect(metrics.render(0, 0)).toMatch(/enlace_first_response_seconds_sum 300\b/);
  });

  it('a note stays between staff; a transfer moves the ticket', async () => {
    const { a, push, id } = await queuedOnPush();
    const before = push.sent.length;
    await a.engine.staff.note(id, 'ana', 'Llamar a la familia mañana');
    await a.engine.staff.transfer(id, 'ana', 'luis');
    expect(push.sent.length).toBe(before);
    expect((await a.store.getTicket(id))?.assignee).toBe('luis');
    expect((await a.store.getTranscript(id)).some((l) => l.from === 'note' && l.by === 'ana')).toBe(true);
  });

  it('close moves the ticket to the closed list, stops its reminders, and asks the person one question', async () => {
    const { a, push, id } = await queuedOnPush();
    await a.engine.staff.close(id, 'ana');
    expect(await a.store.getTicket(id)).toBeNull();
    expect((await a.store.listClosed()).map((t) => t.conversationId)).toContain(id);
    expect(
      push.sent
        .at(-1)
        ?.messages.map((m) => m.text)
        .join('\n'),
    ).toMatch(/¿Te ayudamos/);
    const rated = await a.say('sí');
    expect(texts(rated)).toMatch(/Gracias por decirnos/);
    a.clock.time += 60 * 60_000;
    await a.engine.sweep();
    expect(a.desk.notices.filter((n) => n.type === 'overdue')).toEqual([]);
  });

  it('reminds staff of a conversation waiting untaken, once per period', async () => {
    const { a, id } = await queuedOnPush();
    a.clock.time += 11 * 60_000;
    await a.engine.sweep();
    await a.engine.sweep();
    expect(
      a.desk.notices
        .filter((n) => n.type === 'overdue')
        .map((n) => n.type === 'overdue' && n.ticket.conversationId),
    ).toEqual([id]);
    a.clock.time += 11 * 60_000;
    await a.engine.sweep();
    expect(a.desk.notices.filter((n) => n.type === 'overdue')).toHaveLength(2);
  });
});

describe('the outbox', () => {
  it('delivers each turn to a pushing channel once, after the commit', async () => {
    const { a, push } = await queuedOnPush();
    // One delivery per turn: the welcome, then the answer.
    expect(push.sent.map((s) => s.messages.length)).toEqual([2]);
    await a.say('hola?');
    expect(push.sent).toHaveLength(2);
    expect(a.desk.notices.map((n) => n.type)).toEqual(['queued', 'message']);
  });

  it('keeps what a failed channel could not send and sends it, in order, at the next turn', async () => {
    const { a, push } = await queuedOnPush();
    push.state.failing = 1;
    await a.say('hola? alguien?'); // its acknowledgement fails to go out
    expect(push.sent).toHaveLength(1);
    a.clock.time += 60_000; // past retryAt: the next turn finishes the leftover first
    await a.say('¿cuándo me contestan?');
    const last = push.sent.slice(-2).map((s) => s.messages.map((m) => m.text).join(' '));
    expect(last[0]).toMatch(/fila/); // the acknowledgement that failed, now sent
    expect(last[1]).toMatch(/antes de la tuya|nadie antes/);
  });

  it('finishes a leftover from the sweep when nobody writes again, without repeating a desk that already heard', async () => {
    const push = pushChannel();
    const broken = {
      name: 'telegram-group',
      notices: [] as unknown[],
      fails: 1,
      async notify(n: unknown) {
        if (this.fails-- > 0) throw new Error('telegram is down');
        this.notices.push(n);
      },
    };
    const inbox = recordingDesk();
    const a = await testAssistant({ channels: [push.channel], channel: 'push', staffDesks: [inbox, broken] });
    await a.say('HUMANO');
    expect(inbox.notices).toHaveLength(1);
    expect(broken.notices).toHaveLength(0);
    a.clock.time += 60_000;
    await a.engine.sweep();
    expect(broken.notices).toHaveLength(1);
    expect(inbox.notices).toHaveLength(1);
  });

  it('finishes one person’s leftovers beside another’s: a slow send holds up no one else', async () => {
    const push = pushChannel();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first person's sends wait (a paced or stalled channel) until the test lets them go.
    const slowFirst: Channel = {
      ...push.channel,
      async deliver(address, messages) {
        if (address.chatId === 'slow' && push.state.failing === 0) await gate;
        await push.channel.deliver?.(address, messages);
      },
    };
    const a = await testAssistant({ channels: [slowFirst], channel: 'push' });
    push.state.failing = 2;
    await a.say('hola', 'slow');
    await a.say('hola', 'quick');
    expect(push.sent).toEqual([]);
    a.clock.time += 60_000;
    const sweep = a.engine.sweep();
    try {
      await until(() => push.sent.some((s) => s.address.chatId === 'quick'), 2_000, 'the other reply');
    } finally {
      release();
    }
    await sweep;
    expect(push.sent.map((s) => s.address.chatId)).toEqual(['quick', 'slow']);
  });
});

describe('effects after the commit (issue 13, bug 2)', () => {
  it('tells staff once when the commit of a turn that queued them fails and the message comes again', async () => {
    const faulty = createFaultyStore(createMemoryStore());
    const a = await testAssistant({ store: faulty.store });
    // openTurn, claimFolio (the new case's folio), queueSize (for the queue position),
    // getTranscript (a request for a person alone: the case's summary is in what came before),
    // then the commit: it fails before writing.
    faulty.failAt(5, 'before');
    const message = {
      id: 'm1',
      channel: 'test',
      chatId: 'b2',
      content: { type: 'text', text: 'quiero hablar con una persona' },
    } as const;
    await expect(a.engine.handle(message)).rejects.toThrow(/injected fault before commit/);
    expect(a.desk.notices).toEqual([]);
    await a.engine.handle(message);
    expect(a.desk.notices.map((n) => n.type)).toEqual(['queued']);
  });
});
