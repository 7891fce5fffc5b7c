/**
 * A message that opens with a bare aspect asked and goes on with a statement ("cuanto cuesta? no tengo dinero, el era el
 * q mandaba dinero" after the remains' answer, judge104): the aspect of the topic under discussion, what follows being
 * why it is asked. The topic model read the statement's words (money sent home: remittances). Not in an emergency, a
 * form's question, or when the rest asks something of its own. Pure.
 */
import type { DialogueContext, Facet, Meaning } from '../core/types.ts';
import { foldOnce } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Bare aspects asked, folded, each the whole opening question. */
const ASPECTS: readonly [Facet, RegExp][] = [
  [
    'cost',
    /^(y |and |e |pero )?(cuanto (cuesta|cobran|sale|vale)|how much( is it| does it cost)?|konbyen (sa )?(koute|yo mande))$/u,
  ],
  [
    'time',
    /^(y |and |e |pero )?(cuanto (tiempo|tarda|se tarda|tardan)|how long( does it take)?|konbyen tan( sa pran)?)$/u,
  ],
  [
    'documents',
    /^(y |and |e |pero )?(que (papeles|documentos) (ocupo|necesito|piden)|what (papers|documents)( do i need)?|ki papye( yo mande)?)$/u,
  ],
];

export function openingAspectReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
): Meaning {
  const current = dialogue?.topic;
  if (!current || m.emergency || busyWithQuestion(dialogue) || m.topic === current || m.act !== 'topic')
    return m;
  const mark = text.indexOf('?');
  if (mark < 0) return m;
  const rest = text.slice(mark + 1);
  if (!rest.trim() || rest.includes('?')) return m;
  const opening = foldOnce(text.slice(0, mark));
  const facet = ASPECTS.find(([, asked]) => asked.test(opening))?.[0];
  return facet ? movedTo(m, current, { act: 'followUp', facets: [facet], confidence: 1 }) : m;
}
