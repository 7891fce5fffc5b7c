/**
 * Where or whether one can be seen, asked in a danger without a question mark: the road's care, never a place told
 * (follow-up-emergency.ts). Folded text. Pure.
 */

/**
 * In a danger, where one can be seen asked without a question mark ("donde me pueden atender", "en donde lo pueden
 * checar", "where can they see her", "ki kote yo ka trete l"): the road's care, never a place told (emerg-fi's
 * pregnant woman got «Anotado: "donde me pueden revisar"»). Folded text.
 */
const CARE_WHERE_ASKED =
  /^(y |e |and |ok |pero |but |epi |men )?(en |a )?(donde|adonde|where|kote|ki kote|ki bo)\b.{0,20}\b((me|nos|lo|la|los|las|le|les) (pueden|puede|podrian) (atender|revisar|checar|chequear|curar|ver|llevar)|(can|could) (i|we|they|he|she|someone) (see|get|be seen|take|treat|check)|(yo|m|nou|li) (ka|kapab) (trete|wè|we|swiye|egzamine|mennen|pran swen))\b/u;

/**
 * A sickness told, then whether they can see one there ("mi niña tiene calentura, ahi mismo la pueden ver?", "she has a
 * fever, can they see her there too?", emerg-ga: the attack's line again). Folded text.
 */
const SICK_SEEN_THERE =
  /\b(calentura|fiebre|tos|vomit\w*|diarrea|fever|cough\w*|diarrhea|lafyev|fyev|tous|touse|dyare)\b.{0,60}\b((ahi|alli|ahi mismo|alla) (mismo )?(me|nos|lo|la|los|las|le|les) (pueden|puede) (ver|atender|revisar|checar)|(can|could) (they|he|she) (see|check|treat) (her|him|them|me|us) (there|too)|(yo|li) (ka|kapab) (we|wè|trete|egzamine) (l|li|yo) la)\b/u;

/** Which hospital, or one that does not charge, asked ("kilès lopital ki pa mande lajan?", emerg-gk). Folded text. */
const WHICH_CARE =
  /\b(kiles|kilès|kile|which|cual|a cual|en cual)\b (lopital|klinik|hospital|hospitals|clinic|clinica|doctor)\b|\b(lopital|klinik|hospital|clinic|clinica)\b.{0,12}\b(gratis|free|pa mande lajan|pa peye|no cobre|no cobran|sin cobrar|doesn t charge|don t charge)\b/u;

export const careWhereAsked = (folded: string): boolean =>
  CARE_WHERE_ASKED.test(folded) || SICK_SEEN_THERE.test(folded) || WHICH_CARE.test(folded);

/** An errand the sick one is taken for ("ki kote m ka mennen l pou l fè paspò l?": a review), not care. Folded text. */
export const ERRAND =
  /\b(paspo|pasaporte|passport|acta|papeles|papers|papye|curp|visa|viza|tramite|demach)\b/u;
