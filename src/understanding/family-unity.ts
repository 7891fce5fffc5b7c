/**
 * A foreigner's Mexican child told or supposed ("ok e si m gen pitit ki fèt meksik", "y si mi hijo nació aquí?",
 * "what if my kid was born in mexico", "residency as the mother of a Mexican": judge118): sight89-a's Haitian, whose residence card had expired, got legal advice's
 * who-may-be-served. The status entry's answer on staying through family ties (unidad familiar). Not a birth to
 * register (mexico-birth.ts says how). Pure.
 */
import { BABY_REGISTERED } from './mexico-birth.ts';
import { namedAskedReading } from './named-asked.ts';

/** A child born here or in Mexico, or a Mexican child, folded. */
const MEXICAN_CHILD =
  /\b(pitit|timoun|child|children|kid|kids|son|daughter|baby|hijo|hija|hijos|hijas|bebe|nino|nina)\b.{0,20}\b(fet|born|nacio|nacido|nacida|nacieron|nacidos)\b.{0,15}\b(meksik|mexico|isit|aqui|aca|here)\b|\b(pitit|hijos?|hijas?|children|kids?|child|son|daughter) (meksiken|mexican|mexicanos?|mexicanas?)\b|\b(mother|father|mom|dad|parent|madre|padre|mama|papa) (of|de) (a |an |un |una )?(mexican|mexicano|mexicana)\b|\b(married to|casad[oa] con) (a |an |un |una )?(mexican|mexicano|mexicana)\b|\bmarye ak (yon )?meksiken\b/u;
/**
 * The child's own papers asked (registering the birth, its CURP, what it may get, a birth to come): the civil
 * registry's answer (mexico-birth.ts), which writers of fresh sets expect there, folded.
 */
const CHILDS_PAPERS =
  /\b(deklare|declar\w*|registr\w*|register\w*|anrejistre|rejis|curp|kijan pou (m|mwen|nou) fe|(li|l) (ka|ap|pral|va) (gen|jwenn)|can (she|he|it) get|puede (tener|sacar)|ansent|embarazada|pregnant|si (bebe a|el bebe|the baby)|is (she|he|it) (a )?mexican|(ella|el|ellos|ellas|la nina|el nino|la bebe|el bebe) (es|sera|seria|son|seran) mexican\w*|(li|l) (se )?meksiken|nacionalidad|nationality|nasyonalite|citizen\w*)\b/u;
/** Such a child, unless the child's own papers are asked. */
const CHILD_NOT_REGISTERED = new RegExp(
  `^(?!.*(?:${BABY_REGISTERED.source}|${CHILDS_PAPERS.source})).*(?:${MEXICAN_CHILD.source})`,
  'u',
);

/** One's own papers asked right after the Mexican baby's ("e mwen menm, eske sa ede m jwenn papye?": sight106-a), folded. */
const OWN_PAPERS_AFTER =
  /\b(e mwen menm|e pou mwen|y yo|and me|what about me|and for me)\b.{0,40}\b(papye|papeles|papers|regilariz\w*|regulariz\w*|legal)\b/u;

/** The registry's papers asked, folded. */
const REGISTRY_PAPERS =
  /\b(registro civil|rejis sivil|llevo|llevar|bring|pote|registrar\w*|deklare|anrejistre)\b/u;
/** After the baby's registration was answered, one's own papers through that child. */
export const ownPapersAfterBirthReading = namedAskedReading(
  'mx_status',
  OWN_PAPERS_AFTER,
  'answer.family_unity',
  {
    // Not what to bring to register the baby ("y yo qué papeles llevo al registro civil?": a review).
    unless: (_m, dialogue, folded) =>
      dialogue?.lastAnswer !== 'answer.baby_born_mexico' || REGISTRY_PAPERS.test(folded),
  },
);

export const familyUnityReading = namedAskedReading(
  'mx_status',
  CHILD_NOT_REGISTERED,
  'answer.family_unity',
  {
    anyTopic: true,
    // "e mwen menm, m ka gen papye Meksik paske m marye ak yon meksiken?" after her US-born child's registration (sight99-a).
    // After an apostille's papers too (sight101-a: "e mwen menm… paske m marye ak yon meksiken?" got the apostille's papers).
    misreadAs: ['dual_nationality', 'apostille', 'state_documents'],
    // Only a foreigner in Mexico (a Haitian's "here" is Mexico, or the message asks to stay) stays through a Mexican child.
    unless: (m, dialogue) =>
      !(dialogue?.foreigner || m.lang === 'ht' || dialogue?.topic === 'mx_status' || m.topic === 'mx_status'),
  },
);
