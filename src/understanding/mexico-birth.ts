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
/** A baby's birth to register, asked by one from abroad ("can I register my baby in registro civil without my passport?"). */
const BABY_REGISTERED =
  /\b(register|registrar\w*|registro civil|birth certificate|acta de nacimiento|anrejistre)\b.{0,40}\b(baby|bebe|bebes|newborn|recien nacid[oa]|ti bebe)\b|\b(baby|bebe)\b.{0,30}\b(register|registrar\w*|birth certificate|acta de nacimiento|anrejistre)\b/u;
/** Topics such a birth is read as by mistake: the US birth, or asylum (status's own answers tell family unity). */
const MISREAD = new Set(['dual_nationality', 'asylum']);
/** Mexico said outright: "here" is Mexico then, whoever writes. */
const IN_MEXICO = /\b(en|in|nan|an) (mexico|meksik)\b/u;

export function mexicoBirthReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // "Fèt Etazini… nan Meksik" is a US birth registered in Mexico: dual nationality indeed.
  if (!MISREAD.has(m.topic) || m.emergency || bornInUs(folded)) return m;
  // A birth said to be here, or a baby to register (judge96's Venezuelan mother got refuge's eligibility, then the US birth).
  if (!BORN_HERE.test(folded) && !BABY_REGISTERED.test(folded)) return m;
  // "Here" is Mexico for a foreigner in Mexico, or when Mexico is named; else it may be the US.
  if (!dialogue?.foreigner && !IN_MEXICO.test(folded)) return m;
  // Asked of the registration, not an aspect of the status: the passage that tells it answers.
  return movedTo(m, 'mx_status', { confidence: 1, act: 'otherQuestion', facets: [] });
}
