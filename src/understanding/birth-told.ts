/**
 * A baby born and mother and child well, told in a labour's danger or after it ("ya nació mi niña, están bien las
 * dos", "bebe a fèt! se yon ti gason, tou 2 byen", "the baby is here, both are fine"): the good news said back, not
 * "noted" as where they are, nor the Grupos Beta's card, nor a US birth's papers (emerg-fq). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { asksSomething } from './question.ts';

/** A birth told as done, folded. */
const BORN =
  /\b(ya (nacio|nacieron)|acaba de nacer|(?<!(que|q|k) )nacio (mi|el|la|nuestr[oa]) (nin[oa]|bebe|hij[oa]|chamac[oa]|babi|baby)|ya (di|dio|dimos) a luz|ya se alivio|(the )?baby (is|was|s) (born|here|out)|(she|my wife|my girlfriend|we) (had|gave birth to|delivered) (the|a|our|her) (baby|boy|girl)|(she|my wife) gave birth|(bebe a|pitit la|ti bebe a) (fet|fin fet|soti)|(li|madanm mwen|m|mwen) (fin )?akouche( deja)?)\b/u;
/** Mother or child said well, folded. */
const WELL =
  /\b(bien|bn|sanos|sanas|sano|sana|well|fine|ok|okay|healthy|good|byen|anfom|an sante|tou de|tou 2|toude)\b/u;
/** A question told with it, folded. */
const ASKS = /\b(pregunta|preguntar|quiere saber|queria saber|wants to know|asks|mande|vle konnen)\b/u;
/** Something still wrong said with it ("nació pero no respira", "the baby is born but she is bleeding"). */
const NOT_WELL =
  /\b(pero|but|men|no respira|not breathing|pa respire|sangr\w*|bleed\w*|senyen|muri\w*|died|mouri|grave|malad|sick|enferm\w*)\b/u;

export function birthToldReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!(dialogue?.emergency || dialogue?.urgentOpen) || m.emergency) return m;
  // Not with a question of its own ("…los dos bien. ahora el esposo pregunta si…"), which is answered instead.
  if (!BORN.test(folded) || !WELL.test(folded) || NOT_WELL.test(folded) || ASKS.test(folded)) return m;
  if (asksSomething(text)) return m;
  const { slots: _, answers: __, ...rest } = m;
  // In the danger, it ends it (the calm line says the birth); after it, a word back where they wait.
  return dialogue.emergency
    ? { ...rest, topic: 'none', confidence: 0, candidates: [], facets: [], act: 'safe', born: true }
    : { ...rest, topic: dialogue.topic ?? 'none', candidates: [], facets: [], act: 'context', born: true };
}
