/**
 * The passages a talk may answer with (talk.ts decides which): a topic's passage for the message, another topic's
 * named answer, what the sources say of a name asked about, and of a place told. Each returns null when nothing fits
 * or it was said already. Pure.
 */
import type { Facet, FoundPassage, Meaning, TopicId } from '../../src/core/types.ts';
import type { ConversationContext } from './context.ts';
import { clearlyElsewhere, namedAnswerFor, ownScore, passageFound, placePassage } from './passage.ts';
import { signature, type Talk } from './talk-shape.ts';

/**
 * The passage of the topic that answers the message, if one shares enough of its words and
 * was not said yet: `named`, only a named answer or a paragraph of the details (the facets
 * and the first reply are answered as such); `any`, any passage. A facet's own paragraphs
 * never stand in for that facet.
 */
export function passageFor(
  ctx: ConversationContext,
  m: Meaning,
  topic: TopicId,
  which: 'named' | 'any',
  facet?: Facet,
): Talk | null {
  // With a facet asked, not a passage only what the message tells leads to (judge79's, judge80's bank account), nor one
  // it says no more of than the cost's own ("how much does it cost?" and a Veracruz letter's fee: judge92).
  const facetOwn = facet === 'cost' ? ownScore(m, topic, facet) : 0;
  const keep = (a: FoundPassage) =>
    (which === 'any' || a.passage.startsWith('answer.') || a.passage.startsWith('details.')) &&
    !(facet && (a.passage.startsWith(`facet.${facet}.`) || a.onlyContext || a.score <= facetOwn));
  const found =
    passageFound(m, topic, keep, facet !== undefined, which === 'any') ??
    (facet === 'eligibility' ? farAhead(m, topic, keep) : undefined);
  // Sent with the answer just given, where asked next is where's own answer, not it again ("ki kote m ale pou CURP la?":
  // judge118's Haitian got the CURP's paragraph twice); how long is what that passage may say ("cuánto dura esa curp").
  if (!found || (facet === 'where' && ctx.lastReply === `answer:${topic}:${found.passage}`)) return null;
  const talk: Talk = { do: 'passage', topic, passage: found.passage, ...(facet ? { facet } : {}) };
  return ctx.said.includes(signature(talk)) ? null : talk;
}

/** How far a named answer must lead every other, and by how much, to answer a "can I…?" question ("can I get that certified"). */
const FAR_AHEAD = { score: 10, shared: 3, coverage: 0.5, times: 2 };

/**
 * "can I get that certified here?", "se puede traer las cenizas?": who may is read, but one named answer of the topic
 * says far more of the words than any other (sight100-a's welder got who the help is for): that answer.
 */
function farAhead(m: Meaning, topic: TopicId, keep: (a: FoundPassage) => boolean): FoundPassage | undefined {
  const [best, ...others] = (m.answers ?? []).filter(
    (a) => a.topic === topic && a.passage.startsWith('answer.'),
  );
  if (!best || best.score < FAR_AHEAD.score || best.shared < FAR_AHEAD.shared || !keep(best))
    return undefined;
  const next = Math.max(0, ...others.map((a) => a.score));
  return best.coverage >= FAR_AHEAD.coverage && best.score >= FAR_AHEAD.times * next ? best : undefined;
}

/**
 * A named answer of another topic that says most of a question the topic under discussion has
 * no passage for ("also I never finished school, can I do that here?" while on deportation): the
 * conversation moves there with it.
 */
export function elsewhere(
  m: Meaning,
  current: TopicId,
  clearly: FoundPassage | null = clearlyElsewhere(m, current) ?? null,
): Talk | null {
  // Another topic's answer that says clearly more comes first (a judge's mother asked for the Illinois
  // certificate's apostille during dual nationality and got Texas's validation twice).
  const named = clearly ?? namedAnswerFor(m, current, 'any topic');
  return named && named.topic !== current
    ? { do: 'answer', topic: named.topic, passage: named.passage }
    : null;
}

/**
 * What the sources say of a name asked about ("¿y qué es la COMAR?"): the passage found for the
 * name's words; in another topic, the conversation moves there with it.
 */
export function nameTalk(ctx: ConversationContext, m: Meaning, current: TopicId): Talk | null {
  const found = m.answers?.[0];
  if (!found) return null;
  if (found.topic !== current) return { do: 'answer', topic: found.topic, passage: found.passage };
  // The passages that spell the name out, then the one its words found; a paragraph of the first
  // answer, already given, is no answer to "what is that?".
  const answers = m.answers ?? [];
  const named = answers.find((a) => !a.spells);
  const unsaid = [...answers.filter((a) => a.spells), ...(named ? [named] : [])].find(
    (a) =>
      a.topic === current &&
      !ctx.said.includes(signature({ do: 'passage', topic: current, passage: a.passage })) &&
      !(a.passage.startsWith('reply.') && ctx.said.includes(signature({ do: 'answer', topic: current }))),
  );
  if (unsaid) return { do: 'passage', topic: current, passage: unsaid.passage };
  // Only what was said spells the name out ("INM (Instituto Nacional de Migración)"): said again, asked.
  return found.spells ? { do: 'passage', topic: current, passage: found.passage } : null;
}

/** A place told: what the topic's sources say about that place, once. */
export function placeTalk(ctx: ConversationContext, m: Meaning, topic: TopicId, text: string): Talk | null {
  const found = placePassage(m, topic, text.trim().split(/\s+/).length);
  const talk: Talk | null = found ? { do: 'passage', topic, passage: found.passage } : null;
  return talk && !ctx.said.includes(signature(talk)) ? talk : null;
}
