/**
 * What a person says of the answers, in words the phrase lists do not hold: a complaint that they
 * did not help ("this is useless", "no sirve de nada", "sa pa sevi anyen", "forget it") or said the
 * same again, and news closed with thanks or a goodbye. Kept out of knowledge/signals/dialogue.yaml
 * on purpose: that list's phrases are also the dialogue model's training examples, and adding "pa
 * que sirve esto" there turned "¿para qué sirve esa constancia?" into a complaint. Pure.
 */
import { foldedWords } from './fold.ts';
import { asksSomething } from './question.ts';
import { sentencesOf } from './question-part.ts';

export const USELESS =
  /\b(this is|thats|that s|that is|you re|youre|you are|so) useless\b|^useless\b|\bforget it\b|\b(you re|youre|you are|this is|this isn t|this isnt) not helping\b|\bno (me )?sirve(s)? (de|pa) nada\b|\besto no sirve\b|\b(ya |mejor )?olvidalo\b|\bno me (estas|esta) ayudando\b|\bsa pa (sevi|itil) (anyen|a anyen)\b|\bou pa itil\b|\bbliye sa\b/;

/**
 * The complaint that an answer was said again ("eso ya me lo dijiste", "bro you literally said the
 * same thing twice", "parece grabadora", "se menm bagay la ankò"): a new writer's people got "You are
 * welcome" for it, the dialogue model reading thanks in a line with no question.
 */
export const REPEATED =
  /\bya me lo (dijiste|habias dicho|has dicho|mandaste)\b|(^|\beso |\busted )ya me lo (dijo|habia dicho|ha dicho|mando)\b|\b(me )?(dices|dice|repites|repite|mandas|manda) lo mismo\b|\botra vez lo mismo\b|\bpareces? (una )?grabadora\b|\bdisco rayado\b|\b(you|u) (literally |just |already )?(said|told me|sent|say) (the )?(same|that|this)( thing)?( already| twice| again| before)\b|\bsame (thing|answer|message|text) (again|twice|over)\b|\b(you re|youre|you are|u r|you keep|u keep) repeating\b|\byou already (said|told me|sent) (that|this|me that)\b|\bmenm (bagay|repons|mesaj) (la )?anko?\b|\b(ou|w|nou) (deja|te) (di|voye) m (sa|li)\b|\bse menm (bagay|repons) (la )?(ou|w) (di|voye)\b/;

/** The answers did not help, or said the same again: a complaint about them. */
export const complainsOfAnswers = (folded: string): boolean => USELESS.test(folded) || REPEATED.test(folded);

/** The last sentence only closes: thanks, a blessing or a goodbye, with an "ok" or "well" before it. */
const CLOSES =
  /^(ok |okay |bueno |pues |bon |well |alright |anyway |oui |wi |dako )?(muchas gracias|muchas grasias|mil gracias|gracias|grasias|adios|bye|goodbye|thank you|thanks|thx|ty|good ?night|buenas noches|bon nwit|bon nuit|bonswa|orevwa|mesi anpil|mesi|bendiciones|dios (le|te|los) bendiga|god bless|hasta luego|nos vemos|see you|cuidese|take care)( (de verdad|again|a todos|a todas|anpil|pou tout|so much|a lot|all|you all|por todo|for everything|bye|adios|orevwa|bon nwit))*$/;

/** Acts a closing line outweighs: what the news before it seemed to do ("no te pregunté eso, solo te doy las gracias. adiós"). */
const OUTWEIGHED = new Set(['context', 'new_topic', 'ask_other', 'correction', 'greeting', 'complaint']);

/** Thanks said somewhere in the message: a complaint read in it is only a goodbye's preface then. */
const THANKED = /\b(gracias|thanks|thank you|thx|mesi|merci)\b/;

/** Words of news before the closing from which it is news, not a fact for the answer ("tiene 67. gracias"). */
const NEWS_WORDS = 4;

/**
 * Thanks first, then good news ("ok thank you so much, good news my daughter just got her visa approved!",
 * "mil gracias, ya le aprobaron la visa a mi mamá"): news to share, not the procedure asked again (a judge's
 * mother got the visa's first answer again).
 */
const THANKS_THEN_GOOD_NEWS =
  /^(ok |okay |bueno |pues |oh |wow )?(muchas gracias|mil gracias|gracias|thank you|thanks|thx|ty|mesi anpil|mesi)\b.*\b(good news|great news|buenas noticias|bon nouvel|approved|aprobad[oa]s?|(ya )?(me|le|nos|les) (la |lo )?(aprobaron|entregaron)|(just|finally|already) got|(li|m|mwen|nou) (resevwa|jwenn) (viza|paspo|papye|dokiman|apostiy))\b/;

/**
 * The message (`words`: folded) ends with a closing of its own, asks nothing, and was read as news or a question no
 * word asks ("ya me atendieron en el centro de salud, me dieron antibiótico. muchas gracias de
 * verdad", "mwen pa bezwen biznis, jis voye lajan. bon nwit"): the news is for staff, the closing
 * wants the reply (a hand judge saw eight such goodbyes answered with a topic's text). A figure
 * told ("tiene 67", "llevo 12 años") still gets the answer it bears on.
 */
export function closesWithNews(text: string, words: readonly string[], act: string): boolean {
  if (!OUTWEIGHED.has(act) || asksSomething(text) || /\d/.test(text)) return false;
  if (THANKS_THEN_GOOD_NEWS.test(words.join(' '))) return true;
  // "ou pa ka ede m. bye" is a complaint that leaves: sorry and a person, not "no problem".
  if (act === 'complaint' && !THANKED.test(words.join(' '))) return false;
  const sentences = sentencesOf(text);
  const last = sentences.at(-1);
  const news = foldedWords(sentences.slice(0, -1).join(' '));
  return news.length >= NEWS_WORDS && last !== undefined && CLOSES.test(foldedWords(last).join(' '));
}
