/**
 * A complaint that the answers did not help, said in words the phrase list does not hold: "this is
 * useless", "no sirve de nada", "sa pa sevi anyen", "forget it". Kept out of knowledge/signals/
 * dialogue.yaml on purpose: that list's phrases are also the dialogue model's training examples, and
 * adding "pa que sirve esto" there turned "¿para qué sirve esa constancia?" into a complaint. Pure.
 */
export const USELESS =
  /\b(this is|thats|that s|that is|you re|youre|you are|so) useless\b|^useless\b|\bforget it\b|\b(you re|youre|you are|this is|this isn t|this isnt) not helping\b|\bno (me )?sirve(s)? (de|pa) nada\b|\besto no sirve\b|\b(ya |mejor )?olvidalo\b|\bno me (estas|esta) ayudando\b|\bsa pa (sevi|itil) (anyen|a anyen)\b|\bou pa itil\b|\bbliye sa\b/;
