/**
 * Who someone is, told in a follow-up: a name ("se llama Refugio", "li rele Jean") or where they
 * are from ("de uruapan"). The dialogue model reads such lines as a new topic or as thanks ("de
 * nada"); they are statements. Kept apart from follow-up-words.ts, which is at its size. Pure.
 */

/**
 * Where someone is from, told in a few words ("de uruapan", "from fresno", "soti okap"): a statement,
 * though "de" and "from" lean the dialogue model to thanks ("de nada").
 */
export const TELLS_ORIGIN =
  /^\s*(?:(?:y |and )?(?:soy|somos|es|son|era|im|i am|we are|hes|shes|he is|she is|li|m|nou)\s+)?(?:de|del|from|soti|sòti)\s+(?!(?:nada|acuerdo|veras|verdad|nuevo|todo|todos|rien|anyen|here|there|now|nothing)\b)\p{L}[\p{L}' .-]*$/iu;
/** A name told ("se llama Refugio", "li rele Jean"): a statement, whatever topic the name's word names. */
export const TELLS_A_NAME =
  /\b(se llama|se llamaba|me llamo|mi nombre es|su nombre es|el nombre es|my name is|his name is|her name is|name'?s|li rele|m rele|mwen rele|non li se|non m se)\b/i;
/** A programme's or an office's name told ("se llama abrazando almas creo": judge114's mother got "Noted"), folded or not. */
const PROGRAM_NAMED =
  /\b(abrazando almas|paisanos?|grupos? beta|finabien|llamando a casa|comar|tvrh|daca|programa|program|pwogram|oficina|office|biwo)\b/i;
/** Words at most of a name told alone, whatever the model read it as ("li rele Jacinto Ledezma Rocha"). */
const NAME_ALONE_WORDS = 6;
/**
 * A name the model took for a new topic, or for anything when told alone without a question (sight47-a:
 * a wife's "li rele Jacinto Ledezma Rocha" got "our sources do not say that"), or an origin it took for
 * thanks: who someone is, told.
 */
export const tellsWho = (act: string, text: string) =>
  (TELLS_A_NAME.test(text) &&
    !PROGRAM_NAMED.test(text) &&
    (act === 'new_topic' || (!/[?¿]/.test(text) && text.trim().split(/\s+/).length <= NAME_ALONE_WORDS))) ||
  (act === 'thanks' && text.trim().split(/\s+/).length <= 4 && TELLS_ORIGIN.test(text));
