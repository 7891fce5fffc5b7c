/**
 * What the assistant says while a person waits for staff or is in an emergency, as pure
 * functions. Waiting: every message reaches staff; a question gets a short answer as well;
 * "when will they answer?" gets the queue position; plain chatter gets a short
 * acknowledgement at most once a minute. Emergency: every message gets an answer (the line
 * for what they describe, what to do if they cannot call), never the same line twice.
 */
import type { Meaning, Reply } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import type { ConversationContext } from './context.ts';
import type { Replies } from './replies.ts';

/** Least time between two acknowledgements of plain chatter while waiting. */
export const ACK_EVERY_MS = 60_000;

/** Lines said after the first emergency reply, in this order, each once. */
const FOLLOW_UPS = [
  'emergency.followUp.staffKnow',
  'emergency.followUp.keepWriting',
  'emergency.followUp.safePlace',
  'emergency.followUp.stillHere',
  'emergency.followUp.anyDetail',
];

/** How sure understanding must be that a message names a procedure, to answer it during an emergency. */
const NAMED = 0.9;

export function emergencyFollowUp(
  ctx: ConversationContext,
  m: Meaning | null,
  r: Replies,
  catalog: TopicCatalog,
): { replies: Reply[]; said: string[] } {
  const said = ctx.emergency?.said ?? [];
  // The model's emergencies have no kind ('unknown'): they keep the kind already known.
  const named = m?.emergency?.kind === 'unknown' ? undefined : m?.emergency?.kind;
  const kind = named ?? ctx.emergency?.kind ?? '';
  // A procedure the message names, with no danger in it ("¿cómo saco la tarjeta humanitaria?"),
  // gets its answer: the urgent ticket stays, and the lines to call still close the reply. A
  // follow-up ("what do I do? should I pay them?") is about the emergency, not a procedure.
  const asked =
    m && m.act === 'topic' && m.confidence >= NAMED && m.danger === 'none' && catalog.topics[m.topic]
      ? m.topic
      : null;
  if (asked) {
    const facets = m?.facets.filter((f) => catalog.topics[asked]?.facets[f]) ?? [];
    const answer: Reply = facets.length
      ? { kind: 'facet', topic: asked, facets }
      : { kind: 'entry', topic: asked, part: 'reply' };
    return { replies: [answer, r.emergencyLine(linesFor(kind, catalog))], said };
  }
  // Someone who cannot call hears what to do instead, at once; otherwise the line for what
  // they describe (if not said yet), then the follow-ups, each once.
  const wanted = [
    ...(m?.act === 'cannotCall' ? ['emergency.cannotCall'] : []),
    ...(catalog.emergencyCases.has(kind) ? [kind] : []),
    ...FOLLOW_UPS,
    'emergency.cannotCall',
  ];
  const next = wanted.find((line) => !said.includes(line)) ?? FOLLOW_UPS[said.length % FOLLOW_UPS.length];
  const line = next ?? 'emergency.followUp.stillHere';
  // Every answer ends with the lines to call for this kind of danger (911 first: the person may be in the US).
  return {
    replies: [r.emergencyLine(line), r.emergencyLine(linesFor(kind, catalog))],
    said: [...said, line],
  };
}

/** The sourced lines for a kind of danger: 089 to report extortion or kidnapping, the anti-trafficking line. */
function linesFor(kind: string, catalog: TopicCatalog): string {
  const wanted = ['extortion', 'kidnapping', 'threats'].includes(kind)
    ? 'lines_report'
    : kind === 'held'
      ? 'lines_trafficking'
      : '';
  return wanted && catalog.emergencyCases.has(wanted) ? wanted : 'emergency.call911';
}

export type Waiting =
  | { do: 'status' }
  | { do: 'answer'; replies: Reply[] }
  | { do: 'ack' }
  | { do: 'silent' };

/** While queued (nobody has taken it yet): what to say to a message that is not an emergency. */
export function decideWaiting(
  ctx: ConversationContext,
  m: Meaning | null,
  at: number,
  r: Replies,
  catalog: TopicCatalog,
): Waiting {
  // A file or a chat message gets the acknowledgement; a question an answer as well.
  if (!m) return at - ctx.ackAt < ACK_EVERY_MS ? { do: 'silent' } : { do: 'ack' };
  if (m.act === 'when') return { do: 'status' };
  const topic = m.topic !== 'none' && catalog.topics[m.topic] ? m.topic : ctx.topic;
  const facets = topic ? m.facets.filter((f) => catalog.topics[topic]?.facets[f]) : [];
  if (topic && facets.length > 0)
    return { do: 'answer', replies: [{ kind: 'facet', topic, facets }, r.ack()] };
  // A new topic gets its short answer; the one they are waiting about does not get its text again.
  if (m.act === 'topic' && topic && topic !== ctx.topic && topic !== 'human')
    return { do: 'answer', replies: [{ kind: 'entry', topic, part: 'reply' }, r.ack()] };
  if (at - ctx.ackAt < ACK_EVERY_MS) return { do: 'silent' };
  return { do: 'ack' };
}
