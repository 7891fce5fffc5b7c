/**
 * Money sent by the family to someone deported, asked in the help after a deportation ("can my wife in durango send me
 * money over there", "mi hermana me puede mandar dinero hasta acá?": a deported man with no ID got who the
 * repatriation modules serve, sight81-a; the topic model hears remittances, a business's talk): the answer on cashing
 * a transfer with the repatriation certificate, which names the money transfer companies and the postal service. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion } from './in-context-shapes.ts';
import { answeredBy } from './named-asked.ts';

/** Money sent to the one writing, asked, folded. */
const MONEY_SENT =
  /\b(send|wire|sends|wires) (me|us|him|her) (some )?money\b|\b(me|nos|le) (puede|pueden|podria|podrian) (mandar|enviar|depositar) (dinero|feria|lana|un giro)\b|\b(mandarme|enviarme|depositarme) (dinero|feria|lana)\b|\b(voye|depoze) (lajan|kob) (ban m|ba m|pou mwen|ban nou)\b/u;
/** The named answer on cashing money sent with the repatriation certificate. */
const COLLECT_MONEY = 'answer.collect_money';

export function moneyToDeporteeReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (dialogue?.topic !== 'deportee_support' || m.emergency || busyWithQuestion(dialogue)) return m;
  if (m.topic === 'human' || !MONEY_SENT.test(folded)) return m;
  return answeredBy(m, 'deportee_support', COLLECT_MONEY);
}
