/**
 * Where Mexico's migration office is, asked ("where is the INM office here in torreon", "ki kote biwo migrasyon an
 * ye?"): the status topic's where, not this office's address, which the topic model gives the word "office"
 * (judge99's Honduran, his case still urgent, got the Institute's street in Durango). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { MOVED_SURE, movedTo } from './in-context-shapes.ts';

/** The INM's office named, folded. */
const INM_OFFICE =
  /\b(inm|migracion|migration|immigration|imigrasyon|migrasyon)( [a-z]+)? (office|offices|oficina|oficinas|biwo)\b|\b(office|offices|oficina|oficinas|biwo) (of |de |del |de la )?(inm|migracion|migration|immigration|imigrasyon|migrasyon)\b/;

export function inmOfficeReading(
  m: Meaning,
  _text: string,
  _dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.topic !== 'office_info' || m.emergency || !INM_OFFICE.test(folded)) return m;
  return movedTo(m, 'mx_status', {
    act: 'topic',
    facets: ['where'],
    confidence: Math.max(m.confidence, MOVED_SURE),
  });
}
