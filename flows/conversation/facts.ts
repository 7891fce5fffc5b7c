/**
 * What a fact told in passing gets: an age or years set against the sources; else the aspect it
 * bears on (having no money bears on the cost, the town someone is in on where it is done, an
 * age, a number of years or a relative on who may be helped), once; else it is said back as
 * noted for staff. And what the conversation keeps of a message's facts (factsKept). Pure.
 */
import type { Facet, Meaning, Slots, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { type ConversationContext, PLACE_KEPT, STATES_KEPT } from './context.ts';
import { quoteOf } from './emergency-lines.ts';
import { again, signature, type Talk } from './talk-shape.ts';

/** Words at most in a place told that is a town, not a description of where someone is. */
const TOWN_WORDS = 4;

/** The facet a stated fact bears on: no money → cost, a place → where, an age or a relative → who may. */
export function facetOfFacts(slots: Slots): Facet | null {
  if (slots.money) return 'cost';
  // The town they are in ("estoy en Saltillo") bears on where it is done; a longer description
  // of where they are (a street, a church) is for staff, never answered with an address.
  if (slots.place && slots.place.split(/\s+/).length <= TOWN_WORDS) return 'where';
  if (slots.age !== undefined || slots.years !== undefined || slots.relation) return 'eligibility';
  return null;
}

/** A statement of context gets the answer it bears on, never "I did not understand". */
export function contextTalk(
  ctx: ConversationContext,
  topic: TopicId,
  slots: Slots,
  catalog: TopicCatalog,
  text: string,
): Talk {
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
  // No money told: what the sources say of help without paying, once, where the entry names it
  // ("m pa gen kòb ditou" after the fees got "understood" alone).
  const noMoney = slots.money ? catalog.topics[topic]?.noMoney : undefined;
  const free: Talk | null = noMoney ? { do: 'passage', topic, passage: noMoney, facet: 'cost' } : null;
  if (free && !ctx.said.includes(signature(free))) return free;
  const bearsOn = facetOfFacts(slots);
  // A name told is for staff: it bears on no aspect (sight57-a: "his name is Luis Alberto Reyes, 34"
  // got the topic's eligibility again).
  if (slots.name && bearsOn === null) return { do: 'noted', topic, said: quoteOf(text) };
  // A circumstance with no fact to weigh ("no tengo papeles", "soy de Canatlán") bears on who
  // may be helped: the topic's eligibility, once; after that it is noted for staff.
  const facet = bearsOn ?? 'eligibility';
  const aspect: Talk = { do: 'facets', topic, facets: [facet] };
  if (catalog.topics[topic]?.facets[facet] && !ctx.said.includes(signature(aspect))) return aspect;
  // Said back, so the person sees what reaches staff ("sorry hes 43 not 34"), not a bare "understood".
  return { do: 'noted', topic, said: quoteOf(text) };
}

/** Who may asked with an age or years ("is 61 old enough?"): that set against the sources, or null. */
export function ageAsked(
  ctx: ConversationContext,
  topic: TopicId,
  facets: readonly Facet[],
  slots: Slots | undefined,
  catalog: TopicCatalog,
  text: string,
): Talk | null {
  // An age told before ("they're both 58… can they apply?", sight95-a) weighs as one told now.
  const age = slots?.age ?? ctx.ageTold;
  if (facets.join() !== 'eligibility' || (!slots && age === undefined)) return null;
  const told = contextTalk(ctx, topic, { ...slots, ...(age !== undefined ? { age } : {}) }, catalog, text);
  return told.do === 'facts' ? told : null;
}

/**
 * What the conversation keeps of a message's facts: that the person is not Mexican, the states
 * named (each once, the latest last), and where they said they are in such a state before any danger
 * (judge102's Haitian said "m nan reynosa", then told a kidnapping and was asked which city).
 */
export const factsKept = (
  ctx: ConversationContext,
  m: Meaning | null,
  text = '',
): Partial<ConversationContext> => ({
  ...(m?.foreigner ? { foreigner: true } : {}),
  ...(m?.slots?.age !== undefined && !m.emergency ? { ageTold: m.slots.age } : {}),
  ...(m?.states?.length && !m.emergency && !ctx.emergency
    ? { placeTold: (m.slots?.place ?? text).slice(0, PLACE_KEPT) }
    : {}),
  ...(m?.states?.length
    ? {
        states: [...(ctx.states ?? []).filter((s) => !m.states?.includes(s)), ...m.states].slice(
          -STATES_KEPT,
        ),
      }
    : {}),
});
