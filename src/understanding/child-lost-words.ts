/**
 * A child lost now in a crowd, a caravan or a station, told by the parent ("perdi a mi hijo en la caravana, tiene
 * 8 años", "mwen pèdi pitit gason m nan karavàn nan": emerg-ee's Haitian mother got the search's form, no 911 and
 * no urgent case; the Spanish got the Paisano programme). The file's child_alone rules hold the child who is
 * alone and the child who "se perdió"; not the parent who lost the child. Kept in code, beside
 * knowledge/signals/emergency.yaml, because a change to the file's phrase lists means retraining the dialogue
 * model on them; fold them into the file at the next retraining. Folded text, as the file's rules.
 */
import type { EmergencySignals } from '../knowledge/schema.ts';

// Lost long ago is a search; lost to death is a grief ("perdí a mi hijo en un accidente").
const NOT_NOW_ES =
  '^(?!.*\\b(hace (\\d+|un|una|dos|tres|varios|muchos) (anos|meses|semanas)|el ano pasado|murio|fallecio|accidente|mataron)\\b)';
const NOT_NOW_HT =
  '^(?!.*\\b(depi (\\d+|de|twa|kat|plizye) (an|mwa|lane|semen)|ane pase|mwa pase|mouri|aksidan|touye)\\b)';
const NOT_NOW_EN = '^(?!.*\\b(years ago|months ago|weeks ago|last year|died|passed away|accident|killed)\\b)';

const CHILD_ES = '(hijo|hija|nino|nina|nene|nena|chamaco|chamaca|nieto|nieta|hermanito|hermanita|bebe)';
const CROWD_ES =
  '(caravana|entre la gente|la multitud|el gentio|el tren|la bestia|estacion|terminal|central|albergue|mercado|plaza|puente|frontera|garita|no (lo|la) (encuentro|encontramos|hallo)|tiene \\d+ anos|de \\d+ anos)';
const CHILD_HT = '(pitit|pitit gason|pitit fi|ti gason|ti fi|timoun|ti pitit|bebe)';
const CROWD_HT =
  '(karavan|foul|tren|estasyon|teminal|albeg|mache|pon|fwontye|m pa (ka )?jwenn (li|l)|nou pa (ka )?jwenn (li|l)|li gen \\d+ an)';

export const CHILD_LOST_KINDS: EmergencySignals['kinds'] = [
  {
    kind: 'child_alone',
    es: [
      `${NOT_NOW_ES}.*\\b(perdi|se me perdio|se nos perdio|extravie) (a )?(mi|nuestro|nuestra) ${CHILD_ES}\\b.{0,80}\\b${CROWD_ES}`,
    ],
    en: [
      `${NOT_NOW_EN}.*\\b(i|we) lost (my|our) (son|daughter|kid|child|boy|girl|little one|baby|grandson|granddaughter)\\b.{0,40}\\b(in|at|on) the (caravan|crowd|station|terminal|train|shelter|market|bridge|border)\\b`,
    ],
    ht: [`${NOT_NOW_HT}.*\\b(m|mwen|nou) pedi ${CHILD_HT} (m|mwen|nou)\\b.{0,80}\\b${CROWD_HT}`],
  },
];

const LOST_NOW = new RegExp(
  CHILD_LOST_KINDS.flatMap((kind) => [...kind.es, ...kind.en, ...kind.ht])
    .map((pattern) => `(?:${pattern})`)
    .join('|'),
  'u',
);

/**
 * Whether the child lost is lost now, whatever time the message tells: "li gen 6 an" is her age, which the file's
 * notNow reads as six years ago (still-going-on.ts).
 */
export const childLostNow = (folded: string): boolean => LOST_NOW.test(folded);
