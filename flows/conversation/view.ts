/**
 * What the engine may know of a conversation's state (the FlowView): read here from the
 * machine's state and context, so the engine never names a state or a context field.
 */
import { FOREIGNER_TOPICS } from '../../src/core/foreigner-topics.ts';
import type { DialogueContext, TopicId } from '../../src/core/types.ts';
import type { FlowView } from '../flow.ts';
import { fieldsOf, formOfferedBy, INTAKE_KINDS } from '../intake-forms.ts';
import { type ConversationContext, placeSettled } from './context.ts';

/** Dangers that are someone missing: a child, or one the model alone heard ("li retounen" is good news there). */
const MISSING_KINDS = new Set(['child_missing', 'child_alone', 'unknown']);

/** Every form and its fields: what details told before a form may fill. */
const FORMS = INTAKE_KINDS.map((kind) => ({ kind, fields: fieldsOf(kind) }));

/** How a said key names a foreigner's topic (":mx_status"), made once. */
const FOREIGNER_MARKS = [...FOREIGNER_TOPICS].map((topic) => `:${topic}`);

/**
 * A foreigner in Mexico, as far as the conversation tells: a nationality was told, or its topic or
 * an answer given was a foreigner's (status, asylum). Said keys look like "topic:mx_status:where".
 */
const foreignerIn = (ctx: ConversationContext): boolean =>
  ctx.foreigner === true ||
  (ctx.topic !== null && FOREIGNER_TOPICS.has(ctx.topic)) ||
  ctx.said.some((key) => FOREIGNER_MARKS.some((mark) => key.includes(mark)));

/** The snapshot's value as a path of state names: "talking", "intake.asking". */
export const statePath = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Object.entries(value as Record<string, unknown>)
        .map(([key, inner]) => `${key}.${statePath(inner)}`)
        .join('');

export function viewOf(value: unknown, ctx: ConversationContext): FlowView {
  const path = statePath(value);
  const withStaff = path.startsWith('handoff.');
  const inForm = path.startsWith('intake.') && ctx.intake !== null;
  // The code a folio's check asks for is taken before the flow (src/engine/case-lookup.ts): the
  // message is read as any other, so one that moves on ("nvm the folio, …") is understood.
  const asked: DialogueContext['asked'] =
    path === 'intake.asking'
      ? 'field'
      : path === 'intake.confirming'
        ? 'summary'
        : ctx.offer !== null ||
            ['confirmingErase', 'handoff.leaving', 'rating', 'followUpOffer'].includes(path)
          ? 'yesno'
          : null;
  const offered = ctx.offer === 'intake' && ctx.topic ? (formOfferedBy(ctx.topic) ?? null) : null;
  const form =
    inForm && ctx.intake
      ? {
          kind: ctx.intake.form,
          fields: fieldsOf(ctx.intake.form),
          answers: ctx.intake.answers,
          ...(ctx.told?.form === ctx.intake.form ? { told: ctx.told.answers } : {}),
          current: path === 'intake.asking' ? (fieldsOf(ctx.intake.form)[ctx.intake.step] ?? null) : null,
        }
      : null;
  return {
    lang: ctx.lang,
    ...(ctx.langGuessed ? { langGuessed: true } : {}),
    lastActivityAt: ctx.lastActivityAt,
    withStaff,
    choices: ctx.choices,
    inForm,
    dialogue: {
      topic: ctx.topic,
      asked,
      offered: ctx.offer,
      form,
      withStaff,
      ...(path === 'handoff.withStaff' ? { taken: true as const } : {}),
      emergency: ctx.emergency !== null,
      ...(placeSettled(ctx.emergency) ? { placeKnown: true as const } : {}),
      ...(MISSING_KINDS.has(ctx.emergency?.kind ?? '') ? { missingOpen: true as const } : {}),
      ...(ctx.emergency?.kind === 'held' ? { heldOpen: true as const } : {}),
      ...(ctx.urgent && ctx.emergency === null ? { urgentOpen: true as const } : {}),
      ...asideOf(ctx),
      ...(ctx.lastReply === 'care' ? { lastCare: true as const } : {}),
      first: path === 'fresh',
      ...(ctx.topic && ctx.lastReply === '' && !ctx.emergency ? { resumed: true as const } : {}),
      ...(foreignerIn(ctx) ? { foreigner: true as const } : {}),
      ...(ctx.states?.length ? { states: ctx.states } : {}),
      ...lastAnswerOf(ctx),
      offeredForm: offered ? { kind: offered, fields: fieldsOf(offered) } : null,
      ...(inForm || ctx.emergency ? {} : { forms: FORMS }),
    },
    topic: ctx.emergency ? 'emergency' : (ctx.topic ?? (withStaff ? 'human' : 'none')),
    emergency: ctx.emergency !== null,
    // The form goes to staff too: offering it is offering a person.
    offersStaff: ctx.offer !== null || path === 'handoff.leaving',
    checkingFolio: ctx.checking?.folio ?? null,
  };
}

/**
 * A topic answered in between, the procedure still under discussion: the office ("¿tienen teléfono?"), or a question
 * a form's middle answered ("no duermo nada…" got psychological support, so "¿lo pueden hacer por teléfono?" is its).
 */
function asideOf(ctx: ConversationContext): { aside?: TopicId } {
  const inForm = /^aside:([a-z_]+)$/.exec(ctx.lastReply)?.[1] as TopicId | undefined;
  if (inForm && inForm !== ctx.topic) return { aside: inForm };
  return ctx.topic !== 'office_info' && ctx.lastReply.includes(':office_info')
    ? { aside: 'office_info' }
    : {};
}

/**
 * The named answer last given in the topic under discussion ("passage:productive_projects:answer.finabien_fees", or a
 * first answer's "answer:productive_projects:answer.finabien_fees"), while the replies since stay in that topic.
 */
function lastAnswerOf(ctx: ConversationContext): { lastAnswer?: string } {
  const [kind, topic, ...named] = ctx.lastReply.split(':');
  if (!ctx.topic || topic !== ctx.topic) return {};
  const passage = named.join(':');
  if ((kind === 'passage' || kind === 'answer') && passage.startsWith('answer.'))
    return { lastAnswer: passage };
  const mark = `passage:${ctx.topic}:answer.`;
  const earlier = ctx.said.findLast((key) => key.startsWith(mark));
  return earlier ? { lastAnswer: earlier.slice(mark.length - 'answer.'.length) } : {};
}
