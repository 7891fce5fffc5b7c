/**
 * Help to find a person asked of the office in plain words ("¿ustedes ayudan a buscar gente? su familia no
 * sabe de él", "can you help me find my brother", "èske nou ka ede m chèche frè m?"): the search for a
 * relative, which the topic model read as psychological support or nothing (emerg-de, after an emergency
 * was over). Not a job or a place looked for: a person is the object. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs, busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

/** Help asked to search for people or a relative, folded. */
const SEARCH_FOR_SOMEONE =
  /\b(ayud\w*|help|ede|como|how|kijan|kouman)( \w+){0,3} (a |to )?(buscar|encontrar|localizar|find|locate|search for|look for|chache|cheche) (a )?(gente|personas?|desaparecid\w*|familiares|(mi|mis|su|sus|un|una) (hijo|hija|hijos|hermano|hermana|esposo|esposa|papa|mama|primo|prima|tio|tia|sobrino|sobrina|familiar|pariente|nieto|nieta)|people|missing|(my|his|her|our|a) (son|daughter|brother|sister|husband|wife|dad|father|mom|mother|cousin|uncle|aunt|nephew|niece|relative|grandson)|moun|fanmi|(pitit|fre|se|mari|madanm|papa|manman|kouzen) (m|mwen|li|l|nou))\b/u;

/** How to look for "him" after a relative is named ("frè m… mwen pa gen nouvèl li. kijan pou m chèche l?", judge103), folded. */
const HOW_FIND_THEM =
  /\b(kijan|kouman|como|how)( \w+){0,3} (cheche|chache|find|locate|look for|search for) (l|li|yo|him|her|them)\b|\b(como|how)( \w+){0,3} (buscarlo|buscarla|localizarlo|localizarla|encontrarlo|encontrarla)\b/u;
/** A relative named, folded. */
const RELATIVE =
  /\b(fre|se|mari|pitit|papa|manman|kouzen|hermano|hermana|hijo|hija|esposo|primo|prima|brother|sister|son|daughter|husband|cousin)\b/u;

/** In a search, the missing person reported ("we are in california, can we report it from here", "¿lo puedo reportar?"). */
const REPORTED_IN_SEARCH =
  /\b(report (it|him|her|them|this)|file (a|the) (missing )?(person s |persons |person )?report|reportar(lo|la|los)?|levantar (el |un )?reporte|denunciar su desaparicion|fe (yon )?rapo)\b/u;

/** The office asked whether it searches for people ("ustedes buscan a personas q se pierden cruzando?": read as the office). */
const YOU_SEARCH =
  /\b(ustedes|uds|you|you guys|nou) (buscan|localizan|encuentran|search for|look for|find|locate|help find|cheche|chache) (a )?(gente|personas?|migrantes|desaparecid\w*|people|missing|moun|migran)\b/u;

/** The office asked to find where a relative is ("if they move him can your office find where he is?", emerg-fa: the office's
 * address), folded. */
const OFFICE_FINDS =
  /\b(can|could|will) (you|you guys|your office|the office|the institute) (find|locate|track|look for|search for) (him|her|them|where|my)\b|\b(ustedes|la oficina|el instituto) (lo|la|los|me lo|me la) (pueden|podrian|van a) (buscar|localizar|encontrar)\b|\b(nou|biwo a) (ka|kapab) (chache|cheche|jwenn) (li|l|yo)\b/u;

/** Someone asked for who can search for a relative, folded. */
const SOMEONE_TO_SEARCH =
  /\b(alguien|someone|somebody|anyone|anybody|yon moun)( \w+){0,3} (buscar|localizar|encontrar|search for|look for|find|cheche|chache) (a )?(mi|mis|su|my|our|his|her|\w+ (m|mwen|nou))\b/u;

export function searchAskedReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || m.topic === 'locate_person' || m.topic === 'human') return m;
  // sight62-a's sister in California got the Paisano programme's complaints, and its answers after; asked with a
  // question mark while the search's form asks something, an aside of the search too (sight77-a: "do we need to be
  // in Mexico to report it? we live in Houston" got the Paisano programme in the middle of the form).
  const reported = dialogue?.topic === 'locate_person' && REPORTED_IN_SEARCH.test(folded);
  // How to report it is the search's steps ("how do we file a missing person report", emerg-es).
  const how = m.facets.filter((f) => f === 'steps');
  if (reported && (text.includes('?') || asksSomething(text))) return askedAs(m, 'locate_person', how);
  // In a danger, someone to search for the relative ("gracias, y hay alguien que pueda buscar a mi esposo?", emerg-eu):
  // the search, not "this chat sends no one".
  if (
    dialogue?.emergency &&
    dialogue.asked !== 'field' &&
    (SOMEONE_TO_SEARCH.test(folded) || OFFICE_FINDS.test(folded))
  )
    return { ...movedTo(m, 'locate_person', { act: 'topic', confidence: 1, facets: [] }), question: true };
  if (busyWithQuestion(dialogue)) return m;
  const relativeSought = HOW_FIND_THEM.test(folded) && RELATIVE.test(folded);
  if (!reported && !relativeSought && !SEARCH_FOR_SOMEONE.test(folded) && !YOU_SEARCH.test(folded)) return m;
  return askedAs(m, 'locate_person');
}
