/**
 * A threat made again after the first reply ("they called again now, they said tonight", "volvieron a hablar",
 * "yo rele m ankò"), or the one held not answering: in a ransom or an extortion, the line for money asked under
 * threat (do not pay yet, call 911 before depositing anything), not the kind's first line again (judge127's mother
 * of a son held for ransom got the first line twice); said before, emergency.ts gives it in other words. Pure.
 */
import type { Meaning } from '../../src/core/types.ts';
import { foldText } from './fold-text.ts';

/** Dangers where money is what the callers want (never a partner's or a child's: a review got "do not pay yet"). */
const MONEY_KINDS = new Set(['extortion', 'kidnapping']);

const RENEWED =
  /\b(called|call|calling|texted|messaged) (me |us )?(again|back)\b|\b(volvieron|volvio) a (llamar|hablar|marcar|escribir)\b|\b(llamaron|hablaron|marcaron|escribieron|llamo|hablo) (otra vez|de nuevo|again)\b|\b(otra vez|de nuevo) (me |nos )?(llamaron|hablaron|marcaron|escribieron|llamo|hablo|marco)\b|\b(rele|relem|rele m|ekri) (m |mwen |nou )?(anko|ankò|yon lot fwa)\b/;

/** Someone else who called back: the police, the one held, or news that all is well ("he escaped and hes ok"). */
const NOT_THEM =
  /\b(police|policia|polis|lapolis|911|cops|operator|my son|my daughter|mi hijo|mi hija|pitit (mwen|m)|escaped|escapo|se escapo|safe|a salvo|ok|okay)\b/;

/**
 * Acts a renewed threat is read as: what to do asked, the danger told again, or told alone ("ya me volvieron a
 * marcar, me dan 1 hora pa depositar": emerg-gy got the message quoted back as noted).
 */
const RENEWED_ACTS = new Set<Meaning['act']>(['whatToDo', 'context', 'emergency']);

/**
 * The one said to be held not answering their phone, told ("pero mi hermano no contesta el cel, estoy muy asustada":
 * emerg-gy got the search's offices): the ransom goes on, whatever procedure the words are read as.
 */
const UNREACHED =
  /\b((mi|my|our|nuestro|nuestra)\s+(hermano|hermana|hijo|hija|primo|prima|esposo|esposa|marido|papa|mama|tio|tia|sobrino|sobrina|nieto|nieta|brother|sister|son|daughter|cousin|husband|wife|dad|mom|father|mother|uncle|aunt|nephew|niece)|(he|she|el|ella)|(fre|se|pitit|mari|madanm|kouzen|kouzin|papa|manman)\s+(m|mwen))\s+(ya\s+)?(no (me )?(contesta|responde)|(still )?(doesn t|does not|isn t|is not|won t|didn t) (answer|pick up|respond)|not (answering|picking up)|(poko |pa )(reponn|pran telefon))\b/;

/** The call said not to have come again, folded. */
const NOT_AGAIN =
  /\b(pa|no|didn t|did not|haven t|have not|hasn t|has not|no han|no me han|ya no|never)\s+(\w+\s+)?(rele|relem|llamado|llamaron|llamo|hablaron|hablado|marcaron|marcado|called|call|texted|escribieron)\b/;

/** Someone else not answering: the police, 911, a consulate, the office, the callers (a review). */
const NOT_THEM_UNREACHED =
  /\b(police|policia|polis|lapolis|911|089|consulado|consulate|konsila|oficina|office|biwo|kidnappers|secuestradores|los que|the people who|moun ki)\b/;

/** Whether the message tells the threat came again (asked again, emergency.ts says the line in other words). */
export function threatRenewed(m: Meaning | null, kind: string, text: string): boolean {
  if (!m || !MONEY_KINDS.has(kind)) return false;
  const folded = foldText(text);
  const asks = m.question === true || text.includes('?');
  if (UNREACHED.test(folded) && !NOT_THEM_UNREACHED.test(folded) && !asks) return true;
  // Not called again ("yo pa rele ankò"), or told beside a question that wants its own answer (emerg-eo's card asked).
  const asksElse = m.act !== 'whatToDo' && asks;
  return (
    RENEWED_ACTS.has(m.act) &&
    RENEWED.test(folded) &&
    !NOT_THEM.test(folded) &&
    !NOT_AGAIN.test(folded) &&
    !asksElse
  );
}
