/**
 * In a danger, the one in danger looked after now or taken to care by the family (follow-up-emergency.ts reads it as
 * help reached). Folded text. Pure.
 */
import { AT_CARE } from './follow-up-words.ts';

/**
 * Taken to care by the family, told alone ("ya la llevamos a la clinica del pueblo", "we took him to the hospital"):
 * help reached; never with care refused or the danger still on ("…pero no hay doctor y sigue sangrando": the review).
 */
const TAKEN_BY_US =
  /^(?!.*\b(pero|but|men|sigue|siguen|still|no hay|won t|wont|pa vle|passing out|bleeding|sangr\w*|senyen|convulsion\w*|no respira|not breathing|que hago|what do)\b).*\b(ya (lo|la|los|las|nos|me) (llevamos|lleve|trajimos) (a|al) (la |el |un |una )?(clinica|hospital|doctor|medico|centro de salud|seguro|cruz roja)|(we|i) (took|brought|drove) (him|her|them) to (the |a )?(clinic|hospital|doctor|er|emergency room)|(nou|m|mwen) (mennen|pote) (l|li|yo) (nan |lan )?(lopital|klinik|dokte))\b/;

/** The person in danger being looked after now, or taken to care by the family. */
export const atCare = (joined: string): boolean => AT_CARE.test(joined) || TAKEN_BY_US.test(joined);
