/**
 * Small word lists that check what the dialogue model reads in a follow-up (follow-up.ts) and
 * in a form's answer (in-context.ts): that a person is named, that a complaint says something
 * negative, that a question is about the assistant itself, that a statement tells of lacking
 * something. Pure data.
 */

/** Words for a person of the office: without one, a form's answer ("he called us from Veracruz") asks for nobody. */
export const SOMEONE = new Set(
  'alguien persona personal humano asesor asesora licenciado licenciada agente someone somebody anyone person human staff agent moun ekip anplwaye'.split(
    ' ',
  ),
);
/** The same, and the words for being called: without them (or a phrase list's request) no person is asked for. */
export const PERSON = new Set([...SOMEONE, 'llamen', 'llame', 'call', 'rele']);
/** A question about the assistant itself ("¿eres una persona?", "is this a bot?", "ou se yon moun?"). */
export const ABOUT_YOU = /\b(eres|are you|is this|ou se|se ou|es un bot|es una persona|you a)\b/i;
/** Words without which "that did not help" is not what a message says. */
export const NEGATIVE = new Set(
  'no not nothing nada nunca never didnt dont doesnt isnt wasnt pa wrong mal useless inutil'.split(' '),
);
/** A capitalised word after the first: a place named in a short line ("m Saltillo", "estoy en Reynosa"). */
export const NAMES_A_PLACE = /\s\p{Lu}\p{Ll}+/u;
/** A statement of lacking something ("no tengo papeles", "we don't have papers", "m pa gen papye"). */
export const LACKS =
  /\b(no (tengo|tiene|tienen|tenemos|traigo|trae|traemos|cuento con|cuenta con)|(don'?t|do not|doesn'?t|does not) have|(i|we|he|she|they) have no|(m|mwen|li|nou|yo) pa gen)\b/i;
