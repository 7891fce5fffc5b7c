/**
 * Where one is told, far from the danger, or oneself safe, with what to do asked ("m nan New York, kisa pou m fe?",
 * "estoy en Chicago, que hago?", "yo no estoy en peligro… q mas hago"): what a relative far away can do (write here, someone near
 * calls 911, 089), not the procedure talked about before nor the safety line for the one in danger (emerg-gm's
 * cousin in New York got a card's steps). Folded text.
 */
import { US_PLACE } from './us-born.ts';
import { WHAT_NOW_ASKED } from './wait-asked.ts';

/** One's own place in the US said first, folded. */
const AFAR_TOLD = new RegExp(
  `^(yo |pues |bueno |ok |well |so |mwen menm )?(m|mwen|estoy|vivo|ando|i m|im|i am|i live) (nan|en|in|aqui en|here in|isit nan)( el| the)? (${US_PLACE})\\b`,
);

/** Not in danger oneself, said ("yo no estoy en peligro yo estoy en durango, mi hermano esta en altar": judge128). */
const SAFE_SELF =
  /\b((yo )?no estoy en peligro|(i m|im|i am) not in danger|(i m|im|i am) safe|(m|mwen) pa an danje)\b/;
/** Safe only for now ("not in danger right now, but he's coming back tonight": a review), folded. */
const NOT_YET = /\b(pero|but|men|todavia|ahorita|por ahora|right now|for now|yet|kounye a|poko)\b/;
/** What else to do ("q mas hago", "what else can i do"), folded. */
const WHAT_ELSE =
  /\b(que|q|k|ke) mas (hago|hacemos|puedo hacer|podemos hacer|le hago)\b|\bwhat else (can|do|should) (i|we) do\b|\bkisa (anko|lot) (m|mwen|nou) (ka|dwe) fe\b/;

/**
 * Whether the message tells it is written from afar and asks what to do: from the US only where the message tells
 * no danger of its own (the model's act), safe oneself whatever the model read in it.
 */
export const afarWhatNow = (folded: string, danger: boolean): boolean =>
  ((AFAR_TOLD.test(folded) && !danger) || (SAFE_SELF.test(folded) && !NOT_YET.test(folded))) &&
  (WHAT_NOW_ASKED.test(folded) || WHAT_ELSE.test(folded));
