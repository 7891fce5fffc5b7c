/**
 * The conversation flow's context: what it remembers between messages, its zod schema (a
 * stored context is checked before it is restored; one that does not fit restarts the
 * conversation in its language), and the values a new conversation starts with.
 */
import { z } from 'zod';
import { FOLIO } from '../../src/core/case-file.ts';
import { LANGS, type Lang, TOPIC_ID, type TopicId } from '../../src/core/types.ts';
import { INTAKE_KINDS, type IntakeKind } from '../intake-forms.ts';
import { toldOfAnother } from './emergency-other.ts';
import { byPartner } from './emergency-partner.ts';

/** The states named that a conversation keeps: the latest few, where the person is or is from and where a relative is. */
export const STATES_KEPT = 3;
/** The longest place told before a danger that is kept (a message of its own is read on its first part). */
export const PLACE_KEPT = 300;

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
  /** The language so far was guessed from words that say little ("alo", "ok"): a clear message moves it. */
  langGuessed?: boolean;
  /** The language one message moved the conversation from, unasked, on the turn before: a message in it takes it back. */
  langLeft?: Lang;
  /** The topic under discussion: follow-ups ("¿y cuánto cuesta?") are about it. */
  topic: TopicId | null;
  /** What a typed "sí" accepts now: a person, or the topic's form. */
  offer: 'staff' | 'intake' | null;
  /** The last reply's signature. */
  lastReply: string;
  /** The signatures of the replies already sent, so the same text never goes out twice. */
  said: string[];
  /** Messages in a row that did not help or were not understood. */
  misses: number;
  /** The buttons last shown (value and label key), so "2", "dos" or "de" can mean the second one. */
  choices: Array<{ value: string; label: string }>;
  intake: IntakeProgress | null;
  urgent: boolean;
  /** An emergency under way until staff close it or the person is safe: its kind and the lines given. */
  emergency: { kind: string; said: string[]; place?: string; forOther?: true; byPartner?: true } | null;
  /** When the person was last told their message reached the staff queue. */
  ackAt: number;
  /** When staff last took or wrote in the conversation (how long they have been quiet). */
  staffAt: number;
  /** Staff's last message asked the person something (what the person writes next answers them). */
  staffAsked: boolean;
  /** The welcome was shown (only ever on the first message). */
  welcomed: boolean;
  /** Epoch ms of the person's last message; the engine sends timer.idle when it is too old. */
  lastActivityAt: number;
  /** Another conversation's folio whose check was just asked, and how many answers were wrong. */
  checking: { folio: string; tries: number } | null;
  /** Folios this conversation failed the check for: never checked again here. */
  refused: string[];
  /** The case the follow-up offer or question on screen is about. */
  caseFolio: string | null;
  /** What a form would ask that the person told before it started (kept so it is not asked again). */
  told?: { form: IntakeKind; answers: Record<string, string> } | null;
  /** The person said they are not Mexican (a nationality told): src/understanding/foreigner.ts. */
  foreigner?: boolean;
  /** The states other than Durango the person named, latest last: another state's own answers need one. */
  states?: string[];
  /** The topic under discussion before a restart after a long silence: an aspect asked then is about it. */
  earlier?: TopicId | null;
  /** Where the person said they are, in a town of another state, before any danger: a danger told next is there. */
  placeTold?: string;
  /** The last age told ("they're both 58"): a later "can they apply?" on a topic with an age limit is weighed by it. */
  ageTold?: number;
}

export const initialContext = (lang: Lang | null = null): ConversationContext => ({
  lang,
  langChosen: false,
  topic: null,
  offer: null,
  lastReply: '',
  said: [],
  misses: 0,
  choices: [],
  intake: null,
  urgent: false,
  emergency: null,
  ackAt: 0,
  staffAt: 0,
  staffAsked: false,
  welcomed: false,
  lastActivityAt: 0,
  checking: null,
  refused: [],
  caseFolio: null,
});

/**
 * Back to a clean slate after a long silence, keeping the language (and that the welcome was shown), a refused check
 * (no more guesses after the idle restart), and the topic and what was said of it, for one back after the silence
 * ("m tounen. kijan pou m pran randevou a?": the psychologist's appointment, not a visa's).
 */
export const afterSilence = (context: ConversationContext): ConversationContext => ({
  ...initialContext(context.lang),
  langChosen: context.langChosen,
  welcomed: context.welcomed,
  refused: context.refused,
  earlier: context.topic ?? context.earlier ?? null,
  topic: context.topic,
  said: context.said,
});

export const contextSchema = z.object({
  lang: z.enum(LANGS).nullable(),
  langChosen: z.boolean(),
  langGuessed: z.boolean().optional(),
  langLeft: z.enum(LANGS).optional(),
  topic: z.string().regex(TOPIC_ID).nullable(),
  offer: z.enum(['staff', 'intake']).nullable(),
  lastReply: z.string().max(400),
  said: z.array(z.string().max(400)).max(12),
  misses: z.number().int().nonnegative(),
  choices: z.array(z.object({ value: z.string(), label: z.string() })).max(40),
  intake: z
    .object({
      form: z.enum(INTAKE_KINDS as [IntakeKind, ...IntakeKind[]]),
      step: z.number().int().nonnegative(),
      answers: z.record(z.string(), z.string()),
    })
    .nullable(),
  urgent: z.boolean(),
  emergency: z
    .object({
      kind: z.string(),
      said: z.array(z.string()).max(40),
      place: z.string().max(500).optional(),
      forOther: z.literal(true).optional(),
      byPartner: z.literal(true).optional(),
    })
    .nullable(),
  ackAt: z.number(),
  // A conversation stored before this was kept restores as if staff had never written.
  staffAt: z.number().default(0),
  staffAsked: z.boolean().default(false),
  welcomed: z.boolean(),
  lastActivityAt: z.number(),
  // Defaults: a conversation stored before cases existed restores as it was.
  checking: z
    .object({
      folio: z.string().regex(FOLIO),
      // Conversations stored before codes also kept `check` ('name' | 'phone'); it is dropped.
      tries: z.number().int().min(0),
    })
    .nullable()
    .default(null),
  refused: z.array(z.string().regex(FOLIO)).max(5).default([]),
  caseFolio: z.string().regex(FOLIO).nullable().default(null),
  told: z
    .object({
      form: z.enum(INTAKE_KINDS as [IntakeKind, ...IntakeKind[]]),
      answers: z.record(z.string().max(40), z.string().max(300)),
    })
    .nullable()
    .optional(),
  foreigner: z.boolean().optional(),
  states: z.array(z.string().min(3).max(40)).max(STATES_KEPT).optional(),
  earlier: z.string().regex(TOPIC_ID).nullable().optional(),
  placeTold: z.string().max(PLACE_KEPT).optional(),
  ageTold: z.number().int().min(0).max(130).optional(),
}) satisfies z.ZodType<ConversationContext>;

/** The emergency's kind and the place told so far, kept from turn to turn (its lines said are each turn's). */
export const keptEmergency = (
  ctx: ConversationContext,
): { kind: string; place?: string; forOther?: true; byPartner?: true } => ({
  kind: ctx.emergency?.kind ?? 'unknown',
  ...(ctx.emergency?.place && { place: ctx.emergency.place }),
  ...(ctx.emergency?.forOther && { forOther: true as const }),
  ...(ctx.emergency?.byPartner && { byPartner: true as const }),
});

/**
 * Where it happens was told and nothing asks it now: not just after the first reply's "where is this
 * happening?" (a place in the first message is often only "the desert"), nor after "tell me what you see".
 */
export const placeSettled = (e: ConversationContext['emergency']): boolean =>
  Boolean(e?.place) &&
  !(e?.said.length === FIRST_LINES && e.said[0] === 'first') &&
  e?.said.at(-1) !== 'whereUnknown';

/** How many lines the first reply of an emergency leaves said. */
const FIRST_LINES = 4;

/**
 * An emergency as it starts: its kind, the lines its first reply gives (the town's care line too, remembered by its
 * name, so "is it free?" next is about that place), the place if told with it, and whether it is told of another.
 */
export const firstEmergency = (
  kind: string,
  place: string | undefined,
  careAt?: string,
  /** The message that starts it: told of another by one not with them (emergency-other.ts)? */
  text = '',
): ConversationContext['emergency'] => ({
  kind,
  said: ['first', kind, 'emergency.where', 'emergency.followUp.staffKnow', ...(careAt ? [careAt] : [])],
  ...(place && { place }),
  ...(toldOfAnother(text) && { forOther: true as const }),
  ...(byPartner(text) && { byPartner: true as const }),
});
