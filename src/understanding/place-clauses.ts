/**
 * Of a sentence that says where, the clauses that tell a call made ("ya llame pero no llegan, estoy en torreon colonia
 * las julietas": judge115's woman had the call noted as the place too) are left out; every other clause stays, a place
 * the test does not know included ("m nan Monterrey, m rete Guadalupe"). Pure.
 */
import { foldOnce } from './fold.ts';
import { HELP_CALLED } from './help-words.ts';

export function placeClauses(told: string, saysWhere: (part: string) => boolean): string {
  const clauses = told.split(/\s*[,;]\s*/).filter((clause) => clause.trim() !== '');
  if (clauses.length < 2) return told;
  const kept = clauses.filter((clause) => saysWhere(clause) || !HELP_CALLED.test(foldOnce(clause)));
  return kept.length && kept.length < clauses.length ? kept.join(', ') : told;
}
