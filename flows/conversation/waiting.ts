/**
 * What the assistant says while a person waits for staff, as pure functions. Waiting: every message reaches staff; a question gets a short answer as well;
 * "when will they answer?" gets the queue position; plain chatter gets a short
 * acknowledgement at most once a minute. An emergency's messages are emergency.ts's.
 */
import type { Meaning, Reply } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import type { ConversationContext } from './context.ts';
import type { Replies } from './replies.ts';

/** Least time between two acknowledgements of plain chatter while waiting. */
export const ACK_EVERY_MS = 60_000;

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
