/**
 * The steps a demo conversation is made of, and the helpers its scripts (people.ts, staff.ts)
 * share: a script is a generator that yields one step at a time (when, and what: a person's
 * text or button, or a staff action) and gets back the engine's TurnResult, so each person
 * answers what the assistant actually said and taps the buttons it actually offered.
 */
import type { TurnResult } from '../core/ports/conversations.ts';
import type { Lang } from '../core/types.ts';
import type { PlannedConversation } from './plan.ts';
import type { Random } from './random.ts';

export type Action =
  | { type: 'text'; text: string }
  /** `rating`: the person answers "did we help?" after staff closed. */
  | { type: 'choice'; value: string; rating?: boolean }
  | { type: 'staff'; op: 'take' | 'reply' | 'close'; by: string; text?: string };

export interface Step {
  at: number;
  action: Action;
}

export type Script<T = void> = Generator<Step, T, TurnResult>;

/** A person in the demo: their plan, their stream of chance and where their clock is. */
export interface Person {
  plan: PlannedConversation;
  r: Random;
  lang: Lang;
  timeZone: string;
  idleMs: number;
  /** Topics the knowledge has (from knowledge/topics/), typed about when the demo has phrases for them. */
  topics: readonly string[];
  /** Epoch ms of the conversation's latest step (person or staff). */
  now: number;
  /** Epoch ms of the person's latest message. */
  lastPersonAt: number;
}

export const SECOND = 1000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

/** One step, `delayMs` after the latest (at least a second). */
export function* act(p: Person, delayMs: number, action: Action): Script<TurnResult> {
  p.now = Math.round(p.now + Math.max(SECOND, delayMs));
  const result = yield { at: p.now, action };
  if (action.type !== 'staff') p.lastPersonAt = p.now;
  return result;
}

/** The person types (reading the reply and typing take a while). */
export const type = (p: Person, text: string, delayMs = p.r.between(20, 110) * SECOND) =>
  act(p, delayMs, { type: 'text', text });

/** The person taps a button the engine offered. */
export const tap = (p: Person, value: string, delayMs = p.r.between(6, 50) * SECOND) =>
  act(p, delayMs, { type: 'choice', value });

/** The values of the buttons a turn offered. */
export const buttonsOf = (result: TurnResult): string[] =>
  result.outbound.flatMap((o) => o.buttons.map((b) => b.value));

/** A phrase in the person's language. */
export const words = (p: Person, phrases: Readonly<Record<Lang, readonly string[]>>): string =>
  p.r.pick(phrases[p.lang].length ? phrases[p.lang] : phrases.es);
