/**
 * On the road's help, a Mexican asking how to get back home ("also how do i get back home to durango, i got
 * no money", "y luego cómo me regreso a durango? soy de santiago papasquiaro", "can you guys get me home?")
 * asks about the trip home that the help after a deportation gives (free transport, the bus to one's
 * town), not about shelters and care: the topic model keeps the road (the sets developed against: 10 such
 * turns by deported men in Tijuana, Matamoros and Juárez). A foreigner (a conversation in Kreyòl, or one
 * about status or asylum) is going elsewhere, and keeps the road. So after a deportation's help ("hes from durango,
 * how does he get back there": sight62-a's sister got the state's documents), and once a danger is over with its
 * case still open ("gracias a dios. como me regreso a durango": emerg-ea got the jobs on return; "he wants to go home
 * to santiago papasquiaro, can you help him get there?": judge117's cousin got the remains' condolences). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { fold } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { JOB_ASKED } from './job-after-return.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';

/** Getting back home, to Durango or one's town (folded). */
const HOME_TRIP =
  /\b((como|pa|para) (le hago (pa|para) )?(me |se |nos )?(regreso|regresa|regresan|regresamos|regresar|regresarme|llego|llega|llegar|vuelvo|vuelve|volver|voy|va|irme|viene|vienen|venimos|venirse|vengo) (a|pa|para|hasta) (durango|mi casa|mi tierra|mi pueblo|mi rancho)|(regresar|regresarme|volver|llegar|irme) (a|pa|para|hasta) durango|(get|go|make it|ride|bus|trip|way) (back )?(home )?(from (there|here|the border|\w+) )?to durango|get (me|him|her|us|them) (back )?home|back home to durango|how (do|can|does|will) (i|he|she|we|they) get (back )?home|(from|de|soy de|es de) durango\b.{0,40}\b(how (do|can|does|will) (i|he|she|we|they) get back|como (se )?(regresa|regreso|llega|vuelve))|(wants?|needs?|want|trying) to (go|get) (back )?home to \w+|(go|get|going) (back )?home to (santiago|gomez|lerdo|durango|el|la|his|her|my|our)\b.{0,40}\b(help|get there|bus)|(quiere|quiero|queremos|necesita) (regresar|irse|irme|volver|llegar) a (su|mi) (casa|pueblo|rancho|tierra))\b/u;

/** A deportation told as news (folded). */
const DEPORTED_NOW =
  /\b(deported (him|her|them|me|us)|(lo|la|los|las|me|nos) deportaron|(they|he|she) (got|was|were) deported)\b/u;

export function homeTripReading(
  m: Meaning,
  _text: string,
  dialogue?: DialogueContext,
  folded = fold(_text),
): Meaning {
  // Deported now, told with the way home asked, in a search's form too ("update: he called, they deported him to
  // juarez. how does he get home": sight70-a's aunt had it taken as where he was last).
  const deported = DEPORTED_NOW.test(folded);
  const onRoad =
    dialogue?.topic === 'transit_safety' ||
    dialogue?.topic === 'deportee_support' ||
    dialogue?.urgentOpen ||
    deported;
  if (!onRoad || dialogue?.foreigner || m.lang === 'ht') return m;
  const busy = busyWithQuestion(dialogue) && !(deported && dialogue?.asked === 'field');
  // Work asked for once there ("once I get to durango can you help me find a job?": sight101-a): the job's answer.
  if (m.emergency || m.topic === 'emergency' || busy || !HOME_TRIP.test(folded) || JOB_ASKED.test(folded))
    return m;
  // In the help after a deportation already, the way home asked is its transport, not where the modules are (sight100-a).
  if (m.topic === 'deportee_support')
    return dialogue?.topic === 'deportee_support' && m.act === 'followUp'
      ? { ...answeredBy(m, 'deportee_support', 'answer.inm_transport'), facets: m.facets.slice(0, 1) }
      : m;
  return movedTo(m, 'deportee_support', { act: 'topic', confidence: Math.max(m.confidence, 0.9) });
}

/** A procedure done there asked, not the trip ("do I need to go to durango city for that?": sight23-c), folded. */
const DONE_THERE =
  /\b(for that|for this|para eso|pa eso|para esto|pou sa|can it be done|se puede hacer|tengo que ir|need to go|have to go)\b/u;

/**
 * In the talk of the help on return, the way home asked before getting there ("como llego a durango desde tijuana si no
 * tengo dinero": sight91-a's deported young man got who the help is for): the transport the repatriation modules give.
 */
export function homeTripFromReturnReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (
    !laterQuestion(m, dialogue) ||
    dialogue.topic !== 'reintegration' ||
    dialogue.foreigner ||
    m.lang === 'ht'
  )
    return m;
  if (busyWithQuestion(dialogue) || !HOME_TRIP.test(folded) || DONE_THERE.test(folded)) return m;
  return answeredBy(m, 'deportee_support', 'answer.inm_transport');
}
