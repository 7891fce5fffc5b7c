/**
 * The writer's own group or family on its way north through Mexico, told as news ("bonjou nou nan yon gwoup 12 moun
 * nou nan Oaxaca nou pral nan fwontye a": sight78-a, read as the search for a relative): help on the road. Never a
 * relative sought, missing or dead, which those topics answer. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** The writer, or the writer's group, heading for the border or the north, folded. */
const HEADING =
  /\b(nou pral|n ap ale|nou prale|m pral|mwen pral|we re (going|heading)|were (going|heading)|we are (going|heading)|i m (going|heading)|im (going|heading)|vamos (rumbo a|para|pa|hacia)|voy (rumbo a|para|pa|hacia)|(m|mwen|n|nou) ap vwayaje|(i m|im|we re|were|we are|i am) (traveling|travelling)|(voy|vamos) viajando|viajo|viajamos)\b.{0,20}\b(fwontye|frontera|border|el norte|the north|etazini|estados unidos|the us|usa)\b/u;
/** Going north said as such ("m ap vwayaje ak pitit mwen pou m ale nan nò": sight90-a), folded. */
const NORTH =
  /\b(ale|prale|pral|vwayaje|going|heading|traveling|travelling|voy|vamos|viajo|viajamos|ir)\b.{0,12}\b(nan no|pou no|al norte|pal norte|para el norte|up north|to the north)\b/u;
/** Someone sought, missing or dead: the search's or the remains' message, folded. */
const SOUGHT =
  /\b(cheche|chache|disparet|pa gen nouvel|busco|buscar|desaparecid\w*|no se nada|missing|looking for|find|mouri|muri\w*|murio|fallec\w*|died|dead)\b/u;
/** What such news was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'locate_person',
  'remains_repatriation',
  'none',
  // "m ap vwayaje al nan fwontye a ak madanm mwen… ki moun ki ka ede nou sou wout la" (sight85-a)
  'psych_support',
]);

export function onTheRoadReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || !MISREAD.has(m.topic) || busyWithQuestion(dialogue)) return m;
  if (!(HEADING.test(folded) || NORTH.test(folded)) || SOUGHT.test(folded)) return m;
  return askedAs(m, 'transit_safety', m.facets);
}
