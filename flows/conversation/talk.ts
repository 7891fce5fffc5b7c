/**
 * What the assistant does with a person's text while it is talking with them (not in a form,
 * not waiting for staff): the dialogue policy, as a pure function of the context and the
 * message's meaning (talk-replies.ts gives each decision its replies). Kept out of the
 * machine's configuration so every rule can be read, and tested, in one place: danger first;
 * a typed yes or no answers the question just asked; "did not help" offers a person at once;
 * a follow-up gets its facet, never the same text again; a new topic wins when the message
 * clearly names one; a place told gets what the sources say of it.
 */
import type { Facet, Meaning, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { formOfferedBy } from '../intake-forms.ts';
import { withCareFar } from './care-far-talk.ts';
import type { ConversationContext } from './context.ts';
import { ageAsked, contextTalk } from './facts.ts';
import { clearlyElsewhere, namedAnswerFor } from './passage.ts';
import { elsewhere, nameTalk, passageFor, placeTalk } from './talk-passages.ts';
import { again, answeredLast, namedTalk, remember, signature, type Talk, unrepeated } from './talk-shape.ts';

export { answeredLast, remember, signature, type Talk };

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
  // A yes to a person with it ("wi tanpri. li pa vle bwe dlo"), the queue, which says the line first (setup.ts).
  const queueAccepted = ctx.offer === 'staff' && m.act === 'yes';
  if (
    m.worse &&
    m.topic !== 'human' &&
    !queueAccepted &&
    !(m.act === 'followUp' && m.facets.includes('where'))
  )
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
    // From Durango told, a passage its words lead to is another state's ("he's from Durango, Tepehuanes" got "if your
    // family is not from Durango": emerg-gk): who may be helped, or noted.
    const named = m.slots?.fromDurango ? null : passageFor(ctx, m, current, 'named');
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
    const other = () => unrepeated(ctx.said, elsewhere(m, current, clearly));
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
      const specific = facets.filter((f) => f !== 'steps').slice(0, 2);
      // A named answer that says what was asked ("¿me dan CURP si pedí refugio?") comes with it instead; one of the
      // topic under discussion, or of one whose first answer was given, keeps to it alone (passage.ts).
      const answered = ctx.said.includes(`answer:${m.topic}`);
      const named = namedAnswerFor(m, current, 'its topics', answered && !specific.length);
      const sentWith = named && ctx.said.includes(`with:${named.topic}:${named.passage}`);
      const backAgain = answered && !specific.length && !sentWith && named?.topic === m.topic;
      const back = named && (named.topic === current || backAgain);
      // Said already alone, back in its topic: with that topic's answer, as before (sight69-a repeated it word for word).
      const alone = named && back ? passageFor(ctx, m, named.topic, 'named') : null;
      if (named && (alone || (back && named.topic === current))) return alone ?? namedTalk(named);
      // The office's hours or phone asked mid-talk ("gracias, ¿a qué hora abren?"): that answer, not who the assistant is.
      if (m.topic === 'office_info' && current && named?.topic === 'office_info') return namedTalk(named);
      // Where it is and when it opens, asked together, are both answered (a judge's widow got only one);
      // asked first, where it is comes with the aspect, without the entry that said the hours twice (session 58).
      if (m.topic === 'office_info' && specific.length && !named) {
        const asked = facets.filter((f) => f !== 'steps');
        const where: Facet[] = current || asked.includes('where') ? [] : ['where'];
        return again(ctx, { do: 'facets', topic: m.topic, facets: [...asked, ...where] }, text);
      }
      // Back to a topic whose answer was given, one aspect asked: that aspect alone, not the answer again (sight91-a).
      if (!named && answered && specific.length)
        return again(ctx, { do: 'facets', topic: m.topic, facets: specific }, text);
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
