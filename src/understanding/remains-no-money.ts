/**
 * No money to bring the body home, told while the remains are talked about ("si nou pa gen kòb pou voye l, ki lòt
 * solisyon?": sight94-a's Haitian family got the road's Grupos Beta, the topic model hearing "voye" as the road): the
 * remains' answer for families without the money. Not in a danger or a form's question. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion } from './in-context-shapes.ts';
import { answeredBy } from './named-asked.ts';

/** Money lacked, told, folded. */
const NO_MONEY =
  /\b(no (tenemos|tengo|hay|alcanza)( (el|la|para el|pa el))? (dinero|lana|feria|pa pagar|para pagar)|sin dinero|(we|i) (don t|dont|do not|can t|cant|cannot) (have (the |enough )?money|afford( it)?)|no money|(nou|m|mwen) pa gen (kob|lajan)|pa gen kob)\b/u;
/** Readings such a message is taken for: the road, sending money, a deportation (read as the remains, its cost stands). */
const MISREAD = new Set(['transit_safety', 'productive_projects', 'deportee_support', 'none']);

export function remainsNoMoneyReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (dialogue?.topic !== 'remains_repatriation' || dialogue.first || busyWithQuestion(dialogue)) return m;
  if (m.emergency || !MISREAD.has(m.topic) || !NO_MONEY.test(folded)) return m;
  return answeredBy(m, 'remains_repatriation', 'answer.no_money');
}
