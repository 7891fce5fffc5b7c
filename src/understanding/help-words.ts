/**
 * Words that tell help came, was called or is on its way, folded: "ya llegó la ambulancia", "my
 * neighbor called the cops", "llamó a la ambulancia, ya vienen". An emergency under way reads them
 * so that help told is said back, not answered with "call 911" or "this chat sends no one". Pure.
 */

/**
 * Help that came, folded ("ya llegó la ambulancia", "the cops are here", "lapolis rive", "ya nos subieron a
 * la ambulancia", "they took him to the hospital"): no place, no call to make.
 */
export const HELPERS =
  '(ambulancia|policia|patrulla|paramedicos|bomberos|cruz roja|grupo beta|grupos beta|dif|guardia nacional|ambulance|police|cops|paramedics|red cross|national guard|anbilans|lapolis|polis|kwa wouj|hospital|lopital)';
const CAME =
  '(llego|llegaron|vino|vinieron|ya esta aqui|ya estan aqui|nos encontraron|me encontraron|came|arrived|is here|are here|got here|found (me|us)|rive|vini|jwenn (mwen|m|nou)|(nos|me|lo|la|los|las) (subieron|metieron|llevaron)|took (him|her|them|us|me)|put (him|her|them|us|me) in|(mete|mennen|pote) (l|li|nou|m|yo))';
/** On its way: "ya vienen", "on the way", "ap vini". */
const ON_ITS_WAY =
  '(ya vienen|ya viene|vienen en camino|viene en camino|va en camino|van en camino|on (the|their|its) way|is coming|are coming|ap vini)';
export const HELP_CAME = new RegExp(
  `\\b${CAME}\\b.{0,40}\\b${HELPERS}\\b|\\b${HELPERS}\\b.{0,30}\\b${CAME}\\b`,
);

/**
 * 911 or the police called, folded ("ya llamé al 911", "my neighbor called the cops", "vwazen an
 * rele lapolis"). Kreyòl "rele" is "to call" too ("m pè rele lapolis"): only after a past marker or a
 * subject, never after "si" ("si m rele 911 yo p ap konprann mwen" asks what if); "le hablé" only
 * after "ya" ("¿quieres que le hable al 911?" asks).
 */
export const HELP_CALLED = new RegExp(
  `\\b(llame|llamamos|ya llamo|llamaron|marque|marcamos|ya marco|ya (le )?hable|ya (le )?hablamos|called|(te|fin|deja|vin|an|a) rele|(?<!\\bsi )(m|mwen|nou) rele|(vwazen|vwazin|zanmi|moun)( an| nan| la| a| m)? rele|(vecin[oa]|vecinos) (ya )?(llamo|hablo|marco))\\b.{0,25}\\b(911|089|800|linea|line|hotline|liy|${HELPERS})\\b` +
    // Help told on its way ("llamó a la ambulancia, ya vienen", "the ambulance is on its way": session 57's judge).
    `|\\b${HELPERS}\\b.{0,60}\\b${ON_ITS_WAY}\\b|\\b(llamo|llamaron|hablo|hablaron) a (la |los )?${HELPERS}`,
);
