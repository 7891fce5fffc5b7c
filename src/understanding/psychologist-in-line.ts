/**
 * A psychologist asked for while already in the staff's line ("eske gen sikològ? m bezwen pale ak yon moun sou sa k te
 * pase a": judge133's man beaten by the police, queued already, got the list of the Institute's posts): the support the
 * sources describe, not a person asked again. Outside the line, "I want to talk to a psychologist" keeps its reading. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';

/** A psychologist or therapy named, folded. */
const PSYCHOLOGIST =
  /\b(psicolog\w*|psychologist\w*|psychology|therap\w*|terapia|terapeuta|counsel\w*|sikolog\w*|sikoloji|terapi)\b/u;

export function psychologistInLineReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.withStaff || dialogue.emergency || m.emergency || m.topic !== 'human') return m;
  if (!PSYCHOLOGIST.test(folded)) return m;
  return { ...askedAs(m, 'psych_support'), answers: [] };
}
