/**
 * A parent who wants to go and see a child, a brother or grandchildren in the US, told in the middle
 * of another topic ("y mi mamá que tiene 59, ¿puede ir a ver a mi hermano a Fresno? no se ven desde
 * 2011", "my mom hasn't seen her in 15 yrs"), asks about the visas for parents to visit (family
 * reunification), whatever the conversation was about: session 58's fresh set had three daughters
 * who asked it after a pension answer and got the pension again. The topic model reads such a line
 * weakly (an age, a place, "no se ven" pulled it to a danger or a pension), and no glossary term
 * names it. Not a relative dying or a funeral (the humanitarian visa), nor a death. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { fold } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** A parent or grandparent named, folded. */
const PARENT =
  /\b(mi (mama|ama|mami|jefa|papa|apa|papi|jefe|madre|padre|abuel[oa]|abuelit[oa])|mis (papas|padres|abuelos|jefes)|my (mom|mother|mum|dad|father|parents|grandma|grandpa|grandmother|grandfather)|(manman|papa|paran|granmoun) (m|mwen))\b/u;
/** Going to see or visit a child, a sibling or grandchildren. */
const VISIT =
  /\b(ir a ver|ir a visitar|visitar|vaya a ver|vayan a ver|pueda ver|puedan ver|ir a verl[oa]s?|go see|go visit|visit|to see|ale we|al we|vizite|ale vizite)\b.{0,40}\b(hij[oa]s?|herman[oa]s?|niet[oa]s?|son|daughter|kids|children|brother|sister|grandkids|grandson|granddaughter|pitit|fre|se|ti pitit)\b/u;
/** Not having seen each other for years ("no ha visto a mi hermano desde hace 15 años", "no la veo desde 2009"). */
const APART =
  /\b(no (se |lo |la |los |las |le )?(ha |han |he |hemos )?(ven|ve|veo|vemos|visto)|sin ver(l[oa]s?|nos|se)?|hasn t seen|hasnt seen|haven t seen|havent seen|not seen (each other|him|her|them)|pa we (l|li|yo|youn lot) depi)\b/u;
/** The parent tells it: "ya van a ser 9 años q no la veo", "no veo a mi hijo desde 2012", "m pa wè pitit mwen depi 10 an". */
const SELF_APART =
  /\b((anos|years|an) (q|que|k|since|depi) (no (lo|la|los|las) (veo|he visto)|i (haven t|havent|have not) seen|m pa we)|no (he visto|veo) a mis? (hij[oa]s?|niet[oa]s?)|i (haven t|havent|have not) seen my (son|daughter|kids|children)|(m|mwen) pa (janm )?we pitit (m|mwen) depi)\b/u;
/** Years apart, told first thing ("no lo veo desde ace 18 años", "no la veo desde 2015"); "desde el martes" is a search. */
const YEARS_APART =
  /\bno (lo|la|los|las) (veo|he visto|hemos visto) desde (hace |ace )?((\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchos) anos|(19|20)\d\d)\b/u;
/** A relative dying, a funeral or a death: the humanitarian visa or the remains, not a visit. */
const DYING =
  /\b(muriendo|muere|murio|fallecio|grave|funeral|velorio|entierro|dying|died|funeral|passed|mouri|ap mouri|fineray|antèman|anteman)\b/u;
/** A parent or grandparent telling who they are or their age ("soy abuela", "tengo 68", "m se yon grann"). */
const ELDER_TELLS =
  /\b(soy (abuel[oa]|(la|el) (mama|papa|abuel[oa]))|i m (a )?(grandma|grandpa|grandmother|grandfather)|m se yon (grann|granmoun|granpapa)|tengo [5-9]\d|i m [5-9]\d|m gen [5-9]\d an)\b/u;
/** Going to see them, the relatives named before ("¿cómo puedo ir a verlos?", "how can i go see them", "kijan m ka we yo"). */
const SEE_THEM = /\b(ir a verl[oa]s?|verl[oa]s|visitarl[oa]s|see them|visit them|we yo|vizite yo)\b/u;

/**
 * First thing, a grandmother or a father who tells who they are and asks how to go and see children
 * or grandchildren in the US (sight43-a: "m gen 68 an… 2 pitit pitit mwen fèt Las Vegas. Kijan m ka
 * wè yo?" read as the children's dual nationality), or a mother who has not seen her son for years ("mijo esta en dallas
 * y no lo veo desde ace 18 años… un programa para ir a verlo": judge96's got the humanitarian visa): the visas for
 * parents to visit.
 */
function firstVisit(m: Meaning, folded: string): Meaning {
  const visit =
    (ELDER_TELLS.test(folded) || YEARS_APART.test(folded)) && (SEE_THEM.test(folded) || VISIT.test(folded));
  if (!visit || m.emergency || DYING.test(folded) || m.topic === 'family_reunification') return m;
  return movedTo(m, 'family_reunification', { confidence: 1, act: 'topic', facets: [] });
}

/** Topics a visit asked in the middle of is never about (a visit to the US is no pension). */
const ELSEWHERE: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'family_reunification',
  'us_humanitarian_visa',
  'remains_repatriation',
  'emergency',
  'human',
]);

export function familyVisitReading(
  m: Meaning,
  text: string,
  dialogue?: DialogueContext,
  folded = fold(text),
): Meaning {
  const current = dialogue?.topic;
  if (!current && !busyWithQuestion(dialogue)) return firstVisit(m, folded);
  // Later, in a first message's words, read as the humanitarian visa ("otra pregunta, mi hijo esta en dallas sin papeles
  // y no lo veo desde hace 12 años, hay forma de ir a verlo?": judge123's mother in line for a pension).
  if (m.topic === 'us_humanitarian_visa' && current !== 'us_humanitarian_visa' && !busyWithQuestion(dialogue))
    return firstVisit(m, folded);
  if (!current || ELSEWHERE.has(current) || ELSEWHERE.has(m.topic) || m.emergency) return m;
  if (busyWithQuestion(dialogue)) return m;
  const parentTells = SELF_APART.test(folded);
  if (!(PARENT.test(folded) || parentTells) || !(VISIT.test(folded) || APART.test(folded) || parentTells))
    return m;
  if (DYING.test(folded)) return m;
  return movedTo(m, 'family_reunification', { confidence: 1, act: 'topic', facets: [] });
}
