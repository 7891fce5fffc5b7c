/**
 * A second question asked in the same message (`alsoAsks`, src/understanding/second-question.ts):
 * its answer follows the first one's, and only the last offer and buttons stay, so one reply answers
 * both ("a q hora abren mañana? y q papeles me llevo": the hours, then the papers). Pure.
 */
import type { Reply } from '../../src/core/types.ts';
import type { FlowEvent, TopicCatalog } from '../flow.ts';
import type { ConversationContext } from './context.ts';
import type { Replies } from './replies.ts';
import { decideTalk, signature, type Talk } from './talk.ts';
import { talkReplies } from './talk-replies.ts';

/** What answers a question; anything else (a menu, a clarification, a person) is not said second. */
const ANSWERS: ReadonlySet<Talk['do']> = new Set(['answer', 'facets', 'passage', 'other', 'facts']);

type Said = ReturnType<typeof talkReplies>;

/**
 * A named answer says what was asked; an aspect of the same topic asked with it is about that answer
 * ("¿y mientras me dan una CURP temporal? ¿por cuánto tiempo?": the 180 or 365 days it gives).
 */
const refines = (first: Talk, second: Talk) =>
  (first.do === 'passage' || (first.do === 'answer' && Boolean(first.passage))) &&
  'topic' in second &&
  second.topic === first.topic;

/** The aspect asked second was answered with the first ("can you do that and how long does it take?": the time twice). */
const answeredWith = (first: Talk, second: Talk) =>
  first.do === 'answer' &&
  second.do === 'facets' &&
  second.topic === first.topic &&
  second.facets.every((f) => first.facets?.includes(f));

/** The first answer without what asks for a next step: its offer and its buttons. */
const withoutOffer = (replies: readonly Reply[]): Reply[] =>
  replies
    .filter((reply) => !(reply.kind === 'text' && reply.key.startsWith('offer.')))
    .map((reply) => {
      if (!reply.buttons) return reply;
      const { buttons: _, ...rest } = reply;
      return rest as Reply;
    });

/** The replies to what the person wrote: the first question's answer, and a second one's after it. */
export function answersTo(
  context: ConversationContext,
  talk: Talk,
  event: FlowEvent,
  r: Replies,
  catalog: TopicCatalog,
): Said {
  const first = talkReplies(context, talk, r, catalog);
  if (event.type !== 'user.text' || !event.meaning.alsoAsks || !ANSWERS.has(talk.do)) return first;
  const after = { ...context, ...first.patch };
  const second = decideTalk(after, event.meaning.alsoAsks, catalog, event.text);
  if (
    !ANSWERS.has(second.do) ||
    signature(second) === signature(talk) ||
    refines(talk, second) ||
    answeredWith(talk, second)
  )
    return first;
  const next = talkReplies(after, second, r, catalog);
  return {
    replies: [...withoutOffer(first.replies), ...next.replies],
    patch: { ...first.patch, ...next.patch },
  };
}
