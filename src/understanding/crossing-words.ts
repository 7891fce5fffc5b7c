/**
 * A river crossed with no news since, or by one who cannot swim, told in Kreyòl ("se m janbe rivye a nan Acuna ye
 * swa, depi le sa a m pa tande l, li pa konn naje": emerg-ec's sister got the search's answer and no 911; the
 * Spanish and English are caught). Kept in code, beside knowledge/signals/emergency.yaml, because a change to the
 * file's phrase lists means retraining the dialogue model on them; fold them into the file at the next retraining.
 * Folded text, as the file's rules.
 */
import type { EmergencySignals } from '../knowledge/schema.ts';

const CROSSED = '\\b(janbe|travese|pase|antre nan) (rivye|larivye|rio|rio grande|dlo a|lanme)\\b';
const NO_NEWS_OR_SWIM =
  '\\b(pa (tande|janm tande|konn naje|gen (okenn )?nouvel)|poko tande|pa gen (okenn )?nouvel (li|l|yo))\\b';

export const CROSSING_KINDS: EmergencySignals['kinds'] = [
  {
    kind: 'desert',
    es: [],
    en: [],
    ht: [`${CROSSED}.{0,90}${NO_NEWS_OR_SWIM}`, `\\bpa konn naje\\b.{0,60}${CROSSED}`],
  },
];
