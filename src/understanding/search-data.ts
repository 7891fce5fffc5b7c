/**
 * What the office needs to search for a person, asked while a danger or a search is under way ("q datos ocupan pa
 * buscarlo", "what info do you need to find him", "ki enfòmasyon nou bezwen pou chèche l": emerg-ee's mother of a son
 * beaten in a US detention centre got "go to a safe place"): the search's papers, which the sources answer. Pure.
 */
import { searchAspectReading } from './search-time.ts';

/** The data, details or papers to find someone, asked (folded). */
const DATA_TO_SEARCH =
  /\b(que|q|k|what|which|ki)( \w+)? (datos|informacion|info|papeles|documentos|details|information|info|papers|documents|enfomasyon|papye|dokiman)\b.{0,30}\b(buscar\w*|encontrar\w*|localizar\w*|find|search|look for|locate|cheche|chache|jwenn)\b/u;

export const searchDataReading = searchAspectReading(DATA_TO_SEARCH, 'documents');
