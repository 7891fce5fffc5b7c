/**
 * What the assistant does with a person's text while it is talking with them (not in a
 * form, not waiting for staff): the dialogue policy, as a pure function of the context and
 * the message's meaning, and the replies and context changes each decision makes. Kept out
 * of the machine's configuration so every rule can be read, and tested, in one place:
 * danger first; a typed yes or no answers the question just asked; "did not help" offers a
 * person at once; a follow-up gets its facet, never the same text again; a new topic wins
 * when the message clearly names one.
 */
import type { Facet, Meaning, Reply, Slots, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { formOfferedBy, type IntakeKind } from '../intake-forms.ts';
import type { ConversationContext } from './context.ts';
import type { Replies } from './replies.ts';

export type Talk =
  | { do: 'emergency' }
  | { do: 'queue'; reason: 'asked' | 'topic' }
  /** `told`: answers the person already gave before the form started ("se llama Ramiro…"). */
  | { do: 'startIntake'; form: IntakeKind; told?: Record<string, string> }
  | { do: 'ambiguous'; first: TopicId; second: TopicId }
  | { do: 'declined' }
  | { do: 'offerStaff'; why: 'notHelped' | 'again' | 'unclear' | 'repeat' }
  /** A question about the topic under discussion that no facet answers: its details, else a person. */
  | { do: 'more' }
  | { do: 'facets'; topic: TopicId; facets: Facet[] }
  /** An age or a number of years stated, set against what the topic's sources say. */
  | { do: 'facts'; topic: TopicId; age?: number; years?: number }
  /** A fact stated that no answer bears on: noted for staff, a person offered. */
  | { do: 'noted'; topic: TopicId }
  /** A question about the topic no facet answers: the sentence of the entry that does, or "our sources do not say". */
  | { do: 'other'; topic: TopicId; question: string }
  /** The person asked for another language: said in it, and the topic's answer again in it. */
  | { do: 'language' }
  /** Sick or hurt on the road, not in danger of life: where migrants are seen (the safety line goes first). */
  | { do: 'care' }
  /** A topic's first answer, with the short answer to an aspect asked with it ("¿y cuánto cuesta la apostilla?"). */
  | { do: 'answer'; topic: TopicId; facets?: Facet[] }
  | { do: 'details'; topic: TopicId }
  | { do: 'menu' }
  | { do: 'thanks' }
  | { do: 'clarify'; candidates: TopicId[] }
  | { do: 'outOfScope' };

/** The signature of a reply, to tell whether the same text would go out twice. */
export const signature = (talk: Talk): string =>
  talk.do === 'facets'
    ? `facets:${talk.topic}:${talk.facets.join('+')}`
    : talk.do === 'answer' || talk.do === 'details'
      ? `${talk.do}:${talk.topic}`
      : talk.do === 'offerStaff'
        ? `offer:${talk.why}`
        : talk.do === 'facts'
          ? `facts:${talk.topic}:${talk.age ?? ''}:${talk.years ?? ''}`
          : talk.do === 'other'
            ? `other:${talk.topic}:${talk.question.slice(0, 60)}`
            : talk.do;

/** Words at most in a place told that is a town, not a description of where someone is. */
const TOWN_WORDS = 4;

/** The facet a stated fact bears on: no money → cost, a place → where, an age or a relative → who may. */
function facetOfFacts(slots: Slots): Facet | null {
  if (slots.money) return 'cost';
  // The town they are in ("estoy en Saltillo") bears on where it is done; a longer description
  // of where they are (a street, a church) is for staff, never answered with an address.
  if (slots.place && slots.place.split(/\s+/).length <= TOWN_WORDS) return 'where';
  if (slots.age !== undefined || slots.years !== undefined || slots.relation) return 'eligibility';
  return null;
}

/** A statement of context gets the answer it bears on, never "I did not understand". */
function contextTalk(ctx: ConversationContext, topic: TopicId, slots: Slots, catalog: TopicCatalog): Talk {
  const limits = catalog.topics[topic]?.limits;
  const age = limits?.age ? slots.age : undefined;
  const years = limits?.years ? slots.years : undefined;
  if (age !== undefined || years !== undefined)
    return again(ctx, {
      do: 'facts',
      topic,
      ...(age !== undefined ? { age } : {}),
      ...(years !== undefined ? { years } : {}),
    });
  // A circumstance with no fact to weigh ("no tengo papeles", "soy de Canatlán") bears on who
  // may be helped: the topic's eligibility, once; after that it is noted for staff.
  const facet = facetOfFacts(slots) ?? 'eligibility';
  if (catalog.topics[topic]?.facets[facet] && !ctx.said.includes(`facets:${topic}:${facet}`))
    return { do: 'facets', topic, facets: [facet] };
  return { do: 'noted', topic };
}

export function decideTalk(
  ctx: ConversationContext,
  meaning: Meaning,
  catalog: TopicCatalog,
  text = '',
): Talk {
  let m = meaning;
  if (m.act === 'emergency' || m.topic === 'emergency') return { do: 'emergency' };
  if (m.act === 'language') return { do: 'language' };
  if (m.care) return { do: 'care' };
  const current = ctx.topic && catalog.topics[ctx.topic] ? ctx.topic : null;
  // Details told while the form is on offer start it with them: it asks only what is missing.
  const offeredForm = ctx.offer === 'intake' && current ? formOfferedBy(current) : undefined;
  if (m.act === 'context' && offeredForm && m.formValues?.length)
    return {
      do: 'startIntake',
      form: offeredForm,
      told: Object.fromEntries(m.formValues.map((v) => [v.field, v.value])),
    };
  if (m.act === 'context' && current) return contextTalk(ctx, current, m.slots ?? {}, catalog);
  if (m.act === 'otherQuestion' && current)
    return again(ctx, { do: 'other', topic: current, question: text });
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
    if (facets.length) return again(ctx, { do: 'facets', topic: ctx.topic, facets }, text);
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
      return { do: 'answer', topic: m.topic, ...(specific.length ? { facets: specific } : {}) };
    }
    if (facets.length) return again(ctx, { do: 'facets', topic: m.topic, facets }, text);
    // The same topic asked again: its details when asked for ("tell me more"), else the
    // sentence that answers the question; the long part is never sent unasked.
    if (m.topic === ctx.topic) {
      if (m.more && catalog.topics[m.topic]?.details && !ctx.said.includes(`details:${m.topic}`))
        return { do: 'details', topic: m.topic };
      if (text.trim()) return again(ctx, { do: 'other', topic: m.topic, question: text });
      return again(ctx, { do: 'offerStaff', why: 'again' });
    }
    return { do: 'answer', topic: m.topic };
  }
  if (m.act === 'greeting') return { do: 'menu' };
  if (m.act === 'thanks') return { do: 'thanks' };
  // Not understood: ask which topic first; a second miss in a row offers a person.
  if (m.outOfScope && !ctx.said.includes('outOfScope')) return { do: 'outOfScope' };
  if (ctx.misses > 0) return again(ctx, { do: 'offerStaff', why: 'unclear' });
  return { do: 'clarify', candidates: m.candidates };
}

/** Whether a typed message goes to the office's review list, and why: not understood, out of scope, or "did not help". */
export function missedOf(
  event: { type: string; meaning?: Meaning },
  talk: Talk,
): 'unclear' | 'outOfScope' | 'notHelped' | null {
  if (event.type !== 'user.text') return null;
  if (event.meaning?.act === 'notHelped') return 'notHelped';
  if (talk.do === 'outOfScope') return 'outOfScope';
  if (talk.do === 'clarify' || (talk.do === 'offerStaff' && talk.why === 'unclear')) return 'unclear';
  return null;
}

/** Never a text already sent in this conversation: an offer of a person instead, in words not yet used. */
function again(ctx: ConversationContext, talk: Talk, question = ''): Talk {
  if (!ctx.said.includes(signature(talk))) return talk;
  // The same aspect asked again in other words: the entry's sentence for these words, once.
  if (talk.do === 'facets' && question.trim()) {
    const other: Talk = { do: 'other', topic: talk.topic, question };
    if (!ctx.said.includes(signature(other))) return other;
  }
  const offers = (['repeat', 'again', 'notHelped', 'unclear'] as const).map(
    (why): Talk => ({ do: 'offerStaff', why }),
  );
  return offers.find((o) => !ctx.said.includes(signature(o))) ?? { do: 'menu' };
}

/** What a topic's answer and details end with: its form, else a person when it needs staff. */
const offerFor = (catalog: TopicCatalog, topic: TopicId) =>
  formOfferedBy(topic) ? 'intake' : catalog.topics[topic]?.handoff ? 'staff' : null;

/** The replies of a decision that keeps the person talking with the assistant, and what the context becomes. */
export function talkReplies(
  ctx: ConversationContext,
  talk: Talk,
  r: Replies,
  catalog: TopicCatalog,
): { replies: Reply[]; patch: Partial<ConversationContext> } {
  const sig = signature(talk);
  const seen = { lastReply: sig, said: remember(ctx.said, sig) };
  switch (talk.do) {
    case 'answer': {
      // An aspect asked with the topic is a short answer like any other: it ends with the offer.
      const offer = talk.facets?.length
        ? formOfferedBy(talk.topic)
          ? 'intake'
          : 'staff'
        : offerFor(catalog, talk.topic);
      return {
        replies: r.answer(talk.topic, offer, talk.facets),
        patch: { ...seen, topic: talk.topic, offer, misses: 0 },
      };
    }
    case 'details': {
      // The details of a topic that needs staff end with the same offer as its answer.
      const offer = offerFor(catalog, talk.topic);
      return { replies: r.details(talk.topic, offer), patch: { ...seen, offer, misses: 0 } };
    }
    case 'facets': {
      // A short answer ends with what reaches staff: the topic's form, else a person.
      const offer = formOfferedBy(talk.topic) ? 'intake' : 'staff';
      return {
        replies: r.facets(talk.topic, talk.facets, offer),
        patch: { ...seen, topic: talk.topic, offer, misses: 0 },
      };
    }
    case 'facts':
    case 'noted':
    case 'other': {
      const offer = formOfferedBy(talk.topic) ? 'intake' : 'staff';
      const answer: Reply =
        talk.do === 'facts'
          ? {
              kind: 'facts',
              topic: talk.topic,
              ...(talk.age !== undefined ? { age: talk.age } : {}),
              ...(talk.years !== undefined ? { years: talk.years } : {}),
            }
          : talk.do === 'other'
            ? { kind: 'excerpt', topic: talk.topic, question: talk.question }
            : r.noted();
      return { replies: r.withOffer(answer, offer), patch: { ...seen, topic: talk.topic, offer, misses: 0 } };
    }
    case 'care':
      return {
        replies: r.withOffer({ kind: 'case', topic: 'transit_safety', name: 'health' }, 'staff'),
        patch: { ...seen, topic: 'transit_safety', offer: 'staff', misses: 0 },
      };
    case 'language': {
      // Said again in the language asked for: the topic's answer, or the menu.
      if (ctx.topic && catalog.topics[ctx.topic]) {
        const offer = offerFor(catalog, ctx.topic);
        return { replies: [r.languageNow(), ...r.answer(ctx.topic, offer)], patch: { ...seen, offer } };
      }
      return { replies: r.languageChanged(), patch: { ...seen, offer: null } };
    }
    case 'offerStaff':
      return {
        replies: [r.offerStaff(talk.why, ctx.topic)],
        patch: { ...seen, offer: 'staff', misses: ctx.misses + 1 },
      };
    case 'declined':
      return { replies: [r.declined(ctx.topic)], patch: { ...seen, offer: null } };
    case 'ambiguous':
      return { replies: [r.ambiguous(talk.first, talk.second)], patch: { ...seen, offer: null } };
    case 'menu':
      return { replies: [r.menu('main')], patch: { ...seen, offer: null, misses: 0 } };
    case 'thanks':
      return { replies: [r.thanks()], patch: { ...seen, offer: null, misses: 0 } };
    case 'outOfScope':
      return { replies: [r.outOfScope()], patch: { ...seen, offer: 'staff', misses: ctx.misses + 1 } };
    case 'clarify': {
      // Only topics the assistant has are offered as buttons.
      const known = talk.candidates.filter((topic) => catalog.topics[topic] !== undefined);
      return { replies: [r.clarify(known)], patch: { ...seen, offer: null, misses: ctx.misses + 1 } };
    }
    default:
      // emergency, queue and startIntake leave the talking state: the machine handles them.
      return { replies: [], patch: {} };
  }
}

/** The signatures of the replies sent so far (the last 12), so none goes out twice. */
export function remember(said: readonly string[], signature: string): string[] {
  return [...said.filter((s) => s !== signature), signature].slice(-12);
}
