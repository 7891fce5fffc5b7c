/**
 * `generateDemo`: a seeded demo of the office's work, run through the real engine on a
 * simulated clock. The conversations planned (plan.ts) run interleaved in time order, each
 * person's script (people.ts, staff.ts) answering what the engine actually replied; the
 * deadline sweep runs whenever the clock moves, as the server's does, so reminders and idle
 * restarts happen. Pure over the engine and the clock it is given: no store, file or network
 * of its own. Returns its own log (log.ts), the ground truth expected.ts counts from.
 */
import { conversationId } from '../core/address.ts';
import type { StaffActions, TurnResult } from '../core/ports/conversations.ts';
import type { DemoLog, DemoTicket } from './log.ts';
import { addDays, localDay, localInstant } from './office-time.ts';
import { conversation } from './people.ts';
import { TOPIC_PHRASES } from './phrases.ts';
import { planConversations } from './plan.ts';
import type { Person, Script, Step } from './script.ts';

/** What the demo needs of the engine (src/engine/create-engine.ts gives all of it). */
export interface DemoEngine {
  handle(inbound: unknown): Promise<TurnResult>;
  staff: Pick<StaffActions, 'take' | 'reply' | 'close'>;
  sweep(): Promise<number>;
}

export interface DemoOptions {
  engine: DemoEngine;
  /** The engine's clock: the demo moves it. */
  clock: { time: number };
  seed: number;
  conversations: number;
  days: number;
  /** Any instant of the first day (the demo starts at its local midnight). */
  start: number;
  /** The office's time zone (knowledge.office.timeZone). */
  timeZone?: string;
  /** The engine's idle time (EngineOptions.idleMs): returns after idling wait longer. */
  idleMs?: number;
  /** The topic ids of the knowledge folder; by default those the demo has phrases for. */
  topics?: readonly string[];
  /** Told at every tenth of the simulated period. */
  onProgress?(progress: { fraction: number; turns: number; started: number }): void;
}

export const DEFAULT_TIME_ZONE = 'America/Monterrey';
export const DEFAULT_IDLE_MS = 30 * 60_000;

interface Running {
  person: Person;
  script: Script;
  id: string;
  step: Step;
  /** Message ids on this chat so far. */
  messages: number;
}

export async function generateDemo(options: DemoOptions): Promise<DemoLog> {
  const { engine, clock, seed, days } = options;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const topics = options.topics ?? Object.keys(TOPIC_PHRASES);
  const firstDay = localDay(options.start, timeZone);
  const start = localInstant(firstDay, 0, timeZone);
  const end = localInstant(addDays(firstDay, days), 0, timeZone);
  const log: DemoLog = {
    seed,
    start,
    days,
    timeZone,
    idleMs,
    conversations: options.conversations,
    turns: [],
    tickets: [],
    ratings: [],
    errors: [],
  };
  const open = new Map<string, DemoTicket>();
  const queue = createQueue();
  let started = 0;
  for (const plan of planConversations({
    seed,
    conversations: options.conversations,
    days,
    start,
    timeZone,
  })) {
    const person: Person = {
      plan,
      r: plan.random,
      lang: plan.lang,
      timeZone,
      idleMs,
      topics,
      now: plan.start - 1000,
      lastPersonAt: 0,
    };
    const script = conversation(person);
    const first = script.next();
    if (!first.done) queue.push({ person, script, id: conversationId(plan), step: first.value, messages: 0 });
  }

  let swept = -1;
  let tenth = 0;
  clock.time = Math.max(clock.time, start);
  for (let running = queue.pop(); running; running = queue.pop()) {
    const { step, id, person } = running;
    if (step.at >= end) {
      running.script.return();
      continue;
    }
    clock.time = Math.max(clock.time, step.at);
    if (clock.time > swept) {
      await engine.sweep();
      swept = clock.time;
    }
    if (running.messages === 0 && person.lastPersonAt === 0) started++;
    let result: TurnResult;
    try {
      result = await run(options.engine, running);
    } catch (error) {
      log.errors.push(`${id}: ${(error as Error).message}`);
      running.script.return();
      continue;
    }
    record(log, open, running, result);
    const next = running.script.next(result);
    if (!next.done) queue.push({ ...running, step: next.value });
    while (options.onProgress && (clock.time - start) / (end - start) >= (tenth + 1) / 10) {
      tenth++;
      options.onProgress({ fraction: tenth / 10, turns: log.turns.length, started });
    }
  }
  while (options.onProgress && tenth < 10) {
    tenth++;
    options.onProgress({ fraction: tenth / 10, turns: log.turns.length, started });
  }
  return log;
}

function run(engine: DemoEngine, running: Running): Promise<TurnResult> {
  const { action, at } = running.step;
  const { channel, chatId } = running.person.plan;
  if (action.type === 'staff') {
    if (action.op === 'take') return engine.staff.take(running.id, action.by);
    if (action.op === 'close') return engine.staff.close(running.id, action.by);
    return engine.staff.reply(running.id, action.by, action.text ?? '');
  }
  running.messages++;
  const content =
    action.type === 'text' ? { type: 'text', text: action.text } : { type: 'choice', value: action.value };
  return engine.handle({ id: `${chatId}-${running.messages}`, channel, chatId, at, content });
}

/** The turn in the log, and what it did to the conversation's ticket. */
function record(log: DemoLog, open: Map<string, DemoTicket>, running: Running, result: TurnResult): void {
  const { action, at } = running.step;
  const { id } = running;
  const { channel } = running.person.plan;
  const { report } = result;
  log.turns.push({
    conversationId: id,
    at,
    day: localDay(at, log.timeZone),
    channel,
    lang: result.lang,
    by: action.type === 'staff' ? 'staff' : 'person',
    input: action.type === 'staff' ? action.op : action.type,
    ...(action.type === 'text' ? { text: action.text } : {}),
    meaning: result.meaning ? { act: result.meaning.act, topic: result.meaning.topic } : null,
    report,
  });
  if (action.type === 'choice' && action.rating)
    log.ratings.push({ conversationId: id, at, helped: action.value === 'yes' });
  let ticket = open.get(id);
  if (ticket && !report.queued) {
    if (action.type === 'staff' && action.op === 'close') ticket.closedAt = at;
    else ticket.withdrawnAt = at;
    open.delete(id);
    ticket = undefined;
  }
  if (!ticket && report.queued) {
    ticket = { conversationId: id, channel, openedAt: at, urgent: report.emergency };
    if (report.emergency) ticket.urgentAt = at;
    log.tickets.push(ticket);
    open.set(id, ticket);
  } else if (ticket && report.emergency && !ticket.urgent) {
    ticket.urgent = true;
    ticket.urgentAt = at;
  }
  if (ticket && action.type === 'staff' && action.op !== 'close' && ticket.takenAt === undefined)
    ticket.takenAt = at;
  if (ticket && action.type === 'staff' && action.op === 'reply' && ticket.answeredAt === undefined)
    ticket.answeredAt = at;
}

/** The running conversations, earliest step first (a binary heap; ties in the order pushed). */
function createQueue() {
  const heap: { running: Running; seq: number }[] = [];
  let seq = 0;
  const before = (a: number, b: number) => {
    const x = heap[a] as { running: Running; seq: number };
    const y = heap[b] as { running: Running; seq: number };
    return (
      x.running.step.at < y.running.step.at || (x.running.step.at === y.running.step.at && x.seq < y.seq)
    );
  };
  const swap = (a: number, b: number) => {
    [heap[a], heap[b]] = [heap[b] as (typeof heap)[number], heap[a] as (typeof heap)[number]];
  };
  return {
    push(running: Running) {
      heap.push({ running, seq: seq++ });
      for (let i = heap.length - 1; i > 0 && before(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    },
    pop(): Running | undefined {
      const top = heap[0];
      const last = heap.pop();
      if (!top || !last) return undefined;
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && before(l, m)) m = l;
          if (r < heap.length && before(r, m)) m = r;
          if (m === i) break;
          swap(i, m);
          i = m;
        }
      }
      return top.running;
    },
  };
}
