/**
 * Staying in Mexico legally, asked for oneself in dual nationality's talk ("epi mwen menm, kijan m ka rete legal isit
 * la paske mari m meksiken", "and me, how can I stay legally here?"): one's own status in Mexico, which the INM gives,
 * not the child's Mexican papers (sight75-a's Haitian married to a man from Durango got the Civil Registry's steps).
 * Folded text. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';

const OWN_STAY =
  /\b((m|mwen|nou) (ka |kapab |pral )?rete (legal|legalman|an regl|anregl|an reg)|(me|nos) (puedo|podemos|pueda|podamos)? ?quedar(me|nos)? (legal|legalmente|con papeles)|quedarme (legal|legalmente|con papeles)|(i|we) (can )?stay (here )?legal(ly)?|stay legal(ly)? (here|in mexico))\b/u;

/** Living in Mexico legally, asked ("m ka viv durango ak madanm mwen legalman?": sight84-a got the US visa's help). */
const LIVE_LEGALLY =
  /\b(m|mwen|nou) (ka |kapab |pral )?(viv|rete) .{0,40}\blegal(man|ment)?\b|\b(puedo|podemos) vivir .{0,30}\blegal(mente)?\b|\b(i|we) (can )?live .{0,30}\blegal(ly)?\b/u;
/** Living in Mexico legally, Mexico named ("I'm a US citizen… what do I need to live in Mexico legally?": sight85-a). */
const LIVE_IN_MEXICO =
  /\b(live|living|stay|reside) (in|en) mexico (legally|legal)\b|\b(live|living|reside) legally in mexico\b|\bvivir (legal(mente)? en mexico|en mexico legal(mente)?)\b|\b(viv|rete) (legal(man)? )?nan meksik legal(man)?\b/u;
/** The US named, folded: living there legally is another question. */
const US_NAMED = /\b(usa|eu|eeuu|us|etazini|estados unidos|united states)\b/u;
/** Topics staying in Mexico is read as in a family's talk: the children's nationality, the US visa and passport, a
 * deported husband's help. */
const MISREAD = new Set(['dual_nationality', 'us_visa_passport', 'deportee_support']);

export function ownStayReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const asked =
    OWN_STAY.test(folded) ||
    LIVE_IN_MEXICO.test(folded) ||
    (LIVE_LEGALLY.test(folded) && !US_NAMED.test(folded));
  if (!MISREAD.has(m.topic) || m.emergency || dialogue?.emergency || !asked) return m;
  return movedTo(m, 'mx_status', { act: 'topic', confidence: 1, facets: [] });
}

/** A visa to come to Mexico, named ("fanmi an nan ayiti pa gen viza pou vin meksik", "visa para venir a mexico"). */
const MEXICO_VISA =
  /\b(viza|visa) (pou|para|pa|to) (vin|vini|antre|venir|entrar|come to|enter|get into) (a |an |nan |to )?(meksik|mexico|isit|aqui)\b/u;

/** The US's visa and humanitarian permit, which a visa to Mexico is read as. */
const US_VISAS: ReadonlySet<string> = new Set(['us_visa_passport', 'us_humanitarian_visa']);

/** A visa to Mexico read as the US visa or permit: Mexico's papers, or the conversation's own matter (a body brought home…). */
export function mexicoVisaReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!US_VISAS.has(m.topic) || m.emergency || dialogue?.emergency || !MEXICO_VISA.test(folded)) return m;
  const own = dialogue?.topic && !US_VISAS.has(dialogue.topic) ? dialogue.topic : 'mx_status';
  return movedTo(m, own, { act: 'otherQuestion', confidence: 1, facets: [] });
}
