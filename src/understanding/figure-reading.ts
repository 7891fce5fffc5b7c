/**
 * Paperwork said to be killing or drowning the one writing, with no danger the model reads (figure-words.ts): the
 * procedure, not the safety line ("me estan matando los tramites de la doble nacionalidad" got "if you are in danger
 * now, call 911" before the dual nationality, emerg-ee). Only where the danger is merely possible, outside an
 * emergency: a pattern's danger the model upholds stays. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { anyOf } from './detect-emergency.ts';
import { FIGURE_LIGHTLY, FIGURE_NOT_NOW, FIGURE_POSSIBLE_ONLY } from './figure-words.ts';

const FIGURE = anyOf([...FIGURE_NOT_NOW, ...FIGURE_LIGHTLY, ...FIGURE_POSSIBLE_ONLY]);

export function figureReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || m.danger !== 'possible' || dialogue?.emergency || !FIGURE?.test(folded)) return m;
  return { ...m, danger: 'none' };
}
