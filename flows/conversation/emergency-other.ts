/**
 * A danger told of someone else by a relative or friend who is not with them ("my cousin is lost in the desert, she
 * texted me she has no water", "a mi hermano lo dejaron en el desierto", "kouzen m pèdi nan dezè a"): the lines after
 * the first reply are for the one writing, who is safe and far (judge124's sister "yo estoy bien en mi casa, es mi
 * hermano el que esta perdido" got "go to a safe place"; judge125's man in Houston got "write here where you are").
 * What they know of where the person is, and to tell the person to call 911, instead of where they are and a safe
 * place. Read once, on the message that starts the emergency. Pure.
 */
import { foldWords } from './fold-text.ts';

/** A relative or friend named as the one it happens to, folded. */
const ANOTHER =
  /\b(mi|mis|my|our|nuestro|nuestra)\s+(hermano|hermana|hijo|hija|papa|apa|mama|ama|esposo|esposa|marido|primo|prima|tio|tia|sobrino|sobrina|abuelo|abuela|nieto|nieta|amigo|amiga|cunado|cunada|brother|sister|son|daughter|dad|father|mom|mother|husband|wife|cousin|uncle|aunt|nephew|niece|grandpa|grandma|grandson|granddaughter|friend|boyfriend|girlfriend|novio|novia)\b|\b(fre|se|pitit|papa|manman|mari|madanm|kouzen|kouzin|tonton|matant|neve|nyes|zanmi|grann)\s+(m|mwen|nou)\b/;

/** The one writing in it, or with the person: harmed, held, lost, hiding, or beside them, folded. */
const WRITER_IN_IT =
  /\b(me|nos)\s+(tienen|tiene|pega|pegan|pego|golpea|golpean|golpeo|amenaza|amenazan|amenazaron|sigue|siguen|persiguen|quiere|quieren|van a|encerr\w*|secuestr\w*|robaron|asaltaron|dejaron|abandonaron|atacaron|violaron|hirieron|acuchillaron)\b|\b(estoy|estamos|ando|andamos|sigo|seguimos)\s+(perdid\w*|encerrad\w*|atrapad\w*|herid\w*|escondid\w*|con (el|ella|ellos))\b|\bconmigo\b|\b(i m|im|i am|we re|were|we are)\s+(lost|locked|trapped|hurt|hiding|stuck|bleeding|with (him|her|them))\b|\b(hits|hit|beats|beat|threatens|threatened|following|chasing|locked|holding|took|kidnapped|attacked|robbed|raped|hurt)\s+(me|us)\b|\bwith me\b|\b(where (i|we) (live|am|are)|donde (vivo|vivimos|estoy|estamos)|kote (m|mwen|nou) (rete|ye))\b|\b(m|mwen|nou)\s+(pedi|femen|fenmen|bloke|blese|kache|avek (li|l|yo)|ave (li|l|yo))\b|\b(bat|frape|menase|kidnape|femen|fenmen|atake|vole)\s+(m|mwen|nou)\b|\bave m\b|\bavek mwen\b/;

/** Kinds where the person in danger may be reached and told to call: not one held for ransom, nor a call's threat. */
const NOT_REACHABLE: ReadonlySet<string> = new Set(['kidnapping', 'extortion', 'suicide', 'farewell']);

/** Whether the message that starts an emergency tells it of another, the one writing not in it. */
export const toldOfAnother = (text: string): true | undefined => {
  const folded = foldWords(text);
  return ANOTHER.test(folded) && !WRITER_IN_IT.test(folded) ? true : undefined;
};

/** The follow-up lines for one who writes of another's danger, in order. */
export const followUpsForOther = (kind: string): readonly string[] => [
  'emergency.followUp.staffKnow',
  'emergency.followUp.keepWritingOther',
  ...(NOT_REACHABLE.has(kind) ? [] : ['emergency.followUp.tellThem']),
  'emergency.followUp.stillHere',
  'emergency.followUp.anyDetail',
];
