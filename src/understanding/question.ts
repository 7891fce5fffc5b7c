/**
 * Whether a message asks something: a question mark, a question word at its start, after up to
 * two openers ("oiga y dónde puedo pedir refugio"; people
 * often leave the mark out: "como le hacemos pa buscarlo", "kote li ye"), or one asked as what
 * they want to know ("nomás quiero saber dónde me curan gratis", "m vle konnen kote…", "solo quiero
 * saber lo de la pensión de mi papá"), or told as asked ("mwen mande si lopital la ap trete l san papye", "i'm
 * asking if they charge"), or an either-or that ends in "what do I do" ("lo llevo con la policia o q hago"), or where
 * something is, asked last ("el CAIM ese donde queda", emerg-ga: noted as the place in a danger), and where, how or how
 * much a thing is done, asked last ("el pasaporte de ella donde se saca", sight98-a: noted as context). Pure.
 */
/** Where, how much or how a thing is done, asked last with no mark ("el CAIM ese donde queda", "el pasaporte de ella
 * donde se saca"); not after "I don't know" ("no sabemos donde esta", "ya no se ni cuanto tarda": a form's answer). */
export const ASKED_LAST =
  /^(?!.*\b(?:no|ni) (?:s[eé]|sabemos|sabe|saben|sab[ií]a|tengo idea)\b).*\b(?:d[oó]nde|dnd|onde) (?:queda|quedan|est[aá]|est[aá]n|se saca|se sacan|se tramita|se hace|se pide|lo saco|la saco|los saco|lo tramito|la tramito|hay que ir|tengo que ir|me lo dan|me la dan)\s*$|\b(?:cu[aá]nto) (?:cuesta|cuestan|cobran|tarda|tardan|se tarda|sale|dura)\s*$|\bc[oó]mo (?:se saca|se tramita|se hace|le hago|le hacemos)\s*$|\bkonbyen (?:li |l )?(?:koute|k[oò]b|tan)\s*$|\bkote (?:li|l|yo) ye\s*$/i;

/** Which papers, asked anywhere in the sentence ("lo de abrazando almas que papeles ocupo pa registrarme": judge126). */
const PAPERS_ASKED =
  '\\b(?:qu[eé]|q|which|what|ki) (?:papeles|documentos|requisitos|papers|documents|requirements|papye|dokiman) (?:ocupo|ocupa|ocupamos|necesito|necesita|necesitamos|piden|pide|llevo|llevar|do i need|does (?:he|she) need|do we need|they ask|(?:m|mwen|nou|li) (?:bezwen|dwe pote))\\b';

export const QUESTION = new RegExp(
  `${ASKED_LAST.source}|${PAPERS_ASKED}|[?¿]|^\\s*(?:(?:y|e|and|pero|but)\\s+)?(?:si|if)\\s+[^.,;:!]{0,60}\\b(?:c[oó]mo|d[oó]nde|cu[aá]ndo|cu[aá]nto|how|where|when|kijan|kote|kil[eè])\\b|\\b(?:o|or|oswa|ou)\\s+(?:q|qu[eé]|what|kisa)\\s+(?:hago|hacemos|le hago|do i do|should i do|do we do|pou m f[eè]|m f[eè]|pou n f[eè])\\b|\\b(?:mande|asking|asked|pregunto|pregunte|preguntaba) (?:si|if|whether|q|qu[eé]|c[oó]mo|cu[aá]nto|d[oó]nde|cu[aá]ndo|what|how|where|when)\\b|\\b(?:quiero|queria|quisiera|necesito|queremos|quisieramos|quisiéramos|nomas quiero|solo quiero|i want to|i wanna|i need to|i d like to|we want to|we need to|we d like to|m vle|mwen vle|m bezwen|mwen bezwen|nou vle|nou bezwen) (?:saber|know|konnen) (?:si|c[oó]mo|cu[aá]nto|cu[aá]ndo|d[oó]nde|qu[eé]|if|how|where|what|when|kijan|kote|konbyen|kil[eè]|ki|lo de|sobre|acerca de|about|sou)\\b|^\\s*(?:(?:y|e|and|pero|but|so|entonces|pues|epi|men|a|en|de|con|para|por|to|for|with|ok|okay|oye|oiga)\\s+){0,2}(c[oó]mo|cu[aá]nto|cu[aá]ndo|d[oó]nde|qu[eé]|q|ke|k|qui[eé]n|cu[aá]l|puedo|puede|pueden|hay|tengo|ocupo|se puede|how|what|when|where|who|which|why|can|could|will|would|did|do|does|is|are|should|kijan|koman|konbyen|kil[eè]|kote|[eè]ske|ki|kisa)\\b`,
  'i',
);

/** The words that ask where, how, how much, when, who or which, in the three languages. */
const ASKING_WORDS =
  'c[oó]mo|cu[aá]nto|cu[aá]ndo|d[oó]nde|qui[eé]n|cu[aá]l|how|where|when|who|which|kijan|koman|konbyen|kil[eè]|kote|kisa';

/**
 * A short last clause that opens with a question word, after something told: "ya hablé con la
 * psicóloga, me dijo que fuera mañana, dónde queda". Only the words that ask where, how, when,
 * how much, who or which: "tengo 3 hijos, tengo miedo" or ", que me ayuden" ask nothing.
 */
const QUESTION_TAIL = new RegExp(
  `[,.;:!]\\s*(?:(?:y|e|and|pero|but|so|epi|men)\\s+)?(?:ki\\s+)?(?:${ASKING_WORDS})\\b(?:\\s+[^\\s,.;:!]+){0,5}\\s*$`,
  'i',
);

/** The message (or a sentence or clause of it) opens with a question word or has a question mark. */
export const asksSomething = (text: string): boolean => QUESTION.test(text);

/** The whole message asks something: as asksSomething, or in a short last clause after what it tells. */
export const messageAsks = (text: string): boolean => QUESTION.test(text) || QUESTION_TAIL.test(text);

/**
 * Asked outright: a question mark, or a question word (where, how, how much, when, who, which, what) at the
 * start, not a verb that may open a statement ("tengo hambre", "puedo caminar"). "ki nimewo CNDH" asks.
 */
const OUTRIGHT = new RegExp(
  `[?¿]|^\\s*(?:(?:y|e|and|pero|but|epi|men|ok|entonces|pues|so|oye|oiga)\\s+)?(${ASKING_WORDS}|what|ki)\\b`,
  'i',
);
/** Asked outright, or where, how much or how asked last with no mark ("el pasaporte de ella donde se saca"). */
export const asksPlainly = (text: string): boolean => OUTRIGHT.test(text) || ASKED_LAST.test(text);

/** Words that open a question ("will", "donde", "kote"), in a danger's messages (emergency-message-parts.ts). */
const QUESTION_OPENERS = new Set(
  'will would can could do does did is are what where how who when why which que como donde cuando quien cual cuanto puedo puede pueden podemos hay eske esk kisa kote kijan kile konbyen poukisa'.split(
    ' ',
  ),
);
/** Folded words that open as a question, or announce one ("una pregunta, me dan un papel… en juarez?": no place told). */
export const opensAsQuestion = (words: readonly string[]): boolean =>
  QUESTION_OPENERS.has(words[0] ?? '') ||
  /^((una|otra|one|another|a|quick|yon|lot) (pregunta|preguntita|question|kesyon))\b/.test(words.join(' '));
