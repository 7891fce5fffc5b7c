/**
 * What happens to what one writes, asked ("do you save what i write?", "¿guardan lo que escribo?", "eske nou kenbe
 * sa m ekri?"): the office's answer on personal data, not the office's steps (sight71-a's man who asked who runs the
 * chat got how to come in). Not in an emergency, whose own reading answers it. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';

/** Keeping, reading or sharing what is written here, asked (folded). */
const PRIVACY_ASKED =
  /\b((do|does|will|would) (you|u|this chat|this|it|the office|staff) (save|saves|keep|keeps|store|stores|record|records|share|shares|read|reads)\w* (what|my|the|our|everything|this)|is (this chat|what i write|what i write here|my messages|this conversation) (private|confidential|safe|secure)|who (reads|sees|can see|can read) (this|what i write|my messages)|(guardan|graban|leen|comparten|se quedan con) (lo que (escribo|escribimos|les cuento|digo)|mis (mensajes|datos)|esta conversacion)|(es|sera) (privad[oa]|confidencial) (este chat|esto|lo que escribo|la conversacion)|(este chat|esto|la conversacion) es (privad[oa]|confidencial)|quien (lee|ve) (esto|lo que escribo|mis mensajes)|(eske )?nou (kenbe|sere|anrejistre|li|pataje) (sa (m|mwen) ekri|mesaj (m|mwen))|(chat sa a|sa a) (prive|konfidansyel)|kiyes ki (li|we) (sa (m|mwen) ekri|mesaj (m|mwen)))\b/u;

export function privacyAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || (m.topic === 'office_info' && m.act === 'topic')) return m;
  return PRIVACY_ASKED.test(folded) ? askedAs(m, 'office_info') : m;
}
