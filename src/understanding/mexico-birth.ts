/**
 * A baby born or to be born in Mexico to parents from abroad ("cuando nazca el bebé aquí en México
 * ¿lo puedo registrar aunque no tenga papeles?", "èske m ka fè papye pou bebe a lè l fèt isit?"):
 * registering that birth in Mexico, which the foreigner's status entry tells (the civil registries
 * of Chiapas), not dual nationality, which registers a birth in the US (emerg-ca: a Salvadoran
 * woman in Matamoros got the US-birth answer). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';
import { bornInUs } from './us-born.ts';

/** Born, or to be born, here or in Mexico; folded. */
const BORN_HERE =
  /\b(nazca|nacio|nacido|nacida|naciera|nace|nacer|born|fet|pral fet)\b.{0,20}\b(aqui|aca|here|isit|en mexico|in mexico|nan meksik|an meksik)\b/u;
/** Mexico said outright: "here" is Mexico then, whoever writes. */
const IN_MEXICO = /\b(en|in|nan|an) (mexico|meksik)\b/u;

export function mexicoBirthReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // "Fèt Etazini… nan Meksik" is a US birth registered in Mexico: dual nationality indeed.
  if (m.topic !== 'dual_nationality' || m.emergency || !BORN_HERE.test(folded) || bornInUs(folded)) return m;
  // "Here" is Mexico for a foreigner in Mexico, or when Mexico is named; else it may be the US.
  if (!dialogue?.foreigner && !IN_MEXICO.test(folded)) return m;
  // Asked of the registration, not an aspect of the status: the passage that tells it answers.
  return movedTo(m, 'mx_status', { confidence: 1, act: 'otherQuestion', facets: [] });
}
