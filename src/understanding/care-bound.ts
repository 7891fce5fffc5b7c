/**
 * Someone who cannot leave the people or the place they look after ("I can't leave the kids", "no puedo dejar a mis
 * hijos", "m pa ka kite timoun yo"): no door locked on them, though the file's pattern for being held fires on "can't
 * leave" (judge93's mother, asking for counselling online, got the anti-trafficking line). Pure.
 */
const CARE_BOUND =
  /\b(can'?t|can ?not|cant) leave (the|my|our) (kids|children|baby|babies|son|daughter|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|house|home|job|work)\b|\bno (puedo|podemos) dejar (a )?(mis|los|las|mi|el|la) (hijos|hijas|niños|ninos|niñas|ninas|bebés?|bebes?|mamá|mama|papá|papa|abuel[oa]s?|casa|trabajo)\b|\b(m|mwen|nou) pa (ka|kapab) kite (timoun|pitit|bebe|manman|papa|kay|travay)\b/giu;

/** The same, without the global flag, so a test keeps no position between messages. */
const CARE_BOUND_TEST = new RegExp(CARE_BOUND.source, 'iu');

/** Whether the message says it cannot leave someone or somewhere it looks after. */
export const careBound = (text: string): boolean => CARE_BOUND_TEST.test(text);

/** The message without what it says it cannot leave, for the danger patterns to read again. */
export const withoutCareBound = (text: string): string => text.replace(CARE_BOUND, ' ');
