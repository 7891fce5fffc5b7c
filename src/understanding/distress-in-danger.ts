/**
 * In a danger or after one, one's own distress told ("m santi m pa byen nan tèt mwen, m toujou ap kriye", "no paro de
 * llorar y no puedo dormir", "i keep crying, i can't sleep"): the emergency's answer on mental health (the
 * Institute's psychologists, CONASAMA, 911 if life is at stake), not "noted" with 911 again (emerg-gi's Haitian, beaten
 * by her husband and out of the house). A new danger told is the emergency's own (m.emergency). Pure.
 */
import type { DialogueAct, DialogueContext, Meaning } from '../core/types.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';

/** Crying that does not stop, no sleep, panic, the head or the heart not well, folded. */
const DISTRESS =
  /\b(no (paro|dejo|puedo dejar) de llorar|lloro (todo el dia|mucho|y lloro|a cada rato)|no puedo dormir|(tengo|me dan) ataques? de (panico|ansiedad)|(estoy|me siento|ando) (muy |bien |tan )?(deprimid[oa]|mal de la cabeza|mal emocionalmente)|i (can t|cant|cannot) stop (crying|shaking)|i (keep|am always|m always) crying|i (can t|cant|cannot) sleep|i (have|m having|keep having) panic attacks?|i (feel|m|am) (so |very )?(depressed|broken inside)|(m|mwen) (toujou |pa sispann )?(ap|pe) kriye|pa ka sispann kriye|(m|mwen) santi (m|mwen) pa byen nan (tet|tèt) (m|mwen)|(tet|tèt) (m|mwen) pa (bon|byen)|(m|mwen) pa ka (domi|dòmi)|(m|mwen) (deprime|tris anpil))\b|\b(mi|my|manman|papa|madanm|mari|pitit)( \w+)? (esposa|esposo|mujer|senora|mama|papa|hija|hijo|wife|husband|mom|mother|dad|father|daughter|son|m|mwen)\b.{0,25}\b(no (para|deja) de llorar|llora y llora|can t stop crying|cant stop crying|won t stop crying|keeps crying|pa sispann kriye|ap kriye san rete)\b/u;
/** Someone to talk to or a psychologist asked for, folded. */
const TALK_ASKED =
  /\b(someone|somebody|anyone|alguien|yon moun)\b.{0,25}\b(talk|speak|hablar|platicar|pale)\b|\b(psycholog\w*|psicolog\w*|sikolog\w*|counsel\w*|therap\w*|terapeuta)\b/u;
/** What a message telling its distress may be doing (not a yes, a form's answer, a person asked for). */
const TELLING: ReadonlySet<DialogueAct> = new Set<DialogueAct>([
  'context',
  'otherQuestion',
  'unclear',
  'followUp',
  'topic',
  'emergency',
  'whatToDo',
  // "my husband cant stop crying since the call" reads "cant… call" as no call to make
  'cannotCall',
]);

export function distressInDangerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue) || dialogue?.asked === 'field' || !TELLING.has(m.act)) return m;
  // Someone to talk to or a psychologist asked is psychological support's own answer (emerg-bk's brother).
  if (TALK_ASKED.test(folded)) return m;
  return DISTRESS.test(folded) ? { ...emergencyAnswerAsked(m, 'answer.mental_health_line'), slots: {} } : m;
}
