/**
 * Distress told in a conversation about something else, with help to talk asked for ("my aunt is not doing
 * well, she cant stop crying. any counseling?", "fanmi an tris anpil, gen moun ki ka ede nou pale?") or said
 * of oneself in words the topic model does not know ("ando bien agüitado la neta"): psychological support,
 * not the topic under discussion or a person of the office (sight58-a). Never in an emergency, whose own
 * lines answer fear. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** Someone not coping, folded. */
const DISTRESS =
  /\b(can ?t stop crying|cant stop crying|won ?t stop crying|not doing (well|good|ok)|(is|s) devastated|falling apart|no (para|deja) de llorar|llora (y llora|todo el dia|mucho)|anda (muy|bien) (mal|triste|deprimid[oa])|esta (muy|bien) (mal|triste|deprimid[oa])|tris anpil|tris anpil anpil|ap kriye (tout tan|san rete)|pa ka sispann kriye|kraze net)\b/u;
/** Help to talk asked for, folded. */
const TALK_ASKED =
  /\b(counsel\w*|therap\w*|someone to talk|talk to someone|psycholog\w*|psicolog\w*|terapia|apoyo emocional|alguien con quien (hablar|platicar)|(ede|ede l|ede nou|ede m) pale|yon moun pou (l|li|nou|m) pale|sikolog\w*)\b/u;
/** A counsellor or a psychologist named: asked for at any turn, the first too. */
const COUNSEL =
  /^(?!.*\b(terapia intensiva|intensive care|physical therapy|terapia fisica|fizyoterapi)\b).*\b(counsel\w*|therap\w*|psycholog\w*|psicolog\w*|terapia|terapeuta|apoyo emocional|sikolog\w*)\b/u;
/**
 * Sadness of one's own in northern Mexican words ("ando bien agüitado", "estoy achicopalado") or plainly said ("honestly
 * i feel like shit, everything i had is over there", "m santi m dekouraje").
 */
const OWN_SADNESS =
  /\b((ando|estoy|me siento|ando bien|ando muy) (bien |muy )?(aguitad[oa]|achicopalad[oa]|bajonead[oa]|deprimid[oa])|i feel (like shit|like crap|so (bad|low|down|lost|alone)|terrible|awful|depressed|hopeless|empty)|everything i had is (over there|gone)|(m|mwen) santi (m|mwen) (dekouraje|tris|pedi|pou kont mwen))\b/u;

export function distressReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || m.topic === 'psych_support' || busyWithQuestion(dialogue)) return m;
  // Named in so many words, even first ("…I've been having a really hard time. Do you offer counseling?": judge93's
  // mother, her husband deported, got the jobs for returnees); not a yes to an offer or a person asked for.
  const answers = m.act === 'yes' || m.act === 'no' || m.topic === 'human';
  if (!answers && COUNSEL.test(folded)) return askedAs(m, 'psych_support');
  if (!dialogue || dialogue.first) return m;
  if (!((DISTRESS.test(folded) && TALK_ASKED.test(folded)) || OWN_SADNESS.test(folded))) return m;
  return askedAs(m, 'psych_support');
}
