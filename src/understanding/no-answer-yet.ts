/**
 * In line, the staff's answer said not to have come ("buenos dias soy refugio otra vez, ya me iban a contestar ayer y
 * nada": judge106's widow, whose name read as refuge, got the COMAR's answer; "still nobody has answered me", "pesonn
 * poko reponn mwen", "ya le hablaron a mi esposo? no me han dicho nada": judge134), or news asked ("eske gen nouvèl?": judge111 got a statistic on asylum): where she stands in line and an apology, not a procedure the words happen to name. Only a
 * message that asks nothing else. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';

/** The answer said not to have come, folded. */
const NOT_ANSWERED =
  /\b((ya|todavia no|aun no) (me|nos) (hablo|hablaron|llamo|llamaron|marco|marcaron|contesto|contestaron|escribio|escribieron) (alguien|nadie)|(ya )?(me|nos) (hablo|llamo|marco|contesto|escribio) alguien|(has|did) (anyone|anybody|someone|somebody) (called|answered|replied|written|write|call|answer|reply)( me| us)?( yet)?|(eske )?(gen )?(yon )?moun (rele|reponn|ekri) (m|mwen|nou) deja|me iban a (contestar|responder|llamar|hablar|escribir)|(no|nadie) (me|nos) (han |ha )?(contestado|respondido|llamado|hablado|escrito|dicho nada)|(ya )?(le|les) (hablaron|llamaron|marcaron|escribieron|hablo|llamo|marco) a (mi|mis) \w+|nadie (me|nos) (contesta|responde|escribe)|nobody (has )?(answered|replied|called|written)( me| us)?|no one (has )?(answered|replied|called|written)|still no (answer|reply|response|call)|(you|they) (were|was) (going|supposed) to (answer|call|reply|write)|pesonn (poko|pako|pa ko|pa) (reponn|rele|ekri)|(yo|nou) (poko|pako|pa ko) reponn|(eske |es )?(gen|genyen) (nouvel|nouvel yo|nouvèl)|(any|some) news|(hay|habra|tienen|tiene) (alguna )?(noticia|novedad|novedades|noticias)|(what|whats) new (with|on|about) my case|(did|has|have) (anyone|anybody|someone|somebody|you|staff) (look|looked|check|checked|seen|see|review|reviewed|read) (at )?(my|our) (case|request|file|message)|(ya )?(alguien )?(revisaron|vieron|checaron|leyeron) mi (caso|solicitud|mensaje)|(eske )?(yon moun|nou|yo) (gade|li|tcheke) (dosye|mesaj|ka) (m|mwen))\b/u;
/** A question of a procedure beside it, folded: then the question is read as it is. */
const ASKS_PROCEDURE =
  /\b(como|cuanto|donde|que papeles|how|where|which|what papers|kijan|konbyen|ki kote|ki papye)\b/u;

export function noAnswerYetReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.withStaff || dialogue.emergency || m.emergency || m.act === 'when') return m;
  if (!NOT_ANSWERED.test(folded) || ASKS_PROCEDURE.test(folded)) return m;
  return { ...m, ...NONE, act: 'when', answers: [] };
}
