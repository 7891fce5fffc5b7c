/**
 * Someone missing found or back, told in that danger ("li retounen!! li te lakay yon zanmi", "ya apareció,
 * estaba en casa de un primo", "we found her, she's ok"): the good news said back, never the danger come back (emerg-ga's
 * mother, whose son had not come home, got "keep writing where you are" and 911). Not an aggressor back ("he came back
 * drunk, he is at the door"), nor with a question of its own. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { asksSomething } from './question.ts';

/** Found, told outright and ending there ("we found her", "la encontramos"), never "we found her shoe", folded. */
const FOUND =
  /\b((lo|la|los|las) (encontramos|encontre|hallamos)|(we|i) found (him|her|them)|(nou|m|mwen) jwenn (li|l|yo))(?=$| (at|in|with|safe|alive|ok|okay|and|she|he|they|thank|gracias|esta|estaba|en|con|mesi|li|bondye|gras))/u;
/** Back or appeared, told, folded: found only with where they were or that they are well. */
const BACK =
  /\b((ya )?(regreso|volvio|aparecio)( a (la )?casa)?|(he|she|they) (came|got|is|s|re) (back|home)|(li|yo) (retounen|tounen)( lakay)?)\b/u;
/** Not yet found ("todavía no la encontramos", "we haven't found her", "nou poko jwenn li"), folded. */
const NOT_YET =
  /\b(no|not|todavia|aun|still|haven t|havent|have not|didn t|didnt|poko|pa|never|nunca)\b.{0,15}\b(encontr\w*|hall\w*|aparec\w*|found|find|jwenn|regres\w*|volvi\w*|llego|back|home|retounen|tounen)\b/u;
/** Where they were, with someone close, or that they are well, folded. */
const SAFE_WITH =
  /\b(en casa de (un|una|su|mi|sus|mis) \w+|(at|with) (a|his|her|my|their) (friend|friends|cousin|aunt|uncle|grandma|grandmother|neighbor)|lakay (yon|zanmi|kouzen|kouzin|matant|tonton|grann|vwazen)|kay (yon )?zanmi|gracias a dios|thank god|gras a dye|mesi bondye)\b|\b(esta bien|estan bien|(he|she|they) (s|is|are|re) (ok|okay|fine|safe)|li (byen|anfom))$/u;
/** An aggressor back or harm told with it, folded. */
const HARM =
  /\b(borracho|drunk|sou|grit\w*|yell\w*|scream\w*|peg\w*|hit\w*|golpe\w*|beat\w*|bat|frape|cuchillo|knife|kouto|arma|gun|zam|amenaz\w*|threat\w*|menase|puerta|door|pot|afuera|outside|deyo|herid\w*|hurt|blese|hospital|lopital|detenid\w*|detained|arete|migr\w*|estacion|station|lista|list|enojad\w*|angry|mad|fache|otra vez|again|anko)\b/u;

export function foundToldReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Only in a danger that is someone missing (view.ts sets it only then): an aggressor back is the danger again
  // (danger-back.ts).
  if (!dialogue?.missingOpen || asksSomething(text) || HARM.test(folded) || NOT_YET.test(folded)) return m;
  // A pattern's danger in the words stays; the model's alone does not ("li retounen!!" heard as the danger).
  if (m.emergency && m.emergency.pattern !== 'learned model') return m;
  if (!FOUND.test(folded) && !(BACK.test(folded) && SAFE_WITH.test(folded))) return m;
  const { slots: _, answers: __, emergency: ___, ...rest } = m;
  // It ends the danger: the calm line says they are back (calm.ts).
  return {
    ...rest,
    emergency: null,
    topic: 'none',
    confidence: 0,
    candidates: [],
    facets: [],
    act: 'safe',
    found: true,
  };
}
