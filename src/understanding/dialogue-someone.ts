/**
 * "Can someone from your office call him?", "que alguien me escriba": someone, and a word for
 * reaching a person close after it, asks for a person in words no phrase list holds. Asking
 * forms only; speaking a language is no call. Pure.
 */

/** Someone, and a word for reaching a person close after it: "can someone from your office call him". */
const SOMEONE_WORDS = new Set('alguien someone somebody anyone anybody'.split(' '));
// Asking forms only: "call", "que me llamen", "quisiera que alguien me hablara"; never "someone called me" or "alguien me llamó".
const REACH =
  /^(llame|llamen|llamara|llamaran|marque|marquen|marcara|marcaran|hable|hablen|hablara|hablaran|escriba|escriban|escribiera|escribieran|contacte|contacten|contactara|contactaran|mande|manden|call|text|phone|contact|reach|email|mail|message|write|whatsapp|kontakte)$/;
/** Words at most between "someone" and the word for reaching them. */
const REACH_GAP = 5;
/** "¿Hay alguien que hable kreyòl?": speaking a language is no call. */
const LANGUAGE_WORDS = new Set(
  'espanol ingles kreyol creole criollo spanish english panyol angle frances french'.split(' '),
);
/** A person of the office named after the asking form of reaching ("que me hable un licenciado"). */
const REACHED_BY_GAP = 3;
/**
 * "¿No hay alguien ahí que me explique?", "anybody from your office", "can someone help her today?" (sight71-a): someone
 * of the office asked for in words the phrase list (whose phrases the dialogue model also learns from) does not hold;
 * so is "a number or a person" ("m bezwen yon nimewo oswa yon moun": judge122's husband got the sources' silence).
 */
const SOMEONE_THERE =
  /\balguien (ahi|aqui|alla) (que|q) me (explique|ayude|pueda ayudar|atienda)\b|\b(anybody|anyone|someone|somebody) from (your|the|ur)( \w+)? (office|team)\b|\b(can|could) (someone|somebody|anyone|anybody) (help|assist|attend to|see) (her|him|them|us|my (mom|mother|dad|father|son|daughter|wife|husband|brother|sister|grandma|grandpa))( today| now| please| asap)*$|\b(puede|podria) alguien (ayudarla|ayudarlo|ayudarnos|atenderla|atenderlo|atendernos)\b|\beske (yon moun|yon moun nan biwo a) ka ede (l|li|nou|yo)\b|\b(nimewo|number|numero|telefono|phone) (oswa|or|o|u) (yon moun|a person|someone|somebody|una persona|alguien)\b/;
/**
 * Someone asked for and nothing more ("hay alguien q me pueda orientar?", "is there someone who can help me?", "eske
 * gen yon moun ki ka ede m?"): sight79-a's father got "our sources do not say exactly that". The whole message only.
 */
const ANYONE_TO_HELP =
  /^(y |pero |oiga |disculpe )?(hay|no hay|habra|abra|ay) (alguien|algun licenciado|alguna persona) (que|q|quien) (me|nos) (pueda|puedan|podria)? ?(orientar|ayudar|atender|asesorar|explicar)(me|nos)?( (porfa|por favor|porfavor))?$|^(is there|isnt there|is there not) (someone|somebody|anyone|anybody|a person) (who|that) (can|could) (help|guide|advise|assist) (me|us)( please| pls)?$|^(eske )?(gen|genyen|pa gen) (yon )?moun (ki|k) (ka )?(ede|oryante|gide|konseye) (m|mwen|nou)( tanpri| souple)?$/;
/**
 * A living person wanted, not the program ("hay algún cristiano de carne y hueso pa platicar?", "eske gen
 * yon moun vivan la a?", "an actual person"), unless it asks whether this chat is one ("are you a real person?").
 */
const ALIVE =
  /\b(de carne y hueso|moun vivan|(an?|some) (actual|live|living) (human|person|agent)|someone real|somebody real)\b/;
const ASKS_WHO_ANSWERS = /\b(are you|r u|is this|eres|es usted|ou se|se ou|w se)\b/;
/**
 * "¿Pueden hablarme a este mismo whatsapp?", "me pueden llamar", "me gustaría que me hablaran pa la terapia": the
 * office asked to call (sight51-a: the office's address; sight54-a: the therapy's answer again).
 */
const CALL_ME =
  /\b(pueden|puede|podrian|podria) (hablarme|llamarme|marcarme)\b|\bme (pueden|podrian) (hablar|llamar|marcar)\b|\b(me gustaria|quisiera|quiero|quisieramos) (que|q) (me|nos) (hablaran|llamaran|marcaran|hablen|llamen|marquen)\b/;
/**
 * A staff member asked for by name, the message ending there ("quiero hablar con raul otra vez porfa", "i need
 * to talk to tomas again please", "m vle pale ak Ana"): judge78's people got "our sources do not say".
 */
const NAMED_ONE =
  /\b(quiero|quisiera|necesito|puedo|podria|i want to|i wanna|i need to|can i|could i|let me|m vle|mwen vle|m bezwen|mwen bezwen|eske m ka|m ka) (hablar|platicar|talk|speak|pale) (con|to|with|ak) (?!(mi|my|su|sus|his|her|el|la|los|las|yon|moun|alguien|nadie|someone|somebody|anyone|anybody|nobody|noone|you|u|ustedes|usted|w|ou|nou|li|him|them|una|un|a|an|the|ella|ellos|pitit|manman|papa|fanmi|pesonn|online|after|later|now|today|ahora|ahorita|luego|ya|hoy|jodi|kounye|pita|yo)\b)[a-z]+( (otra vez|de nuevo|again|anko))?( (porfa|por favor|please|pls|plz|svp|silvouple|souple|tanpri))?$/;
export function callsSomeone(words: readonly string[]): boolean {
  const joined = words.join(' ');
  if (
    SOMEONE_THERE.test(joined) ||
    ANYONE_TO_HELP.test(joined) ||
    CALL_ME.test(joined) ||
    NAMED_ONE.test(joined)
  )
    return true;
  if (ALIVE.test(joined) && !ASKS_WHO_ANSWERS.test(joined)) return true;
  return words.some(
    (w, i) =>
      (SOMEONE_WORDS.has(w) &&
        words
          .slice(i + 1, i + 1 + REACH_GAP)
          .some((next, j) => REACH.test(next) && !LANGUAGE_WORDS.has(words[i + 2 + j] ?? ''))) ||
      // "ya hablé con la licenciada": done, folded to the asking form.
      (REACH.test(w) &&
        words[i - 1] !== 'ya' &&
        words
          .slice(i + 1, i + 1 + REACHED_BY_GAP)
          .some((next) => OFFICE_PERSON.test(next) && next !== 'personal')),
  );
}

/**
 * "Pásenme con una persona", "que me pasen con un abogado", "put me through to a lawyer", "pase m
 * bay yon avoka": a verb of passing or connecting, then a person of the office a few words on.
 * The phrase lists held "pasame con alguien" and not every person or verb form a writer uses;
 * "i need a person" and "sí, pásame" ask as much (judge51: both got a topic's text); "quiero ablar con
 * alguien", typed without the h, too (judge83's mother got "our sources do not say that").
 */
const PASS_VERB =
  /^(?:pas[ae]\w*|comunic\w*|comuniqu\w*|conect\w*|transfier\w*|transfer\w*|put|connect|pass|hand|get|hook|pase|pasem|konekte|hablar|ablar|platicar|talk|speak|pale)$/;
/** "No quiero hablar con un abogado", "i dont want to talk to a lawyer", "m pa vle pale ak avoka": none asked for. */
const REFUSED = new Set('no not dont don t never nunca pa'.split(' '));
const PASS_TO = new Set('con with to me bay ak avek avèk'.split(' '));
/** "Pásele el caso a alguien": Spanish "a" before the person is "to" after a Spanish verb only ("get a lawyer" is no passing). */
const SPANISH_PASS = /^(?:pas[ae]\w*|comunic\w*|comuniqu\w*|conect\w*|transfier\w*)$/;
const OFFICE_PERSON =
  /^(?:alguien|persona|humano|humana|abogad[oa]|licenciad[oa]|asesor[a]?|personal|agente|someone|somebody|person|human|lawyer|attorney|staff|agent|advisor|adviser|whoever|moun|avoka|anplwaye)$/;
/** Words at most between the verb and the person. */
const PASS_GAP = 4;
/** "I need a person", "necesito una persona", "m bezwen yon moun": a person needed, outright. */
const NEED = new Set('need necesito ocupo bezwen'.split(' '));
const A = new Set('a an una un yon'.split(' '));
const A_PERSON = /^(?:persona|humano|humana|person|human|moun)$/;
/** "Sí, pásame", "ok pasame": the offer taken and asked for in one (a judge's man got the topic again). */
const TAKES = new Set('si ok okay sale va dale'.split(' '));
const needsAPerson = (words: readonly string[]) =>
  words.some(
    (w, i) =>
      NEED.has(w) &&
      !REFUSED.has(words[i - 1] ?? '') &&
      A.has(words[i + 1] ?? '') &&
      A_PERSON.test(words[i + 2] ?? ''),
  );
export function passedToSomeone(words: readonly string[]): boolean {
  if ((TAKES.has(words[0] ?? '') && words[1] === 'pasame') || needsAPerson(words)) return true;
  return words.some((w, i) => {
    if (!PASS_VERB.test(w) || words.slice(Math.max(0, i - 3), i).some((before) => REFUSED.has(before)))
      return false;
    const after = words.slice(i + 1, i + 1 + PASS_GAP);
    const to = after.findIndex((next) => PASS_TO.has(next) || (next === 'a' && SPANISH_PASS.test(w)));
    return to >= 0 && after.slice(to + 1).some((next) => OFFICE_PERSON.test(next));
  });
}

/**
 * "Someone who can help me with the papers", "alguien que me ayude con los requisitos", "yon moun ki
 * ka ede m ak papye yo": an aspect's word after "with" says what the person is for; nothing is asked of it.
 */
const FOR_WHAT = new Set('con with ak avek avèk about sobre sou'.split(' '));
const forWhatHelp = (words: readonly string[], i: number): boolean =>
  words.slice(Math.max(0, i - 3), i).some((before) => FOR_WHAT.has(before));
/** Words that ask only whether something may be done ("se puede?", "is that possible?", "eske sa posib?"). */
const MAY = new Set(['se', 'puede', 'pueden', 'posible', 'can', 'possible', 'could', 'ka', 'kapab', 'posib']);
/**
 * Words of how the person is to be reached or where they are from ("¿habrá alguien que me lo explique
 * por teléfono?", "can someone from there call her?"): the retrained model of session 60 and the
 * where-cues took them for where a procedure is done.
 */
const REACHED = new Set('por telefono phone telefon from there alla desde llamada call calls'.split(' '));
/** An aspect's cue word at i asks nothing of that aspect when a person is asked for: "se puede?", "help me with the papers". */
export const noAspectAsked = (words: readonly string[], i: number): boolean =>
  MAY.has(words[i] ?? '') || REACHED.has(words[i] ?? '') || forWhatHelp(words, i);

/**
 * A relative who is to call the writer ("can he call me?", "¿él me puede llamar?", "eske l ap ka rele m?"):
 * asked of the one detained or away, not of the office ("they", "yo" may be the office, so they stay out).
 */
const RELATIVE_CALLS =
  /\b(can|could|will|would|is|does) (he|she|my \w+)( be able to| be allowed to| get to)? (call|phone|text) (me|us)\b|\b(puede|podra|podria|pueda|lo dejan|la dejan) (el|ella|mi \w+) (llamarme|hablarme|marcarme|llamarnos|hablarnos)\b|\b(el|ella|mi \w+) (me|nos) (puede|podra|podria|pueda|deja) (llamar|hablar|marcar)\b|\b(l|li|pitit mwen|pitit li|mari m|mari mwen|madanm mwen|frem|fre m|se m)( ap| pral)? (ka|kab|kapab|gen dwa) rele (m|mwen|nou)\b/;
export const relativeCalls = (words: readonly string[]): boolean => RELATIVE_CALLS.test(words.join(' '));
