/**
 * In the desert, a sign of thirst, heat or exhaustion told ("water almost gone", "ya no aguanto el calor") is the
 * desert's own danger, whose line says to call 911 and that the Grupos Beta rescue; a grave sign (not breathing,
 * collapsed, bleeding, a bite, a pregnancy) is the medical line's (a review: "my friend collapsed and is not breathing"
 * got the desert's line again). Pure.
 */

/** Thirst, heat, the sun or being worn out, folded or not. */
const THIRST =
  /\b(water|agua|dlo|thirst\w*|sed|swaf|heat|calor|chale|sun|sol|solèy|soley|tired|exhausted|cansad[oa]s?|bouke|walk\w*|camin\w*|mache|dizzy|mare[oa]d[oa]|tet vire)\b/iu;
/** A grave sign, which is the medical line's whatever the place. */
const GRAVE =
  /\b(breath\w*|respir\w*|collaps\w*|desmay\w*|unconscious|inconsciente|sangr\w*|bleed\w*|senyen|snake|vibora|culebra|alacran|scorpion|bit|mordio|pic[oó]|pregnan\w*|embarazad[oa]|ansent|convuls\w*|seizure|heart|pecho|chest|kè|ke l|vomit\w*|vomi|shak\w*|trembl\w*|tembl\w*|tranble|nonsense|sentido|confus\w*|sans)\b/iu;

/**
 * The danger's kind after a message: the one it tells (`told`), unless the model's alone ('unknown') or a sign of thirst
 * in the desert (judge121's lost man: "water almost gone" got the line for someone injured); else the case's (`known`).
 */
export function caseKind(told: string | undefined, known: string | undefined, text: string): string {
  const keeps =
    told === 'unknown' ||
    (told === 'medical' && known === 'desert' && THIRST.test(text) && !GRAVE.test(text));
  return (keeps ? undefined : told) ?? known ?? '';
}
