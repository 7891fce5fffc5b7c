/**
 * In a danger or after it, the office asked to find out where a relative is held or their legal situation ("we're from
 * durango originally, can your office find out his legal situation?", emerg-fm's sister got the office's address: the
 * topic model hears "your office" alone): the search for a relative, whose answer says what the Institute does with
 * the consulates; so too how to find them. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';
import { askedInOrAfterDanger } from './named-asked.ts';

/** A relative's legal situation, or where they are held, asked to be found out, folded. */
const SITUATION_ASKED =
  /\b(legal situation|legal status|situacion (juridica|legal|migratoria)|sitiyasyon (legal|jiridik) (li|l)|(find out|know|check) where (he|she|they) (is|are) (held|being held|detained)|(saber|averiguar|checar) (en )?(donde|en que (centro|carcel|estacion)) (lo|la|los) tienen|konnen ki kote yo (kenbe|fèmen|fenmen) (li|l))\b/u;

/**
 * How to find a relative, or who can search for them, asked ("kijan pou m jwenn frè m?", "¿cómo lo busco?": judge115's
 * Haitian sister got her words noted as the place): the search. Not who is going out to look ("¿quién lo va a buscar?
 * ¿ustedes van?"), which asks who is coming, nor a lost child's parents, whom the road's child protection finds. Folded.
 */
const SEARCH_ASKED =
  /\b(kijan (pou )?(m|mwen|nou) (ka )?jwenn (fre|se|pitit|kouzen|kouzin|mari|madanm|neve|nyes) (m|mwen|nou)|(kiyes|kiles|ki moun) (ki )?(ka|kapab) (chache|cheche) (l|li|yo)|how (do|can) (i|we) find (my|our) (brother|sister|son|daughter|husband|wife|cousin|nephew|niece)|como (lo|la|los) (encuentro|encontramos|busco|buscamos))\b/u;
/**
 * Others still missing told once the writer is safe ("ya estoy en un albergue… los compas siguen sin aparecer": emerg-gk's
 * man whose companions were taken off the train got the place noted): the search. Folded.
 */
const STILL_MISSING =
  /\b((siguen|sigue) sin aparecer|no (han|ha) aparecido|(is|are) still missing|still (haven t|hasn t|havent|hasnt) (shown up|turned up)|(yo|li) poko (paret|parèt))\b/u;
/** Nobody came, or who is going asked: who is coming, not the search. */
const WHO_GOES =
  /\b(pa vini|poko vini|no (llegan|vienen|ha llegado|han llegado)|nobody came|no one came|(ustedes|you guys|you) (van|go|going|mandan|send)|va a (ir|buscar)|going to|gonna)\b/u;

export function situationInDangerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue) || m.topic === 'human') return m;
  const situation = m.topic === 'office_info' && SITUATION_ASKED.test(folded);
  const searched = (SEARCH_ASKED.test(folded) || STILL_MISSING.test(folded)) && !WHO_GOES.test(folded);
  if (!situation && !searched) return m;
  return movedTo(m, 'locate_person', { act: 'topic', confidence: 1, facets: [] });
}
