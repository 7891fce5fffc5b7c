/**
 * A threat made again after the first reply ("they called again now, they said tonight", "volvieron a hablar",
 * "yo rele m ankò"), asking what to do: in a ransom or an extortion, the line for money asked under
 * threat (do not pay yet, call 911 before depositing anything), said once, not the kind's first line again
 * (judge127's mother of a son held for ransom got the first line twice). Pure.
 */
import { foldText } from './fold-text.ts';

/** Dangers where money is what the callers want (never a partner's or a child's: a review got "do not pay yet"). */
const MONEY_KINDS = new Set(['extortion', 'kidnapping']);

const RENEWED =
  /\b(called|call|calling|texted|messaged) (me |us )?(again|back)\b|\b(volvieron|volvio) a (llamar|hablar|marcar|escribir)\b|\b(llamaron|hablaron|marcaron|escribieron|llamo|hablo) (otra vez|de nuevo|again)\b|\b(rele|relem|rele m|ekri) (m |mwen |nou )?(anko|ankò|yon lot fwa)\b/;

/** Someone else who called back: the police, the one held, or news that all is well ("he escaped and hes ok"). */
const NOT_THEM =
  /\b(police|policia|polis|lapolis|911|cops|operator|my son|my daughter|mi hijo|mi hija|pitit (mwen|m)|escaped|escapo|se escapo|safe|a salvo|ok|okay)\b/;

/** Whether the message tells the threat came again and the money line is still unsaid. */
export function threatRenewed(kind: string, text: string, said: readonly string[]): boolean {
  if (!MONEY_KINDS.has(kind) || said.includes('extortion')) return false;
  const folded = foldText(text);
  return RENEWED.test(folded) && !NOT_THEM.test(folded);
}
