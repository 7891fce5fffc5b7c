/**
 * What the assistant says while a person waits for staff, as a pure function: every message
 * reaches staff; a question, a new topic or a fact stated gets the answer it would get while
 * talking (talk.ts), without the offer of a person they already have, and the topic it was
 * about becomes the one under discussion; "when will they answer?" gets the queue position;
 * plain chatter gets a short acknowledgement at most once a minute. An emergency's messages
 * are emergency.ts's.
 */
import type { Meaning, Reply, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import type { ConversationContext } from './context.ts';
import { passageReply, quoteOf } from './emergency-lines.ts';
import { isNamed, strongPassage } from './passage.ts';
import type { Replies } from './replies.ts';
import { decideTalk, remember } from './talk.ts';
import { talkReplies } from './talk-replies.ts';
import { answerSigned } from './talk-shape.ts';

/** Least time between two acknowledgements of plain chatter while waiting. */
export const ACK_EVERY_MS = 60_000;

/**
 * An answer said in line: the replies, the topic it leaves under discussion and what was said; `lastReply`, the answer's
 * signature, so that a language asked for next says it again (answerSigned).
 */
type Answered = { replies: Reply[]; topic: TopicId | null; said: string[]; lastReply?: string };

export type Waiting =
  | { do: 'status'; sorry?: boolean; call?: boolean; answered?: Answered }
  | ({ do: 'answer' } & Answered)
  | { do: 'ack' }
  | { do: 'silent' };

/** Acts that ask or tell something the assistant can answer while the person waits. */
const ANSWERED = new Set<Meaning['act']>(['followUp', 'otherQuestion', 'context', 'topic']);
/** What talking would answer with; the rest (an offer, the menu, a clarifying list) is not for someone in line. */
const ANSWERS = new Set([
  'answer',
  'details',
  'facets',
  'facts',
  'noted',
  'other',
  'passage',
  'care',
  'worse',
]);
/** An offer of a person or of the form: not for someone already in line. */
const isOffer = (reply: Reply) => reply.kind === 'text' && reply.key.startsWith('offer.');

/** A reply said in line, then the acknowledgement; the topic and what was said stay as they were. */
const inLine = (ctx: ConversationContext, reply: Reply, r: Replies): Waiting => ({
  do: 'answer',
  replies: [reply, r.ack()],
  topic: ctx.topic,
  said: ctx.said,
});

/** An answer's replies for someone in line: no offer, no buttons. */
const withoutOffers = (replies: Reply[]): Reply[] =>
  replies.filter((reply) => !isOffer(reply)).map(({ buttons: _, ...reply }) => reply as Reply);

/**
 * Another language asked for in line ("ekri sa an panyòl pou m montre polis la svp"): said in it, with the last answer
 * again in that language (emerg-fw's woman got only "De acuerdo, sigo en español" to show the police).
 */
function languageInLine(ctx: ConversationContext, r: Replies, catalog: TopicCatalog): Waiting {
  if (ctx.topic === 'emergency' || !(answerSigned(ctx.lastReply) || (ctx.topic && catalog.topics[ctx.topic])))
    return inLine(ctx, r.languageNow(), r);
  const { replies } = talkReplies(ctx, { do: 'language' }, r, catalog);
  return { do: 'answer', replies: [...withoutOffers(replies), r.ack()], topic: ctx.topic, said: ctx.said };
}

/** The urgent case's thanks, about the emergency (the turn reports it so). */
const urgentThanks = (r: Replies): Reply =>
  ({ ...r.emergencyLine('emergency.thanks'), about: 'emergency' }) as Reply;

/** While queued (nobody has taken it yet): what to say to a message that is not an emergency. */
export function decideWaiting(
  ctx: ConversationContext,
  m: Meaning | null,
  at: number,
  r: Replies,
  catalog: TopicCatalog,
  text = '',
): Waiting {
  // A file or a chat message gets the acknowledgement; a question an answer as well.
  if (!m) return at - ctx.ackAt < ACK_EVERY_MS ? { do: 'silent' } : { do: 'ack' };
  // "¿Va a venir alguien?" in an urgent case, the danger over: the honest answer, then where they stand.
  if (m.act === 'whoComes' && ctx.urgent)
    return {
      do: 'answer',
      replies: [r.emergencyLine('emergency.whoComes'), ...r.queueStatus()],
      topic: ctx.topic,
      said: ctx.said,
    };
  // "manman m mouri maten an" told in line: sympathy, then where they stand (judge97 got her words quoted back).
  if (m.died && !ctx.urgent) return inLine(ctx, r.emergencyLine('emergency.died'), r);
  // "ya nació mi niña, están bien las dos" after a labour's danger: the good news said back (emerg-fq got "noted").
  if (m.born) return inLine(ctx, r.emergencyLine('emergency.born'), r);
  // "se me nubla la vista y me tiemblan las manos" while in line: the line for when it gets worse first; where to go
  // asked with it in a town ("a donde llevo a mi niña si se pone peor aqui en torreon": judge105), the town's care
  // line, which says 911 too.
  if (m.worse && !(m.care && (m.careFar || m.careAt))) return inLine(ctx, r.emergencyLine('medical'), r);
  // "¿Y si me vuelven a marcar?" after a threat called off: the line for money asked under threat (911, 089).
  if (m.act === 'pay' && ctx.urgent && catalog.emergencyCases.has('extortion'))
    return inLine(ctx, r.emergencyLine('extortion'), r);
  // "èske gen moun ki pale kreyòl nan biwo a?" names a person but asks of the office (judge68 asked it
  // twice and got where she stood): the office's answer for it, then where they stand.
  const ofOffice = m.topic === 'human' && m.question ? strongPassage(m, ['office_info'], isNamed) : undefined;
  if (ofOffice) {
    const replies = [passageReply(catalog, 'office_info', ofOffice.passage)];
    return { do: 'status', answered: { replies, topic: ctx.topic, said: ctx.said } };
  }
  if (m.act === 'when' || m.act === 'whoComes' || m.topic === 'human') {
    // "¿Cuánto se tardan? ¿y cuesta algo traerlo?": where they stand, and the answer to the rest.
    const also = m.alsoAsks ? decideWaiting(ctx, m.alsoAsks, at, r, catalog, text) : null;
    return {
      do: 'status',
      sorry: m.impatient === true,
      // A person asked for again while in line ("can a person please just call me?", judge100): how to get a call.
      ...(m.topic === 'human' ? { call: true } : {}),
      ...(also?.do === 'answer' ? { answered: also } : {}),
    };
  }
  // "hello?" from someone in line asks after the wait as much as "is anyone there?" does; like
  // chatter, at most once a minute.
  if (m.act === 'greeting') return at - ctx.ackAt < ACK_EVERY_MS ? { do: 'silent' } : { do: 'status' };
  // Asked in words for another language: said in it, and the rest of the wait goes on in it.
  if (m.act === 'language') return languageInLine(ctx, r, catalog);
  // After an emergency is called off, "¿y ese número se puede reportar?" is still about it: one
  // of the emergency's own answers that says most of what was asked.
  // A procedure named outright ("after this, how do we get the humanitarian visa?") is that
  // procedure's, unless an answer of the emergency's fits it best ("can I report the number?").
  const namesProcedure =
    m.act === 'topic' &&
    m.topic !== 'none' &&
    m.topic !== 'emergency' &&
    m.answers?.[0]?.topic !== 'emergency';
  // An aspect of the procedure just answered in line ("konbyen tan sa pran?" after the complaint): its own answer, not
  // an emergency's that shares a word (judge98 got the DIF's children for "retounen").
  const aspectAsked =
    m.act === 'followUp' &&
    m.topic === ctx.topic &&
    m.topic !== 'emergency' &&
    m.facets.length > 0 &&
    m.answers?.[0]?.topic !== 'emergency';
  // Its urgent case still open, a procedure asked in between ("¿y cómo lo busco?") does not end it:
  // "kòman m ka denonse yo san yo pa konnen non m?" after a false extortion is still the 089 line.
  const afterEmergency = ctx.topic === 'emergency' || ctx.urgent;
  // Thanks that name what helped ("thank u for the help earlier with 911") ask nothing of it (judge97).
  const aboutEmergency =
    afterEmergency && !namesProcedure && !aspectAsked && m.act !== 'thanks'
      ? strongPassage(m, ['emergency'], isNamed)
      : undefined;
  if (aboutEmergency) return inLine(ctx, passageReply(catalog, 'emergency', aboutEmergency.passage), r);
  if (ANSWERED.has(m.act)) {
    const talk = decideTalk(ctx, m, catalog, text);
    // Told, not asked, while staff have the case ("se llama Ramiro, es de Tlahualilo"): said back
    // as what reaches them; no "if I pass you", no eligibility's paragraph for a detail.
    if (talk.do === 'noted' || (m.act === 'context' && talk.do === 'facets'))
      return { do: 'answer', replies: [r.notedInLine(quoteOf(text))], topic: ctx.topic, said: ctx.said };
    if (ANSWERS.has(talk.do)) {
      const { replies, patch } = talkReplies(ctx, talk, r, catalog);
      return {
        do: 'answer',
        replies: [...withoutOffers(replies), r.ack()],
        topic: patch.topic ?? ctx.topic,
        said: patch.said ?? ctx.said,
        ...(patch.lastReply ? { lastReply: patch.lastReply } : {}),
      };
    }
  }
  // Thanks while in line: a word back once ("you're welcome, you are still in the queue"), then
  // the acknowledgement at most once a minute, so no reply repeats the one before it.
  if (m.act === 'thanks' && !ctx.said.includes(THANKED))
    return {
      do: 'answer',
      // After a danger, the urgent case's own thanks, which names 911 for anything that happens next.
      replies: ctx.urgent ? [urgentThanks(r), ...r.thanksInQueue().slice(1)] : r.thanksInQueue(),
      topic: ctx.topic,
      said: remember(ctx.said, THANKED),
    };
  // Thanks again, outside a danger: a short word back, not the acknowledgement, which reads as no answer (sight78-a).
  if (m.act === 'thanks' && !ctx.urgent)
    return { do: 'answer', replies: [r.thanksAgain()], topic: ctx.topic, said: ctx.said };
  if (at - ctx.ackAt < ACK_EVERY_MS) return { do: 'silent' };
  return { do: 'ack' };
}

/** The name the thanks in line is remembered by. */
const THANKED = 'thanksInQueue';
