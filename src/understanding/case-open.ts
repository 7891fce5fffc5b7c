/**
 * Whether one's case is still open, asked in line ("is my case still open?", "¿sigo en la lista para el psicólogo?",
 * "èske dosye m toujou louvri?"): where they stand in the queue, not the topic the words name (judge101's pregnant
 * woman, back after a night, got psychological support; a woman who had thought of suicide got its first answer again).
 * The dialogue model's own cue for a case asked (dialogue.ts `asksCase`) is left as it is: changing its words means
 * retraining the model on them. Folded text. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';

const CASE_OPEN =
  /\b(is my case (still )?(open|active|there|on)|(am i|are we) still (in|on) (the )?(line|queue|list|waiting list)|still (in|on) the (list|line|queue|waiting list)|(sigo|sigue|seguimos|estoy|estamos) (todavia |aun )?en (la )?(lista|fila|cola)|mi caso (sigue|esta|todavia esta) (abierto|activo|vigente)|sigue (abierto|activo) mi caso|(dosye|ka) (m|mwen) (toujou )?(louvri|la|aktif)|(m|mwen) toujou nan (lis|liy|fil) (la|a))\b/u;

export function caseOpenReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.withStaff || dialogue.taken || m.emergency || !CASE_OPEN.test(folded)) return m;
  // Nothing else is asked: "is it still open?" is no office's opening hours.
  const { alsoAsks: _, ...rest } = m;
  return { ...rest, act: 'when', topic: 'none', facets: [], confidence: 0, candidates: [] };
}
