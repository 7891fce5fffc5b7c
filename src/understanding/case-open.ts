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

/** When someone will write or call, asked in line ("kilè sikològ la ap ekri m?", "¿cuándo me va a llamar la psicóloga?"). */
const WHEN_CONTACTED =
  /\b(kile|kil\u00e8|cuando|when)\b.{0,30}\b((ap|pral|va) (ekri|rele|reponn) (m|mwen)|(me|nos) (va|van) a (escribir|llamar|hablar|marcar|contestar)|(me|nos) (escribe|escriben|llama|llaman|habla|hablan|contesta|contestan)|will (\w+ )?(write|call|text|contact|answer|reach) (me|us)|(is|are) (\w+ )?(going to|gonna) (write|call|text|contact|answer) (me|us))\b/u;

/** Nobody yet, said in line ("still nobody? its been a while", "todavía nadie?", "pèsonn poko ekri m"). */
const NOBODY_YET =
  /^((ok|and|y|e|hello|hola|alo|oye|hey) )*(still nobody|nobody yet|no one yet|still no one|todavia nadie|aun nadie|nadie todavia|nadie aun|sigue sin contestar nadie|toujou pa gen pesonn|pesonn poko (ekri|reponn)( m| mwen)?)\b/u;

/** "still nobody answered. meanwhile can you help me with the DS-160?" asks more than the wait (session 64). */
const NOBODY_WORDS = 8;

export function caseOpenReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.withStaff || dialogue.taken || m.emergency) return m;
  // When someone will write, or nobody yet: the wait; in a danger the topic stays the emergency's (a topic of none there
  // left a message after staff closed it read as a first one: emerg-af).
  const waited =
    WHEN_CONTACTED.test(folded) || (NOBODY_YET.test(folded) && folded.split(' ').length <= NOBODY_WORDS);
  if (!CASE_OPEN.test(folded) && !waited) return m;
  // Nothing else is asked: "is it still open?" is no office's opening hours.
  const { alsoAsks: _, ...rest } = m;
  const topic = dialogue.emergency ? 'emergency' : 'none';
  return { ...rest, act: 'when', topic, facets: [], confidence: 0, candidates: [] };
}
