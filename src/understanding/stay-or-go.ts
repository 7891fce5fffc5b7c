/**
 * Whether to stay where one is or go, asked in a danger under way with a place or an office named ("should i stay
 * inside the store or go back to the migration office?"): the line on staying or leaving, not that office's procedure
 * (judge97's man followed after his deportation got the repatriation modules again). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { STAY_OR_LEAVE } from './emergency-message-parts.ts';
import { readInDanger } from './in-context-shapes.ts';

export function stayOrGoReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.emergency || m.emergency || m.act !== 'topic' || m.topic === 'human') return m;
  const stays = STAY_OR_LEAVE.exec(folded);
  if (!stays || stays.groups?.tell) return m;
  // The emergency's own reading of it: no procedure's passages kept to answer it instead of the line.
  return readInDanger(m, 'whatToDo', { staysOrGoes: true });
}
