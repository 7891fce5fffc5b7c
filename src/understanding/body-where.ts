/**
 * Where a public body is, asked by its name ("kote IFDP la ye? mwen bezwen adrès la", "¿dónde queda la COMAR?":
 * judge115's Haitian got who the Institute serves, then the Institute's own street): the where of the topic that
 * names the body, which says what the sources give of its offices and, where they give none, says so. Pure.
 */
import type { DialogueContext, Meaning, TopicId } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** Where asked, folded. */
const WHERE =
  /\b(kote|ki kote|donde|adonde|onde|ande|where|address|adres|adrès|direccion|ubicacion|ubicad[oa]s?)\b/u;
/** Bodies the sources name without their offices, and the topic that says so. */
const BODIES: ReadonlyArray<readonly [RegExp, TopicId]> = [
  [/\b(ifdp|defensoria publica|cndh|comision nacional de (los )?derechos humanos)\b/u, 'legal_advice'],
  [/\b(comar|komar)\b/u, 'asylum'],
];

export function bodyWhereReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || busyWithQuestion(dialogue) || !WHERE.test(folded)) return m;
  const named = BODIES.filter(([body]) => body.test(folded));
  if (named.length !== 1) return m;
  const [, topic] = named[0] as readonly [RegExp, TopicId];
  return askedAs(m, topic, ['where']);
}
