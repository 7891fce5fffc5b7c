/**
 * A visit to a relative asked in a procedure's talk ("could i go visit her instead?" after the parents' visas, "¿y si
 * mejor voy yo a verla?", "èske m ka al vizite l?"): a question about that procedure's people, never the office's
 * address, which the topic model gives the word "visit" (emerg-fs's son, undocumented in Denver, got the street in
 * Durango). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Going to see or visit someone named by a pronoun or as kin, folded. */
const VISIT_KIN =
  /\b((go|come) (and )?(see|visit)|visit|ir a ver|ir a visitar|visitar|voy (yo )?a ver|ale we|al we|vizite|ale vizite|al vizite)\b( (her|him|them|my \w+|a mi \w+|a mis \w+))?\b|\b(verla|verlo|visitarla|visitarlo)\b/u;
/** Whom it names: a relative or a pronoun, not the office ("ir a verlos" may be the office's people: left out). */
const KIN =
  /\b(her|him|them|my (mom|mother|dad|father|parents|son|daughter|family|grandma|grandpa|wife|husband|brother|sister)|mi (mama|ama|papa|apa|madre|padre|hij[oa]|familia|abuel[oa]|espos[oa]|herman[oa])|verla|verlo|visitarla|visitarlo|(vizite|we) (l|li|yo|manman|papa|pitit))\b/u;
/** The office named: its visit is the office's. */
const OFFICE = /\b(office|oficina|oficinas|instituto|institute|biwo|enstiti|iapmf)\b/u;

export function visitNotOfficeReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const current = dialogue?.topic;
  if (m.topic !== 'office_info' || !current || current === 'office_info' || m.emergency) return m;
  if (busyWithQuestion(dialogue) || OFFICE.test(folded)) return m;
  if (!VISIT_KIN.test(folded) || !KIN.test(folded)) return m;
  return movedTo(m, current, { act: 'otherQuestion', confidence: 1, facets: [], question: true });
}
