/**
 * The phone of a body the sources name, asked ("ki nimewo telefon CONASAMA a?", "cual es el telefono de la CNDH",
 * "what's COMAR's number"): that body's topic, whose passages say what the sources give of it (CONASAMA's number is
 * not in them), not the office's own phone (judge96's woman got the Institute's address and who the assistant is).
 * Not in an emergency, whose own reading answers numbers asked. Pure.
 */
import type { DialogueContext, Meaning, TopicId } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

/** A phone or number asked for, folded. */
const PHONE = /\b(telefono|tel|numero|phone|number|nimewo|telefon|contacto|contact)\b/;
/** Bodies the sources name, folded, and the topic whose answers speak of each. */
const BODIES: ReadonlyArray<readonly [RegExp, TopicId]> = [
  [/\bconasama\b/, 'psych_support'],
  [/\bcndh\b|\bderechos humanos\b/, 'legal_advice'],
  [/\bcomar\b/, 'asylum'],
  [/\bcnb\b|\bcomision (nacional )?de busqueda\b/, 'locate_person'],
  [/\bifdp\b|\bdefensoria\b/, 'legal_advice'],
  [/\bgrupos? beta\b/, 'transit_safety'],
];

export function bodyPhoneReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (dialogue?.emergency || m.emergency || m.topic === 'emergency') return m;
  if (!PHONE.test(folded) || !(asksSomething(text) || asksSomething(folded))) return m;
  const named = BODIES.filter(([words]) => words.test(folded)).map(([, topic]) => topic);
  const topic = named[0];
  if (!topic || named.some((other) => other !== topic) || m.topic === topic) return m;
  return askedAs(m, topic);
}
