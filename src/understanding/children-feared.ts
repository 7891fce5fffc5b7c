/**
 * What a person fears calling for help brings: being deported (the emergency's answer on calling
 * without papers), or only that their children are taken from them ("si llamo al 911 no me van a
 * quitar a mis hijos el dif?", a Mexican mother at home in Durango): no word of papers or migration,
 * so the answer about migration status does not fit (judge79). Folded text. Pure.
 */
import { FEARS_DEPORTATION, POLICE_AND_PAPERS } from './follow-up-words.ts';

const CHILDREN_TAKEN =
  /\b(quitar|quiten|quitaran|quitan|llevar|lleven) (a )?(mis|mi|nuestros|los) (hijos|hijas|ninos|nina|nino|hijo|hija|bebe|chamacos|plebes)\b|\btake (away )?(my|our) (kids|kid|children|child|son|daughter|baby)\b|\bpran (pitit|timoun) (mwen|m|nou)\b/;
const PAPERS_OR_MIGRATION =
  /\b(papeles|documentos|papers|documents|papye|dokiman|migra|migracion|immigration|imigrasyon|migrasyon|deport\w*|depote|ice)\b/;

/** The fear of what help brings, if the message tells one ("si nos sacan, ¿nos van a deportar?"). */
export function fearedFromHelp(folded: string): 'deportation' | 'children' | null {
  const deported = FEARS_DEPORTATION.test(folded);
  if (!deported && !POLICE_AND_PAPERS.test(folded)) return null;
  return CHILDREN_TAKEN.test(folded) && !deported && !PAPERS_OR_MIGRATION.test(folded)
    ? 'children'
    : 'deportation';
}
