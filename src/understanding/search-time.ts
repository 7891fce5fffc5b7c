/**
 * How long the search for a missing person takes, asked ("¿cuánto tardan en buscarlo?", "how long until they find
 * him?", "konbyen tan sa pran pou jwenn li?"): the search's time, which the sources answer, not the wait in the
 * staff's queue (emerg-ec: a mother whose son was lost in the desert got her place in line). Pure.
 */
import type { DialogueContext, Facet, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';

/** The time to find or search for someone, asked (folded). */
const SEARCH_TIME =
  /\b(cuanto (tiempo )?(se )?(tardan|tarda|tardaran|tardara|va a tardar|van a tardar|se tardan|duran|dura) (en )?(buscar|encontrar|hallar|localizar)\w*|how long (will it take|does it take|would it take|it takes|do they take|will they take|until they|till they|before they|to) (to )?(find|search|look for|locate|know where|find out where)|cuanto (tiempo )?(tardan|tarda|se tardan|se tarda) (en )?saber donde|konbyen tan (sa |li |yo )?(ap |pral )?(pran |mete )?(pou )?(yo )?(jwenn|chache|cheche)\b)/;

/** A reading of one aspect of the search, asked where a search or a danger is under way (search-data.ts too). */
export const searchAspectReading =
  (asked: RegExp, facet: Facet) =>
  (m: Meaning, _text: string, dialogue: DialogueContext | undefined, folded: string): Meaning => {
    // Only where a search is under way or a danger is, and not when the message tells a new danger.
    const searching = dialogue?.topic === 'locate_person' || dialogue?.emergency;
    if (!searching || m.emergency || !asked.test(folded)) return m;
    if (m.topic === 'locate_person' && m.facets.includes(facet)) return m;
    return movedTo(m, 'locate_person', { act: 'followUp', confidence: 1, facets: [facet], question: true });
  };

export const searchTimeReading = searchAspectReading(SEARCH_TIME, 'time');
