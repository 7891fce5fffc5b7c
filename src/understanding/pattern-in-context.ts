/**
 * The danger an emergency pattern names, read in the conversation: a farewell is said with the suicide line
 * (understanding keeps the pattern's own kind apart only to read a farewell as now); a beating told of a detained
 * relative while the talk is finding them ("he says the guards hit him", "dice q le estan pegando": emerg-gq, after "my brother got detained by ICE") is
 * the detained's kind (the CNDH, the consulate), not violence to flee from (sight96-a got "get away if you can"); and
 * harming oneself denied outright ("i feel kinda down, like depressed. not gonna hurt myself… do you guys have a
 * therapist?", judge123 got the suicide line and an urgent case) is no pattern's danger: the model may still see one.
 * Pure.
 */
import type { DialogueContext } from '../core/types.ts';
import type { EmergencyMatch } from './detect-emergency.ts';

/** Someone else beaten ("him", "lo", "li"): the detained relative, not the one writing. */
const SOMEONE_ELSE_BEATEN =
  /\b(hit|hitting|beat|beating|beaten|kicked|punched|hurt) (him|her|them)\b|\b(lo|la|los|las|le|les) (estan |esta |andan |siguen )?(golpe\w*|peg\w*|patea\w*|madrea\w*|maltrat\w*)\b|\b(bat|frape|kale|maltrete) (l|li|yo)\b/u;
/** The one writing hurt too: the violence stands. */
const WRITER_HURT =
  /\b(me|us|nos|mwen|m) (hit|hits|beat|beats|golpe\w*|peg\w*|bat|frape)\b|\b(hit|hits|beat|beats|hurt|hurts) (me|us)\b/u;

/**
 * Harming oneself denied, never with a doubt ("not sure i won't hurt myself") nor beside a wish to die or thoughts of it
 * ("i dont wanna be alive anymore. i wont kill myself but i think about it": a review), folded.
 */
const HARM_DENIED =
  /^(?!.*\b(not sure|don t know if|dont know if|no se si|maybe|tal vez|quizas|pa konnen si|afraid|scared|miedo|pe|alive|vivir|viv|vivo|viva|die|dying|morir|morirme|muerto|muerta|mouri|think about it|thinking about|pienso en|lo pienso|disappear|desaparec\w*|aguanto|take it|no point|sentido|end it|acabar|touye tet)\b).*(\b(i m not|im not|i am not|not) (gonna|going to) (hurt|kill|harm) myself\b|\bi (won t|wont|would never|d never|will never) (hurt|kill|harm) myself\b|\bno (me )?(voy a|pienso) (hacerme dano|lastimarme|matarme|quitarme la vida)\b|\b(m|mwen) pa (pral|ap|vle) (touye tet (m|mwen)|fe tet (m|mwen) mal)\b)/u;

/** A medicine or care named: never an ambulance or a hospital's door (a review: a heart attack at home stays medical). */
const MEDICINE =
  'insulina|medicina|medicinas|medicamento|medicamentos|pastillas|tratamiento|doctor|medico|atencion|insulin|medicine|meds|pills|medication|treatment|a doctor|medikaman|ensilin|renmed|grenn|dokte|swen';
/**
 * A held relative's medicine or care told as withheld ("no le estan dando su insulina", "they wont give him his pills",
 * "yo pa ba l medikaman l"): emerg-gw's son in Eloy fainted without insulin and got the 911 line alone, folded.
 */
const CARE_WITHHELD = new RegExp(
  String.raw`(\b(no|ni) (le|les) (estan |esta |han |quieren |quiere )?(dan|da|dando|dado|dar|den|pasan|pasando|pasado)|\b(won t|wont|don t|dont|aren t|arent|not|never|refuse to|refusing to) (give|giving|given) (him|her|them)|\b(yo|li) pa (ba|bay|vle ba) (l|li|yo))\b(?: \w+){0,2} (${MEDICINE})\b`,
  'u',
);

export function kindInConversation(
  match: EmergencyMatch | null,
  folded: string,
  dialogue?: DialogueContext,
): EmergencyMatch | null {
  if (!match) return null;
  if (match.kind === 'suicide' && HARM_DENIED.test(folded)) return null;
  if (match.kind === 'farewell') return { ...match, kind: 'suicide' };
  const heldBeaten =
    match.kind === 'violence' &&
    dialogue?.topic === 'locate_person' &&
    !dialogue.emergency &&
    SOMEONE_ELSE_BEATEN.test(folded) &&
    !WRITER_HURT.test(folded);
  const heldUncared =
    match.kind === 'medical' &&
    dialogue?.topic === 'locate_person' &&
    !dialogue.emergency &&
    CARE_WITHHELD.test(folded);
  return heldBeaten || heldUncared ? { ...match, kind: 'detained' } : match;
}
