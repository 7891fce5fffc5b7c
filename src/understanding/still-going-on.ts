/**
 * A danger told with a past time that still goes on: thoughts of suicide not told as an attempt
 * over, someone lost in the desert with nothing heard since, a child left alone when the parents
 * were taken or lost by them in a crowd, someone held by the authorities without food, water or medicine, someone
 * taken with nobody knowing where.
 * Folded text. Pure.
 */
import { childLostNow } from './child-lost-words.ts';

/** An attempt or thoughts told as over ("intentó suicidarse el año pasado", "hace 2 años pensé en…"). */
const ATTEMPT_TOLD =
  /\b(intento|intentaron|trato de|trataron de|pense en|pensaba en|tried to|tried|attempted|used to think|te eseye|te vle|m te panse)\b/;

/**
 * Nothing heard since ("no sabemos nada de él", "we haven't heard from him", "nou pa gen nouvèl li"):
 * someone lost in the desert days ago is still lost (emerg-ci: a son left by the coyote without water
 * "hace 3 días" got the safety line and the search's answer).
 */
const NO_NEWS_SINCE =
  /\b(no (sabemos|se|sabe|hemos sabido|he sabido) nada|no (ha|han) (aparecido|llamado|contestado|regresado)|ya no (contesta|contestan|supimos|se supo)|no (contesta|contestan|responde)|(havent|haven t|have not|hasnt|hasn t|didnt|didn t) (heard|hear|called|answered|shown up)|no (news|word)|(pa|poko) gen (nouvel|nouvèl)|(nou|m|mwen) pa (konn|tande) anyen|(nou|m|mwen) pa tande (l|li)|(li|yo) pa (rele|reponn))\b/;

/**
 * The parents taken, by the migra or anyone ("papa m ak manman m, migrasyon pran yo, m rete pou kont mwen"), or the aunt
 * the child travelled with ("yo arete matant li", emerg-dk): the child told of is still alone, though the taking is the
 * authorities' (emerg-di). A child taken himself ("neve m… migrasyon pran l") is in their care, not alone
 * (sight6-b).
 */
const GUARDIAN =
  '(papa|manman|paran|matant|tonton|grann) (m|mwen|li|l)|papa (m|mwen) ak manman (m|mwen)|manman (m|mwen) ak papa (m|mwen)|(mis|sus|mi|su) (papas|padres|mama|papa|tia|tio|abuela|abuelo)|mi mama y mi papa|mi papa y mi mama|(my|his|her) (parents|mom and dad|mother and father|mom|mother|dad|father|aunt|uncle|grandma|grandmother)';
const TAKEN =
  '(pran|arete|kenbe|agarraron|detuvieron|arrestaron|se (los |la |lo )?llevaron|took|detained|arrested|picked up)';
const PARENTS_TAKEN = new RegExp(
  `\\b(${GUARDIAN})\\b.{0,50}\\b${TAKEN}\\b|\\b${TAKEN}\\b (a )?(${GUARDIAN})\\b`,
);

/**
 * Taken and nobody knows where, told in Kreyòl with no time long past ("yo mennen l, m pa konn kote l ye"): an age told
 * with it ("li gen 16 an") reads as years ago to notNow. Weeks or months ago it is the search's.
 */
const WHEREABOUTS_UNKNOWN =
  /^(?!.*\b(depi|semen|semenn|mwa|ane|lane)\b).*\b(m|mwen|nou) pa (konn|konnen) (ki )?kote (l|li|yo) ye\b/;

/** Whether a danger of this kind, told with a past time, still goes on. */
export const stillGoingOn = (kind: string | undefined, folded: string): boolean =>
  // Held by the authorities without food, water or medicine (its own patterns rule out a detention told as past).
  kind === 'detained' ||
  // Taken, by anyone, and nowhere known since: still taken, whatever time or authority is told (emerg-fa).
  (kind === 'kidnapping' && WHEREABOUTS_UNKNOWN.test(folded)) ||
  (kind === 'suicide' && !ATTEMPT_TOLD.test(folded)) ||
  (kind === 'desert' && NO_NEWS_SINCE.test(folded)) ||
  (kind === 'child_alone' && (PARENTS_TAKEN.test(folded) || childLostNow(folded)));
