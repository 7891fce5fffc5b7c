/**
 * The danger is over, and the same message asks something ("ya nos abrieron, vino la policía.
 * ¿sigue en pie lo del refugio?"): the calm reply, then the answer someone in
 * line gets to that question (waiting.ts), so the person is not left with "good to hear" alone.
 * Pure.
 */
import type { Meaning, Reply, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import type { ConversationContext } from './context.ts';
import { linesFor, quoteOf } from './emergency-lines.ts';
import type { Replies } from './replies.ts';
import { decideWaiting } from './waiting.ts';

/** The emergency entry's answer on what a person rescued from traffickers may get. */
const RESCUED = 'answer.rescued_from_traffickers';

export function calmAndAnswer(
  ctx: ConversationContext,
  m: Meaning | null,
  at: number,
  text: string,
  r: Replies,
  catalog: TopicCatalog,
): { replies: Reply[]; place?: string; topic: TopicId | null; said: string[] } {
  const calmed = emergencyCalmed(ctx, m, text, r, catalog);
  const topic = ctx.topic && ctx.topic !== 'human' ? ctx.topic : 'emergency';
  // After a death, only bringing the body home is asked ("border patrol found him, he didn't make it" is no search).
  const asked = m?.died && m.alsoAsks?.topic !== 'remains_repatriation' ? undefined : m?.alsoAsks;
  const then = asked ? decideWaiting({ ...ctx, emergency: null }, asked, at, r, catalog, text) : null;
  if (then?.do !== 'answer') return { ...calmed, topic, said: ctx.said };
  // The answer's own "staff have your message" is said by the calm reply already; a death told
  // ("ya lo encontraron, pero está muerto") is grieved once, by the answer that follows.
  const grieved = (reply: Reply) =>
    m?.died === true && reply.kind === 'text' && reply.key === 'emergency.died';
  return {
    ...calmed,
    replies: [...calmed.replies.filter((reply) => !grieved(reply)), ...then.replies.slice(0, -1)],
    topic: then.topic ?? topic,
    said: then.said,
  };
}

/**
 * In a conversation already urgent that staff hold, the person thanks them or says help is
 * coming ("the ambulance is coming, thank you Rosa"): no new danger, whatever words of one the
 * message holds, so the emergency's lines are not sent again (staff read it).
 */
export function calmsUrgent(ctx: ConversationContext, m: Meaning | null): boolean {
  return ctx.urgent && (Boolean(m?.thanksStaff) || ['thanks', 'safe', 'whoComes'].includes(m?.act ?? ''));
}

/**
 * The person says the danger is over ("ya me habló, está bien", "we got out"): said back, the
 * place kept if they name one, and for a call that asked for money, how to report it without a
 * name. Staff keep the urgent case.
 */
export function emergencyCalmed(
  ctx: ConversationContext,
  m: Meaning | null,
  text: string,
  r: Replies,
  catalog: TopicCatalog,
): { replies: Reply[]; place?: string } {
  const place = m?.slots?.place;
  const kind = ctx.emergency?.kind ?? '';
  const report =
    linesFor(kind, catalog) !== 'emergency.call911' ? [r.emergencyLine(linesFor(kind, catalog))] : [];
  // Help came ("ya vinieron los paramédicos"): the danger is in their hands, not over. Someone who thought of
  // suicide and feels better ("ya me siento un poquito mejor") is glad-to-hear, not "you are out of danger".
  const calm = m?.died
    ? 'emergency.died'
    : m?.born
      ? 'emergency.born'
      : m?.found
        ? 'emergency.found'
        : m?.helpCame
          ? 'emergency.helpCame'
          : m?.held
            ? 'emergency.held'
            : kind === 'suicide'
              ? 'emergency.feelsBetter'
              : 'emergency.safe';
  const safe: Reply = { ...r.emergencyLine(calm), about: 'emergency' } as Reply;
  // Out of a place where they were held or made to work ("ya vino la guardia y nos sacaron"): what
  // the sources say a rescued person may get (FEVIMTRA, CEAV, the INM for a foreigner's status); the
  // turn stays the emergency's (the passage is filed under legal advice). Not when they ask
  // something else with it ("nou soti!! kijan pou m mande refij?"): that answer follows.
  const rescued =
    kind === 'held' && !m?.died && !m?.alsoAsks && catalog.emergencyAnswers?.has(RESCUED)
      ? [{ kind: 'passage', topic: 'emergency', passage: RESCUED } as Reply]
      : [];
  return {
    // Noted, not "where you are": help came and took them somewhere ("took him to the hospital"),
    // or the message tells the calm more than a place ("li lage l, li la avè m, nou an sekirite").
    replies: [...(place ? [r.emergencyNoted(quoteOf(text), false)] : []), safe, ...rescued, ...report],
    ...(place ? { place } : {}),
  };
}
