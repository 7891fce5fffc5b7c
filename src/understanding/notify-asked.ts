/**
 * In a danger, a relative asked to be told ("mi mamá está en el Mezquital, Durango, ¿le pueden avisar?", "can you call
 * my wife and tell her?", "èske nou ka rele manman m?": a man locked in by the coyote got the US visa's answer, the
 * town's words read as a procedure, emerg-ey): what the person wrote, kept for staff like any detail. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';

/** A relative, or the family, asked to be told or called, folded. */
const NOTIFY_ASKED =
  /\b(le|les|lo|la) (pueden|puede|podrian|podria|podran) (avisar|llamar|marcar|hablar|decir|escribir)\b|\b(avisenle|avisele|llamenle|marquenle|avisen a|llamen a)\b|\b(can|could|will|pls|please) (you|u|you guys|someone|somebody|anyone) (tell|call|let|notify|contact|text|message) (my|her|him|them)\b|\b(nou|ou|yon moun) (ka|kapab) (rele|avize|di|ekri) (manman|papa|fanmi|madanm|mari|fre|se)\b/u;

/** A call or a word to anyone refused, folded. */
const REFUSED =
  /\b(no|don t|dont|do not|pa)\b.{0,12}\b(avis\w*|llam\w*|marqu\w*|habl\w*|call|tell|rele|avize)\b/u;

export function notifyAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.emergency || m.emergency || m.topic === 'human' || m.topic === 'emergency') return m;
  // "no le avisen a nadie", "don't call anyone": a refusal, not a request (the danger's own reading answers it).
  if (!NOTIFY_ASKED.test(folded) || REFUSED.test(folded)) return m;
  return { ...m, ...NONE, act: 'context', answers: [] };
}
