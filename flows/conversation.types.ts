/**
 * Context and events of the conversation flow. Events carry everything the flow needs
 * (the engine has already understood the text), so the machine never does I/O.
 */
import type { Effect, IntakeKind, Lang, Meaning, TopicId } from '../src/core/types.ts';

export interface IntakeProgress {
  form: IntakeKind;
  step: number;
  answers: Record<string, string>;
}

export interface ConversationContext {
  /** null until the first message tells us. */
  lang: Lang | null;
  /** The person picked the language themselves: detection no longer overrides it. */
  langChosen: boolean;
  lastTopic: TopicId | null;
  /** The buttons last shown (value and label key), so "2", "dos" or "de" can mean the second one. */
  choices: Array<{ value: string; label: string }>;
  intake: IntakeProgress | null;
  urgent: boolean;
  /** Epoch ms of the last message; the engine sends timer.idle when it is too old. */
  lastActivityAt: number;
}

interface At {
  /** Epoch ms when the message arrived. */
  at: number;
  /** The language a command word or choice was written in, when the engine could tell. */
  lang?: Lang;
}

export type ConversationEvent =
  | ({ type: 'user.text'; text: string; meaning: Meaning } & At)
  | ({ type: 'user.choice'; value: string } & At)
  | ({ type: 'user.media'; media: string } & At)
  | ({ type: 'cmd.menu' } & At)
  | ({ type: 'cmd.language' } & At)
  | ({ type: 'cmd.human' } & At)
  | ({ type: 'cmd.erase' } & At)
  | ({ type: 'cmd.restart' } & At)
  | ({ type: 'staff.accepted' } & At)
  | ({ type: 'staff.closed' } & At)
  | ({ type: 'timer.idle' } & At);

/** Everything the flow emits has this one shape: an effect for the engine. */
export interface EffectEvent {
  type: 'effect';
  effect: Effect;
}
