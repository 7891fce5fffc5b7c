/**
 * In a danger, a call asked for at the end of what is told ("se llama ulises tiene 24 años lo dejaron cerca de sasabe.
 * alguien me puede hablar por favor", judge100; "can your office call someone there? his number is…", judge102): the words are noted for staff and the call is answered too (the
 * number and a good time), not dropped behind the note. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';

/** Someone asked to call or talk to the person, folded. */
const CALL_ASKED =
  /\b(alguien|someone|somebody|anyone|anybody|yon moun|kelkenn|pesonn)\b.{0,12}\b(puede|pueden|podria|can|could|ka|kapab)\b.{0,6}\b(hablar|hablarme|llamar|llamarme|marcar|marcarme|call|phone|talk to|rele)\b|\b(llamenme|hablenme|marquenme|llamame|hablame|marcame|llameme|hableme|marqueme|call me|rele m|rele mwen)\b|\b(can|could) (you|your office|the office|staff)( guys)? (call|phone)\b|\b(ustedes|la oficina|el instituto) (pueden|puede|podrian|podria) (llamar|llamarle|hablarle|marcarle)\b|\b(eske )?(nou|biwo a) (ka|kapab) rele\b/;

export function callAskedTooReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.emergency || m.act !== 'context' || m.alsoAsks || !CALL_ASKED.test(folded)) return m;
  const { slots: _told, ...rest } = m;
  // The call is what it asks: no passage the place's words matched ("Nuevo Laredo" got the repatriation points).
  const { answers: _matched, question: _asked, ...told } = m;
  return { ...told, alsoAsks: { ...rest, act: 'topic', topic: 'human' } };
}
