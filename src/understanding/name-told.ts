/**
 * A name told with an age at a form's name question ("Fritznel Joseph, li gen 25 an", "se llama Ramiro Soto y tiene
 * 40"): the name is the answer; the digits that follow are no reason to ask for it again (judge94's sister got the name
 * question twice). Not a relationship or a pronoun ("mi hijo tiene 17", "ella tiene 58"). Pure.
 */

/** What may open a name: "se llama", "his name is", "li rele". */
const INTRO =
  /^(se llama|su nombre es|el nombre es|his name is|her name is|name is|li rele|li rel|l rele|non li se|non l se|non an se)\s+/iu;
/** Where the name ends: a comma, a full stop, or the age's verb. */
const AFTER_NAME =
  /[,;.]|\s+(?:y|and|e|tiene|has|is|gen|li gen|age|edad|hes|shes|he's|she's|he’s|she’s|he is|she is)\s+/iu;
/** First words that are no name. */
const NOT_A_NAME =
  /^(mi|mis|my|su|sus|el|la|los|las|ella|he|she|his|her|our|nuestro|nuestra|yo|i|tengo|tiene|es|is|li|l|m|mwen|pitit|frè|fre|se|un|una|a|the|yon)$/iu;

/** The name said before an age, or null. */
export function nameBeforeAge(text: string): string | null {
  const head = (text.split(AFTER_NAME)[0] ?? '').trim();
  const name = head.replace(INTRO, '').trim();
  const words = name.split(/\s+/).filter(Boolean);
  // One word is a name only after what opens one ("non l se Jislene, 19 an": review124).
  const least = INTRO.test(head) ? 1 : 2;
  if (/\d/.test(name) || words.length < least || words.length > 5 || NOT_A_NAME.test(words[0] ?? ''))
    return null;
  return words.every((w) => /^\p{L}[\p{L}'.-]*$/u.test(w)) ? name : null;
}

/** Whether a message opens by naming ("se llama…", "non l se…"). */
export const opensName = (text: string): boolean => INTRO.test(text.trim());
