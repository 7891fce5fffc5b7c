/**
 * In a danger, fear of calling the police told ("we're scared to call the police, the driver says don't", "tengo miedo
 * de hablarle a la policia", "la policia de aqui esta con ellos"): how to report without giving a name (089), or, where
 * papers are feared for, what the sources say of calling without them; not the "no credit? write here" lines
 * (emerg-ei: a bus robbed near Caborca). Pure.
 */
import { type DialogueContext, LEARNED_ALONE, type Meaning } from '../core/types.ts';
import { emergencyAnswerAsked } from './named-asked.ts';

/** Fear of calling or reporting to the police, or the police said to be on the other side, folded. */
const POLICE_FEARED =
  /\b(scared|afraid|fear|miedo|temor|(m|mwen|nou|li) (pe|krent))\b.{0,30}\b(call|calling|llamar|llamarle|hablar|hablarle|marcar|rele|report|reporting|denunciar|avisar)\b.{0,25}\b(police|cops|policia|polis|lapolis|patrulla|911)\b|\b(police|cops|policia|polis|lapolis)\b( \w+){0,3} (esta|estan|anda|andan|trabaja|trabajan|work|works|is|are|ye|travay|mache) (con ellos|with them|ak yo|in on it|coludid\w*|de su lado)\b/;
/** Papers or being sent back feared with it ("I have no papers", "nos deportan"), folded. */
const STATUS_FEARED =
  /\b(papers|papeles|papye|documents|documentos|deport\w*|depote|undocumented|status|sin papeles)\b/;

export function policeFearedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Who is coming asked with it keeps its own answer: this chat sends nobody.
  if (m.act === 'whoComes') return m;
  if (
    !dialogue?.emergency ||
    (m.emergency && m.emergency.pattern !== LEARNED_ALONE) ||
    m.helpCalled ||
    m.callFailed ||
    !POLICE_FEARED.test(folded)
  )
    return m;
  return emergencyAnswerAsked(
    m,
    STATUS_FEARED.test(folded) ? 'answer.police_and_deportation' : 'answer.report_anonymously',
  );
}
