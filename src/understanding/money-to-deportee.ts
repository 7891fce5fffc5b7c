/**
 * Money sent by the family to someone deported, asked in the help after a deportation ("can my wife in durango send me
 * money over there", "mi hermana me puede mandar dinero hasta acá?": a deported man with no ID got who the
 * repatriation modules serve, sight81-a; the topic model hears remittances, a business's talk): the answer on cashing
 * a transfer with the repatriation certificate, which names the money transfer companies and the postal service; also
 * when the talk has gone on to work at home, and cashing it with no ID asked (sight86-a). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion } from './in-context-shapes.ts';
import { answeredBy } from './named-asked.ts';

/** Money sent to the one writing, asked, folded. */
const MONEY_SENT =
  /\b(send|wire|sends|wires) (me|us|him|her) (some )?money\b|\b(me|nos|le) (puede|pueden|podria|podrian) (mandar|enviar|depositar) (dinero|feria|lana|un giro)\b|\b(mandarme|enviarme|depositarme) (dinero|feria|lana)\b|\b(voye|depoze) (lajan|kob) (ban m|ba m|pou mwen|ban nou)\b|\b(me|nos|le) (va|van) a (mandar|enviar|depositar) (una |un |algo de )?(dinero|feria|lana|giro|envio)\b|^(?=.*\b(dinero|lana|feria|giro|envio|money|transfer|lajan|kob)\b).*\b(cobrar|cobro|collect|cash|touche)\b.{0,25}\b(con )?(ese|esa|este|esta|that|this|the|sa a|papye sa)\b.{0,6}\b(papel|constancia|paper|certificate|document|documento|papye)\b|\b(cobro|cobrar|recoger|recojo|pick (it )?up|collect|cash|touche)\b.{0,40}\b(sin|no tengo|no traigo|without|no|pa gen) (ine|identificacion|id|credencial|papeles|kat|pyes)\b/u;
/** The named answer on cashing money sent with the repatriation certificate. */
const COLLECT_MONEY = 'answer.collect_money';

export function moneyToDeporteeReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // After a deportation, or its talk gone on to work at home (sight86-a: "…como lo cobro si no tengo ine").
  const talk = dialogue?.topic === 'deportee_support' || dialogue?.topic === 'reintegration';
  if (!talk || m.emergency || busyWithQuestion(dialogue)) return m;
  if (m.topic === 'human' || !MONEY_SENT.test(folded)) return m;
  return answeredBy(m, 'deportee_support', COLLECT_MONEY);
}
