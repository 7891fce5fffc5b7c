/**
 * Distress told in a conversation about something else, with help to talk asked for ("my aunt is not doing
 * well, she cant stop crying. any counseling?", "fanmi an tris anpil, gen moun ki ka ede nou pale?") or said
 * of oneself in words the topic model does not know ("ando bien agüitado la neta"): psychological support,
 * not the topic under discussion or a person of the office (sight58-a). Never in an emergency, whose own
 * lines answer fear. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs, busyWithQuestion, MOVED_SURE, movedTo } from './in-context-shapes.ts';
import { SENT_BY_PSYCHOLOGIST } from './job-after-return.ts';

/** Someone not coping, folded. */
const DISTRESS =
  /\b((taking|take|took|takes) it (really |very |so |pretty |too )?(hard|bad)|(lo|la) (estan|esta) (tomando|llevando) (muy |bien )?mal|can ?t stop crying|cant stop crying|won ?t stop crying|not doing (well|good|ok)|(s|is|been|has been|s been) (really |very |so |pretty |super )?(down|depressed|low)|(is|s) devastated|falling apart|freaking out|no (para|deja) de llorar|llora (y llora|todo el dia|mucho)|anda (muy|bien) (mal|triste|deprimid[oa])|esta (muy|bien) (mal|triste|deprimid[oa])|tris anpil|tris anpil anpil|tre tris|ap kriye (tout tan|san rete)|pa ka sispann kriye|kraze net)\b/u;
/** Below this the topic model's reading of a first message gives way to one's own sadness told. */
const UNSURE_FIRST = 0.5;
/** Money named: what the help costs is asked. */
const MONEY = /\b(dinero|pagar|pago|cuesta|cobran|gratis|money|pay|cost|costs|free|lajan|kob|peye|gratis)\b/u;
/** Words that name a counsellor or a psychologist, folded. */
const COUNSEL_WORDS = String.raw`counsel\w*|therap\w*|psycholog\w*|psicolog\w*|terapia|terapeuta|apoyo emocional|sikolog\w*`;
/** Help to talk asked for, folded: a counsellor named or someone to talk to. */
const TALK_ASKED = new RegExp(
  String.raw`\b(${COUNSEL_WORDS}|someone to talk|talk to someone|(someone|somebody) (she|he|i|we|they) can talk to|alguien con quien (hablar|platicar)|(ede|ede l|ede nou|ede m) pale|yon moun pou (l|li|nou|m) pale)\b`,
  'u',
);
/** Help asked for the one in distress ("zanmi m nan tre tris… eske gen ed pou li?", sight88-a), folded. */
const HELP_FOR =
  /\b(gen (ed|sipo) pou (li|l|yo)|ede (li|l|yo)|hay (ayuda|apoyo) (para|pa) (el|ella|ellos|ellas)|(any )?help for (him|her|them)|ayudarl[oa]s?)\b/u;
/** A counsellor or a psychologist named: asked for at any turn, the first too. */
const COUNSEL = new RegExp(
  String.raw`^(?!.*\b(terapia intensiva|intensive care|physical therapy|terapia fisica|fizyoterapi)\b).*\b(${COUNSEL_WORDS})\b`,
  'u',
);
/**
 * Sadness of one's own in northern Mexican words ("ando bien agüitado", "estoy achicopalado") or plainly said ("honestly
 * i feel like shit, everything i had is over there", "i feel like i lost everything": sight105-a, "m santi m dekouraje").
 */
const OWN_SADNESS =
  /\b((ando|estoy|me siento|ando bien|ando muy) (bien |muy )?(aguitad[oa]|achicopalad[oa]|bajonead[oa]|deprimid[oa])|me siento (bien |muy |tan )?(perdid[oa]|sol[oa]|triste)|me siento (muy |bien |tan )?mal\b.{0,20}\bno se (que|q) hacer|i feel (like shit|like crap|so (bad|low|down|lost|alone)|((really|very|kinda|pretty|kind of|a bit|a little) )?(lost|alone|hopeless|empty|depressed)|terrible|awful)|everything i had is (over there|gone)|i feel like i (lost|ve lost|have lost) everything|siento (que|q) (lo )?perdi todo|(m|mwen) santi (m|mwen) pedi tout bagay|(m|mwen) santi (m|mwen) (dekouraje|tris|pedi|pou kont mwen))\b/u;

/** Sleep or food lost to worry, one's own or a child's ("no duermo nada, estoy muy mal de los nervios", "li pa dòmi"), folded. */
const SLEEPLESS =
  /\b(no (duermo|puedo dormir|he podido dormir|puedo comer|he podido comer)|(muy|bien) mal de (los|mis) nervios|ataques? de (panico|ansiedad)|(can ?t|cant|cannot) (sleep|eat)|haven ?t (slept|eaten)|panic attacks?|no (duerme|puede dormir|ha podido dormir)|(can ?t|cant|cannot|doesn ?t|doesnt) sleep|(hasn ?t|hasnt|has not|haven ?t|havent) slept|no ha (dormido|podido dormir)|(m|mwen|li|l) pa (ka |kapab )?(domi|manje)|no (come|duerme) ni (come|duerme)|(doesn ?t|doesnt|won ?t|wont|isn ?t|isnt) (eat|eating|sleep|sleeping) (or|nor) (eat|eating|sleep|sleeping))\b/u;

/** One's own anxiety or depression named ("ya no aguanto la ansiedad", "i have bad anxiety": sight82-a's mother alone in
 * Chicago got the visit programme for her children), as plain as a psychologist named: asked for at any turn. */
const OWN_ANXIETY =
  /\b((ya no aguanto|tengo|sufro de|me da|me dan|con|ando con) (mucha |much[oa]s |la |una |ataques de )?(ansiedad|depresion)|i (have|ve got|m having|am having|suffer from|get) (bad |really bad |a lot of |so much )?(anxiety|depression)|my anxiety|(m|mwen) (gen|fe|fè) (ankyete|anksyete|depresyon|enkyetid))\b/u;

/** Crying all day, one's own or a relative's ("my mom isn't eating, she cries all day": emerg-dy got the remains' answer). */
const CRIES_ALL_DAY =
  /\b((cries|crying|cry) all (day|the time|night)|llora (todo el dia|todos los dias|toda la noche|a cada rato)|(kriye|ap kriye) (tout jounen|tout lajounen|tout tan|chak jou))\b/u;

/** Sadness, worry or sleeplessness told (one's own, or a child's sleep): psychological support even while a form asks something. */
export const distressedSelf = (folded: string): boolean =>
  OWN_SADNESS.test(folded) || SLEEPLESS.test(folded) || CRIES_ALL_DAY.test(folded);

export function distressReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency) return m;
  // "zanmi m nan tre tris, li pa manje, li pa domi… eske gen ed pou li?": sleep and food lost to sadness are no illness
  // getting worse (sight88-a's friend got "call 911 now").
  if (m.topic === 'psych_support')
    return m.worse && DISTRESS.test(folded) && distressedSelf(folded) ? { ...m, worse: undefined } : m;
  // In an emergency, a psychologist asked about ("no tengo dinero pa pagar psicologo" after thoughts of suicide) is
  // psychological support with the aspect asked, not the procedure the topic model guessed (emerg-dw got returnees').
  if (dialogue?.emergency && m.topic !== 'emergency' && m.topic !== 'human' && COUNSEL.test(folded)) {
    const facets = MONEY.test(folded) ? (['cost'] as const) : m.facets;
    return movedTo(m, 'psych_support', {
      act: 'topic',
      facets: [...facets],
      confidence: Math.max(m.confidence, MOVED_SURE),
    });
  }
  if (busyWithQuestion(dialogue)) return m;
  // Named in so many words, even first ("…I've been having a really hard time. Do you offer counseling?": judge93's
  // mother, her husband deported, got the jobs for returnees); not a yes to an offer or a person asked for.
  const answers = m.act === 'yes' || m.act === 'no' || m.topic === 'human';
  // "the psychologist said i can get help finding work": the one who sent them, not what they ask (job-after-return.ts).
  const sent = m.topic === 'reintegration' && SENT_BY_PSYCHOLOGIST.test(folded);
  if (!answers && !sent && (COUNSEL.test(folded) || OWN_ANXIETY.test(folded)))
    return askedAs(m, 'psych_support');
  // First, one's own sadness told where the topic model is unsure ("I haven't seen them in 6 years and I feel really
  // depressed", sight96-a: legal advice at 0.38); where it is sure, the procedure told with it stands.
  if (!dialogue || dialogue.first)
    return m.confidence < UNSURE_FIRST && OWN_SADNESS.test(folded) ? askedAs(m, 'psych_support') : m;
  const helpAsked = TALK_ASKED.test(folded) || HELP_FOR.test(folded);
  if (!((DISTRESS.test(folded) && helpAsked) || distressedSelf(folded))) return m;
  return askedAs(m, 'psych_support');
}
