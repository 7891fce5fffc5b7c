/**
 * What a person hears once their conversation is with staff, as data. While it waits in the
 * queue: waiting.ts's decision (an answer, the queue's status or the acknowledgement). Once a
 * staff member took it, the person's messages are theirs, and the assistant says nothing (an
 * emergency under way excepted: machine.ts answers it with emergency.ts, and thanks or "any news?"
 * there hear, here, that the staff member has it), unless that staff member has been quiet for a
 * while (STAFF_QUIET_MS since taking it or last writing):
 * then a question about a procedure still gets what the sources say, with a line that the staff
 * member sees it too, so nobody who asks is left without an answer because staff are busy (in an
 * urgent case at once). The
 * line promises no answer: staff may take a conversation that never had a ticket.
 * Chatter, facts and answers to the staff member's own questions stay theirs. Pure.
 */
import type { Effect } from '../../src/core/effects.ts';
import type { Meaning, Reply, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import type { ConversationContext } from './context.ts';
import { foldText } from './fold-text.ts';
import type { Replies } from './replies.ts';
import { decideWaiting } from './waiting.ts';

/** How long staff who hold a conversation have been silent before the assistant answers questions again. */
export const STAFF_QUIET_MS = 10 * 60_000;
/** Least time between two "it reached them" lines to someone asking after the staff member who holds it. */
export const STAFF_HAS_IT_EVERY_MS = 5 * 60_000;

/** Acts that ask something of a procedure (not a fact told, thanks or chatter). */
const ASKS = new Set<Meaning['act']>(['followUp', 'otherQuestion', 'topic']);

export interface InLineStep {
  replies: Reply[];
  patch: Partial<Pick<ConversationContext, 'topic' | 'said' | 'ackAt'>>;
  /** Staff asked to look (a possible danger said in line). */
  effects?: Effect[];
}

/** Staff hold the conversation and have said nothing for STAFF_QUIET_MS. */
export const staffQuiet = (ctx: ConversationContext, at: number) => at - ctx.staffAt >= STAFF_QUIET_MS;

const isAck = (reply: Reply) => reply.kind === 'text' && reply.key === 'handoff.ack';

/** What a message from a person in line gets (null: nothing to say). */
type Step = (
  ctx: ConversationContext,
  m: Meaning | null,
  at: number,
  r: Replies,
  catalog: TopicCatalog,
  text: string,
) => InLineStep | null;

/** Fear, a threat or someone after one, told (folded words). */
const FEAR_TOLD =
  /\b(scared|afraid|fear|miedo|asustad\w*|threat\w*|amenaz\w*|menase\w*|peligro|danger|danje|pe|watching|vigilando|siguiendo|following|persiguen|chasing|kill|matar|touye|hurt|lastimar|cuota|extors\w*)\b/;

/**
 * A possible danger said in line ("there's guys outside the shelter… they'll get me when i leave", judge122's deported
 * man got only where he stood in the queue): the safety line first, and staff asked to look, as talking does (setup.ts).
 */
const withSafetyNet =
  (step: Step): Step =>
  (ctx, m, at, r, catalog, text) => {
    const decided = step(ctx, m, at, r, catalog, text);
    // Only with fear or a threat in the words: in line the model hears one in names, numbers and impatience too.
    if (m?.danger !== 'possible' || m.impatient || !FEAR_TOLD.test(foldText(text))) return decided;
    const effects: Effect[] = [{ type: 'staff.flag', reason: 'possible_danger', text }];
    return { replies: [r.safetyLine(), ...(decided?.replies ?? [])], patch: decided?.patch ?? {}, effects };
  };

/** While queued: the answer, the queue's status or the acknowledgement. */
const queuedStep: Step = (ctx, m, at, r, catalog, text) => {
  const waiting = decideWaiting(ctx, m, at, r, catalog, text);
  if (waiting.do === 'silent') return null;
  if (waiting.do === 'answer') return { replies: waiting.replies, patch: answeredPatch(waiting) };
  // A number given in line ("His number is 618 123 4567. Please have someone call him today", judge116): said back,
  // and no "write your number" after it.
  const phone = m?.slots?.phone ? [r.phoneNoted(m.slots.phone)] : [];
  if (waiting.do === 'ack') return { replies: [...phone, r.ack()], patch: { ackAt: at } };
  const call = waiting.call && phone.length === 0;
  const { answered } = waiting;
  // The answer first (without its "still in line", which the status says), then where they stand.
  if (answered)
    return {
      replies: [
        ...phone,
        ...answered.replies.filter((reply) => !isAck(reply)),
        ...r.queueStatus(waiting.sorry, call),
      ],
      patch: { ackAt: at, ...answeredPatch(answered) },
    };
  return { replies: [...phone, ...r.queueStatus(waiting.sorry, call)], patch: { ackAt: at } };
};
export const stepWhileQueued = withSafetyNet(queuedStep);

/** A procedure's question answered while staff hold the conversation, with a line that they see it too. */
const answerBesideStaff: Step = (ctx, m, at, r, catalog, text) => {
  // Only what asks: "se llama Ramón, tiene 34" may be the answer to the staff member's question.
  if (!m?.question || !ASKS.has(m.act) || m.topic === 'human') return null;
  const waiting = decideWaiting(ctx, m, at, r, catalog, text);
  if (waiting.do !== 'answer') return null;
  // The queue's "you are still in line" is not theirs any more: the staff member sees it.
  const replies = waiting.replies.map((reply) => (isAck(reply) ? r.staffSees() : reply));
  return { replies, patch: answeredPatch(waiting) };
};

/** What an answer in line leaves: the topic, what was said, and the answer's signature when it has one. */
const answeredPatch = (answered: { topic: TopicId | null; said: string[]; lastReply?: string }) => ({
  topic: answered.topic,
  said: answered.said,
  ...(answered.lastReply ? { lastReply: answered.lastReply } : {}),
});

/**
 * "Is anyone there?", "kilè y ap reponn mwen?", "pásame con alguien": the wait or a person asked
 * for; in an emergency staff hold, thanks too ("thank you for staying with me"), so it is answered,
 * and in its urgent case once the danger is over ("ok thanks bro" after help came got nothing).
 */
const asksForStaff = (ctx: ConversationContext, m: Meaning | null) =>
  m !== null &&
  (m.act === 'when' ||
    m.act === 'whoComes' ||
    m.topic === 'human' ||
    ((ctx.emergency !== null || ctx.urgent) && (m.act === 'thanks' || m.thanksStaff === true)));

/**
 * Once staff hold the conversation: asking after them is told, at most every five minutes, that the
 * message reached the staff member who has it, with the folio (in danger, 911 too), so nobody
 * who asks "is anyone working on this?" meets silence; a procedure's question, once they have
 * been quiet a while, what the sources say; anything else is theirs.
 */
const withStaffStep: Step = (ctx, m, at, r, catalog, text) => {
  if (asksForStaff(ctx, m))
    return at - ctx.ackAt < STAFF_HAS_IT_EVERY_MS
      ? null
      : { replies: r.staffHasIt(ctx.urgent), patch: { ackAt: at } };
  // An urgent case's questions are answered at once: after a danger, "what happens now, can he get
  // papers?" waited in silence for the staff member who had just written (emergency sets, session 77).
  return staffQuiet(ctx, at) || ctx.urgent ? answerBesideStaff(ctx, m, at, r, catalog, text) : null;
};
export const stepWithStaff = withSafetyNet(withStaffStep);

/**
 * Staff asked something since the person last wrote, and this message asks nothing: it answers them.
 * Not a place in an emergency: it goes on the urgent ticket and is confirmed back, whoever asked it.
 */
export const answersStaff = (ctx: ConversationContext, m: Meaning | null) =>
  ctx.staffAsked &&
  ctx.staffAt >= ctx.lastActivityAt &&
  m?.question !== true &&
  !(ctx.emergency !== null && m?.slots?.place !== undefined);

/**
 * In an emergency staff hold, thanks or asking after them ("who is coming?", "any news?") hear
 * that the staff member has it, when that was not said in the last five minutes (else the
 * emergency's own line for it).
 */
export const staffHasItDue = (ctx: ConversationContext, m: Meaning | null, at: number) =>
  asksForStaff(ctx, m) && at - ctx.ackAt >= STAFF_HAS_IT_EVERY_MS;
