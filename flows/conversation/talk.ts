/**
 * What the assistant does with a person's text while it is talking with them (not in a form,
 * not waiting for staff): the dialogue policy, as a pure function of the context and the
 * message's meaning (talk-replies.ts gives each decision its replies). Kept out of the
 * machine's configuration so every rule can be read, and tested, in one place: danger first;
 * a typed yes or no answers the question just asked; "did not help" offers a person at once;
 * a follow-up gets its facet, never the same text again; a new topic wins when the message
 * clearly names one; a place told gets what the sources say of it.
 */
import type { Facet, FoundPassage, Meaning, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { formOfferedBy } from '../intake-forms.ts';
import { withCareFar } from './care-far-talk.ts';
import type { ConversationContext } from './context.ts';
import { ageAsked, contextTalk } from './facts.ts';
import { clearlyElsewhere, namedAnswerFor, ownScore, passageFound, placePassage } from './passage.ts';
import { again, answeredLast, remember, signature, type Talk } from './talk-shape.ts';

export { answeredLast, remember, signature, type Talk };

/**
 * The passage of the topic that answers the message, if one shares enough of its words and
 * was not said yet: `named`, only a named answer or a paragraph of the details (the facets
 * and the first reply are answered as such); `any`, any passage. A facet's own paragraphs
 * never stand in for that facet.
 */
function passageFor(
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
  const found = passageFound(m, topic, keep, facet !== undefined, which === 'any');
  if (!found) return null;
  const talk: Talk = { do: 'passage', topic, passage: found.passage, ...(facet ? { facet } : {}) };
  return ctx.said.includes(signature(talk)) ? null : talk;
}

/**
 * A named answer of another topic that says most of a question the topic under discussion has
 * no passage for ("also I never finished school, can I do that here?" while on deportation): the
 * conversation moves there with it.
 */
function elsewhere(
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
function nameTalk(ctx: ConversationContext, m: Meaning, current: TopicId): Talk | null {
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
function placeTalk(ctx: ConversationContext, m: Meaning, topic: TopicId, text: string): Talk | null {
  const found = placePassage(m, topic, text.trim().split(/\s+/).length);
  const talk: Talk | null = found ? { do: 'passage', topic, passage: found.passage } : null;
  return talk && !ctx.said.includes(signature(talk)) ? talk : null;
}

/**
 * What to say next. A passage or an entry's sentence chosen for a message that asked one aspect answers
 * that aspect ("¿y la humanitaria cuánto tarda?" after how long one may stay is the time; "how much does
 * the trip cost them" is the cost, even where the sources do not say it), as a facet's own answer does.
 */
export function decideTalk(
  ctx: ConversationContext,
  meaning: Meaning,
  catalog: TopicCatalog,
  text = '',
): Talk {
  const chosen = chosenTalk(ctx, meaning, catalog, text);
  const [asked, ...others] = meaning.facets;
  const talk =
    (chosen.do === 'passage' || chosen.do === 'other') && !chosen.facet && asked && !others.length
      ? { ...chosen, facet: asked, ...whereAgain(ctx, chosen, asked) }
      : papersOnTheRoad(chosen, text);
  return withCareFar(ctx, meaning, talk);
}

/**
 * "¿Me van a pedir papeles?", "do I need papers for that" on the road: whether one is helped without papers,
 * who may (the sets wanted it in 58 of 85 such turns; the road asks no document of its own).
 */
const PAPERS_REQUIRED =
  /\b(pedir|piden|pide|pedirme|mande|mandan|ask|asks|need|necesito|ocupo|bezwen)\b.{0,24}\b(papeles|papers|papye)\b|\b(sin|without|san) (papeles|papers|papye|pasaporte|passport)\b|\bno (tengo|tenemos|tengamos|tenga|traigo|traemos) (papeles|pasaporte)\b|\b(have no|dont have|don't have) (papers|passport)\b|\b(fok|fo|fò) (m|mwen|nou) gen papye\b|\bpa gen papye\b/i;
/** What to bring asked, not whether papers are required ("¿tengo que llevar algo, acta o algo?", "kisa pou m pote?"). */
const TO_BRING = /\b(llevar|traer|pote|bring|acta|curp)\b/i;
const papersOnTheRoad = (talk: Talk, text: string): Talk =>
  talk.do === 'facets' &&
  talk.topic === 'transit_safety' &&
  talk.facets.join() === 'documents' &&
  PAPERS_REQUIRED.test(text) &&
  !TO_BRING.test(text)
    ? { ...talk, facets: ['eligibility'] }
    : talk;

/** Where asked again after where was answered ("¿y eso dónde queda exactamente?"): the sentence from where's own part. */
const whereAgain = (ctx: ConversationContext, talk: Talk, asked: Facet): { within?: Facet } =>
  talk.do === 'other' &&
  asked === 'where' &&
  ctx.said.includes(signature({ do: 'facets', topic: talk.topic, facets: ['where'] }))
    ? { within: 'where' }
    : {};

function chosenTalk(ctx: ConversationContext, meaning: Meaning, catalog: TopicCatalog, text: string): Talk {
  let m = meaning;
  if (m.act === 'emergency' || m.topic === 'emergency') return { do: 'emergency' };
  if (m.act === 'language') return { do: 'language' };
  if (m.act === 'languages') return { do: 'languages' };
  if (m.robotSaid === 'asked') return { do: 'self' };
  if (m.care) return m.careAt ? { do: 'care', at: m.careAt } : { do: 'care' };
  // "What is the address of this health centre? Her temperature is 38.5": where, asked, before the line (judge89); a
  // person asked for with it ("si porfa con una persona, la niña sigue con calentura": judge105), the queue.
  if (m.worse && m.topic !== 'human' && !(m.act === 'followUp' && m.facets.includes('where')))
    return { do: 'worse' };
  const current = ctx.topic && catalog.topics[ctx.topic] ? ctx.topic : null;
  // Details told while the form is on offer start it with them: it asks only what is missing; a
  // relative alone is none ("12 años en los campos de papa" started it as "Parentesco: papa").
  const offeredForm = ctx.offer === 'intake' && current ? formOfferedBy(current) : undefined;
  if (m.act === 'context' && offeredForm && m.formValues?.some((v) => v.field !== 'relationship'))
    return {
      do: 'startIntake',
      form: offeredForm,
      told: Object.fromEntries(m.formValues.map((v) => [v.field, v.value])),
    };
  if (m.act === 'context' && current) {
    // A stated age or years worked is weighed against the sources before any passage its words share.
    const told = contextTalk(ctx, current, m.slots ?? {}, catalog, text);
    if (told.do === 'facts') return told;
    // The entry's answer for no money, found by its words too, keeps the cost it answers.
    const named = passageFor(ctx, m, current, 'named');
    if (named?.do === 'passage' && told.do === 'passage' && named.passage === told.passage) return told;
    return named ?? placeTalk(ctx, m, current, text) ?? told;
  }
  if (m.defines && current) {
    const named = nameTalk(ctx, m, current);
    if (named) return named;
  }
  if (m.act === 'otherQuestion' && current) {
    // Another topic's answer first when it says clearly more than anything of this one.
    const clearly = clearlyElsewhere(m, current) ?? null;
    const other = () => elsewhere(m, current, clearly);
    return (
      (clearly ? other() : null) ??
      passageFor(ctx, m, current, 'any') ??
      other() ??
      again(ctx, { do: 'other', topic: current, question: text })
    );
  }
  if (ctx.offer && m.act === 'yes') {
    const form = ctx.topic ? formOfferedBy(ctx.topic) : undefined;
    if (ctx.offer === 'intake' && form) return { do: 'startIntake', form };
    return { do: 'queue', reason: ctx.topic ? 'topic' : 'asked' };
  }
  if (ctx.offer && m.act === 'no') return { do: 'declined' };
  if (m.act === 'notHelped')
    return again(ctx, { do: 'offerStaff', why: ctx.misses > 0 ? 'again' : 'notHelped' });
  if (m.topic === 'human') return { do: 'queue', reason: 'asked' };
  // "Visa humanitaria" fits two topics; when one of them is under discussion, it is that one.
  const settled = ctx.topic !== null && (m.topic === ctx.topic || m.ambiguousWith === ctx.topic);
  if (m.ambiguousWith && m.topic !== 'none' && !settled)
    return { do: 'ambiguous', first: m.topic, second: m.ambiguousWith };
  if (settled && m.ambiguousWith)
    m = { ...m, topic: ctx.topic as TopicId, act: m.facets.length ? 'followUp' : m.act };

  const known = (topic: TopicId, facets: Facet[]) =>
    facets.filter((f) => catalog.topics[topic]?.facets[f] !== undefined);
  if (m.act === 'followUp' && ctx.topic) {
    const facets = known(ctx.topic, m.facets);
    // A passage that says what the words ask wins over the facet's general answer; two aspects
    // asked together get both answers ("¿cuánto cuesta y qué papeles ocupo?").
    // "is 61 old enough?": the age set against the sources, before any passage.
    const weighed = ageAsked(ctx, ctx.topic, facets, m.slots, catalog, text);
    const passage = weighed ?? (facets.length > 1 ? null : passageFor(ctx, m, ctx.topic, 'named', facets[0]));
    const aspect: Talk = { do: 'facets', topic: ctx.topic, facets };
    // That aspect answered already: the passage that says what the words ask, alone; else a named
    // answer that shares enough of them says more than the entry's sentence would ("y mi esposo
    // es mexicano, ¿eso cuenta?" after who may apply).
    const answered = facets.length > 0 && ctx.said.includes(signature(aspect));
    if (answered) return passage ?? passageFor(ctx, m, ctx.topic, 'named') ?? again(ctx, aspect, text);
    // The facet's short answer, and the passage that says what the words ask after it.
    if (passage?.do === 'passage' && facets.length)
      return again(ctx, { ...aspect, passage: passage.passage }, text);
    if (passage) return passage;
    if (facets.length) return again(ctx, aspect, text);
    // A question no facet answers: the entry's sentence that does, or "our sources do not say".
    if (text.includes('?') || m.act === 'followUp')
      return again(ctx, { do: 'other', topic: ctx.topic, question: text });
    if (catalog.topics[ctx.topic]?.details && !ctx.said.includes(`details:${ctx.topic}`))
      return { do: 'details', topic: ctx.topic };
    return again(ctx, { do: 'offerStaff', why: 'again' });
  }
  if (m.topic !== 'none' && catalog.topics[m.topic]) {
    const facets = known(m.topic, m.facets);
    // A topic named for the first time gets its answer, and the aspect asked with it.
    if (m.topic !== ctx.topic && m.topic !== 'human') {
      // "How do I start?" is what the answer itself says; one other aspect asked comes with it.
      const specific = facets.filter((f) => f !== 'steps').slice(0, 1);
      // A named answer that says what was asked ("¿me dan CURP si pedí refugio?") comes with it
      // instead; one of the topic under discussion keeps the conversation there (passage.ts).
      const named = namedAnswerFor(m, current);
      if (named && named.topic === current)
        return (
          passageFor(ctx, m, current, 'named') ?? { do: 'passage', topic: current, passage: named.passage }
        );
      // The office's own entry opens with who the assistant is: its hours or phone asked in the
      // middle of a conversation are that aspect or that answer alone ("gracias, ¿a qué hora abren?").
      if (m.topic === 'office_info' && current && named?.topic === 'office_info')
        return { do: 'passage', topic: 'office_info', passage: named.passage };
      // Where it is and when it opens, asked together, are both answered (a judge's widow got only one);
      // asked first, where it is comes with the aspect, without the entry that said the hours twice (session 58).
      if (m.topic === 'office_info' && specific.length && !named) {
        const asked = facets.filter((f) => f !== 'steps');
        const where: Facet[] = current || asked.includes('where') ? [] : ['where'];
        return again(ctx, { do: 'facets', topic: m.topic, facets: [...asked, ...where] }, text);
      }
      const topic = named?.topic ?? m.topic;
      return {
        do: 'answer',
        topic,
        ...(specific.length && topic === m.topic ? { facets: specific } : {}),
        ...(named ? { passage: named.passage } : {}),
      };
    }
    if (facets.length) return again(ctx, { do: 'facets', topic: m.topic, facets }, text);
    // The same topic asked again: its details when asked for ("tell me more"), else the
    // sentence that answers the question; the long part is never sent unasked.
    if (m.topic === ctx.topic) {
      if (m.more && catalog.topics[m.topic]?.details && !ctx.said.includes(`details:${m.topic}`))
        return { do: 'details', topic: m.topic };
      if (text.trim())
        return (
          passageFor(ctx, m, m.topic, 'any') ?? again(ctx, { do: 'other', topic: m.topic, question: text })
        );
      return again(ctx, { do: 'offerStaff', why: 'again' });
    }
    return { do: 'answer', topic: m.topic };
  }
  if (m.act === 'greeting') return { do: 'menu' };
  if (m.act === 'thanks') return { do: 'thanks' };
  if (m.act === 'moreToAsk') return { do: 'askIt' };
  // Not understood, or read as something the office does not do: unless the message says most
  // of a way of asking a named answer of some topic (that topic and that answer), out of scope is
  // said once; else ask which topic first, and a second miss in a row offers a person.
  const unread =
    m.topic === 'none' && (!m.outOfScope || m.outOfScopeUnsure)
      ? namedAnswerFor(m, current, 'any topic')
      : undefined;
  if (unread)
    return unread.topic === current
      ? (passageFor(ctx, m, unread.topic, 'named') ?? {
          do: 'passage',
          topic: unread.topic,
          passage: unread.passage,
        })
      : { do: 'answer', topic: unread.topic, passage: unread.passage };
  if (m.outOfScope && !ctx.said.includes('outOfScope')) return { do: 'outOfScope' };
  // An aspect asked after a long silence, naming no topic ("¿y cuánto me va a costar? no me dijo"):
  // of the topic talked about before it.
  const earlier = !ctx.topic && m.act === 'unclear' ? ctx.earlier : null;
  const resumed = earlier ? known(earlier, m.facets) : [];
  if (earlier && resumed.length) return again(ctx, { do: 'facets', topic: earlier, facets: resumed }, text);
  if (ctx.misses > 0) return again(ctx, { do: 'offerStaff', why: 'unclear' });
  return { do: 'clarify', candidates: m.candidates };
}
