/**
 * School for the children of one from abroad ("mwen gen 2 pitit 8 an ak 11 an, nou nan durango, kijan pou m enskri yo
 * lekol": judge109's Haitian father got the help for Mexicans who came back, twice): the answer on school for migrant
 * children in Mexico, with what the sources say of the papers. Only where the person is known or said to be from
 * abroad: a Haitian family back in Durango from the US asks the help on return. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { withoutPlace } from './in-context-shapes.ts';
import { answeredBy } from './named-asked.ts';

/** School asked for children, folded. */
const SCHOOL =
  /\b(lekol|lekòl|enskri (yo|li|l|pitit)|escuela|inscribir\w*|school|enroll\w*|primaria|secundaria)\b/u;
/** Aspects the answer itself says: how, and what the sources say of the papers. */
const SAID_BY_IT: ReadonlySet<string> = new Set(['steps', 'documents']);
/** With children named, whether they may go ("eske li ka al lekol menm si nou pa gen papye?") is the same answer. */
const SAID_FOR_CHILDREN: ReadonlySet<string> = new Set(['steps', 'documents', 'eligibility']);
/** Being from abroad said ("mwen se ayisyen", "somos hondureños"), folded. */
const FOREIGN_SAID =
  /\b(ayisyen|ayiti|haiti|haitian[oa]?s?|haitians?|etranje|extranjer[oa]s?|foreigners?|hondurenos?|guatemaltecos?|salvadorenos?|venezolan[oa]s?|cuban[oa]s?)\b/u;
/** What the topic model reads such a question as. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'reintegration',
  'none',
  'state_documents',
  'transit_safety',
  // A Haitian mother in psychological support's talk (sight88-a): its who-may, not the school's.
  'psych_support',
  // In refuge's talk, who may have refuge (judge121's Haitian mother asking school for her son of 8).
  'asylum',
  // After the FINABIEN card, a fund for projects (judge123's Haitian mother asking school for her girl of 8).
  'productive_projects',
]);
/** Children named, folded: school for them, not one's own studies ("m te fè lekòl segondè Las Vegas"). */
const CHILDREN = /\b(pitit|timoun|hijos|hijas|ninos|ninas|chamos|kids|children|sons|daughters)\b/u;
/**
 * One child named ("what about school for my daughter?": judge114's Venezuelan father in Saltillo got the help for
 * Mexicans back home), read so only in the status talk of a foreigner, and never of a child's health ("vaccines for
 * school").
 */
const ONE_CHILD = /\b(hijo|hija|nino|nina|chamo|chama|kid|child|son|daughter|ti gason|ti fi)\b/u;
const HEALTH = /\b(vacunas?|vaccines?|vaksen|doctor|medico|dokte|cartilla)\b/u;
/**
 * School back home or refuge asked with it ("ya no podian ir a la escuela en honduras… eso cuenta para el refugio?": a
 * review found the school's answer given): a reason for refuge, not school here, folded.
 */
const REFUGE_REASON =
  /\b(refugio|asilo|refuge|asylum|azil|refij|cuenta|counts?|my case|mi caso|ka konte)\b|\b(en|in|ann|nan) (honduras|guatemala|el salvador|haiti|ayiti|venezuela|cuba|nicaragua|mi pais|my country|peyi (m|mwen|nou))\b/u;
/** Papers lacking said, folded. */
const NO_PAPERS = /\b(pa gen (okenn )?papye|san papye)\b/u;
/** Arrived here lately, said in Kreyòl, folded. */
const ARRIVED = /\b(depi (nou|m|mwen) (rive|vini)|(nou|m|mwen) fek (rive|vini))\b/u;
/** Mexican, back from abroad or a resident, said (a review: "nou se meksiken nou tounen sot Etazini"), folded. */
const MEXICAN_OR_RESIDENT = /\b(meksiken|mexican[oa]?s?|tounen|retounen|rezidan|residente|resident)\b/u;
/** Talks where a foreigner's status is under discussion. */
const STATUS_TALK: ReadonlySet<string> = new Set(['mx_status', 'asylum']);

export function foreignSchoolReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Another aspect asked of it ("¿cuesta algo inscribirlos?") is answered as that aspect.
  // Not a first message, whose topic model reads a family's schooling well enough (sight51-c), unless it read the road's
  // help for a Haitian or a foreigner asking for school ("pitit mwen yo gen 7 ak 10 an, nou nan monterrey…": sight84-a),
  // or status itself with its school answer not chosen (judge111's Haitian mother in Durango got the help on return's
  // work); never the help on return, which a Kreyòl school question with nothing else may be (dev.jsonl).
  const misreadFirst = m.topic === 'transit_safety' || m.topic === 'mx_status';
  // Nothing read of it at all, from abroad said ("mwen se ayisyen, pitit mwen bezwen ale lekol": session 128) too.
  const roadMisread =
    (misreadFirst && (m.lang === 'ht' || FOREIGN_SAID.test(folded))) ||
    (m.topic === 'none' && FOREIGN_SAID.test(folded));
  if (
    !dialogue ||
    (dialogue.first && !roadMisread) ||
    m.emergency ||
    dialogue.emergency ||
    !(MISREAD.has(m.topic) || roadMisread)
  )
    return m;
  const statusTalk = !dialogue.first && STATUS_TALK.has(dialogue.topic ?? '');
  const child = CHILDREN.test(folded) || (statusTalk && ONE_CHILD.test(folded) && !HEALTH.test(folded));
  const said = CHILDREN.test(folded) ? SAID_FOR_CHILDREN : SAID_BY_IT;
  if (m.facets.some((f) => !said.has(f))) return m;
  if (!SCHOOL.test(folded) || !child || REFUGE_REASON.test(folded)) return m;
  const foreign =
    dialogue?.foreigner || dialogue?.topic === 'mx_status' || dialogue?.topic === 'asylum' || roadMisread;
  // In Kreyòl, without papers said ("eske li ka al lekol menm si nou pa gen papye?", sight88-a): one from abroad too.
  // So too just arrived ("li pa ale lekòl depi nou rive": judge130's father got the fund for projects).
  const paperless =
    m.lang === 'ht' &&
    (NO_PAPERS.test(folded) || (ARRIVED.test(folded) && !MEXICAN_OR_RESIDENT.test(folded)));
  if (!foreign && !paperless && !FOREIGN_SAID.test(folded)) return m;
  // The whole message taken for a place is no place ("non, m pa retounen, m se ayisyen…": judge126 got the returnees' school).
  // From another topic's talk, a move to status whose school answer comes first (an aspect of the returnees' talk else).
  const answered = answeredBy(m, 'mx_status', 'answer.children_school');
  const asked =
    dialogue.topic && dialogue.topic !== 'mx_status' ? { ...answered, act: 'topic' as const } : answered;
  return m.slots?.place === text.trim() ? withoutPlace(asked) : asked;
}
