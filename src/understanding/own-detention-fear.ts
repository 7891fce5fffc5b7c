/**
 * On the road, the person's own fear of being caught where help is ("la Siglo XXI no es la estación de
 * migración? ¿me van a detener?", "will they report me to migra if i go?", "yo pa p arete m si m ale?")
 * asks about that help, not about finding a detained relative: the topic model reads the detention's
 * words as a search for someone held (locate_person) or as legal help, and the conversation left the
 * clinic it was about (the sets developed against: 11 such turns after a child's fever in Tapachula).
 * The road's topic stays, as a follow-up; its passages (care without papers, Tapachula's two points)
 * are searched again by late-readings.ts. A relative named as the one caught is not this. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { fold } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Being caught, detained or reported oneself (first person, folded). */
const OWN_DETENTION =
  /\b((me|nos) (van a|vayan a|va a|pueden|puedan|podrian|irian a) (detener|agarrar|encerrar|deportar|arrestar|entregar|reportar|regresar|echar)|(me|nos) (detienen|detendran|agarran|agarra|encierran|deportan|arrestan|entregan|reportan)|(no )?(me|nos) agarra (la )?migra\w*|(will|would|can|could|do|does) (they|the doctors?|the nurses?|the clinic|the hospital|migra|ice|immigration|the police) (detain|arrest|deport|lock up|catch|report|call migra on|turn in|take) (me|us)|(get|be) (me |us )?(detained|arrested|deported|locked up|caught|reported)|(yo|migrasyon|la migra|polis la)? ?(pa )?(p|pral|ap|ka|va) (arete|fem|fe m|fèmen|femen|depote|kenbe|pran) (m|mwen|nou)\b)/u;
/** A relative named as the one held: the search it may well be. */
const RELATIVE_HELD =
  /\b(mi|mis|my|his|her|our|nuestr[oa]s?) (hij[oa]s?|herman[oa]s?|espos[oa]|mam[aá]|pap[aá]|tio|tia|prim[oa]|son|daughter|brother|sister|husband|wife|mom|dad|uncle|cousin)\b.{0,30}\b(detenid[oa]|agarrad[oa]|encerrad[oa]|detained|arrested|held|locked)|\b(pitit|fre|se|mari|madanm|manman|papa) (m|mwen)\b.{0,30}\b(arete|fèmen|femen|nan prizon)\b/u;
/** Topics the model files one's own fear of detention under. */
const DETENTION_READS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'locate_person',
  'legal_advice',
  'deportee_support',
]);

export function ownDetentionFearReading(
  m: Meaning,
  _text: string,
  dialogue?: DialogueContext,
  folded = fold(_text),
): Meaning {
  if (dialogue?.topic !== 'transit_safety' || !DETENTION_READS.has(m.topic)) return m;
  if (m.emergency || busyWithQuestion(dialogue)) return m;
  if (!OWN_DETENTION.test(folded) || RELATIVE_HELD.test(folded)) return m;
  return movedTo(m, 'transit_safety', { act: 'followUp', confidence: 1 });
}
