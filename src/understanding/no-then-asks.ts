/**
 * A "no" that corrects and asks on ("no i need a shelter to sleep", "no, SHELTER, place to sleep. not clinic", "no,
 * ocupo un albergue", "non, m bezwen yon kote pou m dòmi"): judge122's Honduran couple, given clinics for a bed, got
 * "All right. If you need anything else, write your question." It is no answer to an offer. Pure.
 */

/**
 * A need or what was meant, said right after the "no" (Spanish with its comma: "no necesito" negates); never a want,
 * which may refuse ("no, quiero pensarlo primero": a review).
 */
const NEED_AFTER_NO =
  /^\W*(no|nope|nah|non)\b(\W+|\s+)(i|we|m|mwen|nou)\s+(need|needed|meant|mean|said|asked|bezwen|te di|te mande)\b|^\W*no\s*[,.!:;]+\s*(necesito|necesitamos|ocupo|ocupamos|busco|buscamos|me refiero|dije|pregunte|pregunté)\b/iu;
/** A word shouted in capitals after the "no" ("no, SHELTER"): what was wanted instead. */
const SHOUTED_AFTER_NO = /^\W*no\b\W+(?!(?:NO|NOT|THANKS|GRACIAS|MESI)\b)\p{Lu}{4,}\b/u;

/** Shouted only where the rest is not: "NO QUIERO ESPERAR" all in capitals shouts nothing out. */
export const correctsWithNo = (text: string): boolean =>
  NEED_AFTER_NO.test(text) || (SHOUTED_AFTER_NO.test(text) && /\p{Ll}/u.test(text));
