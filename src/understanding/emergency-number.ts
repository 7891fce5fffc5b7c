/**
 * In an emergency, how to call its numbers asked ("y yo como hablo al 911 de mexico desde aca", "does 089 work from
 * here?"): the emergency's own answers, which the passage search found first, not a procedure the topic model guessed
 * (emerg-dw's father in Chicago got productive projects). Not a call told before a question ("ya le hablé al 911…
 * ¿puede pedir papeles aquí?"), whose question is the procedure's. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { US_PLACE } from './us-born.ts';

/** How to call it, or whether it works, asked ("como hablo al 911", "does 911 work from here?"), folded. */
const CALL_ASKED =
  /\b(como|how|kijan|koman|can (i|we)|puedo|podemos|se puede|eske (m|nou) ka|do i)\b.{0,25}\b(hablo|hablar|hablarle|llamo|llamar|marco|marcar|call|dial|rele)\b.{0,8}\b(al |the )?(911|089)\b|\b(911|089)\b.{0,20}\b(sirve|funciona|ayuda|work|works|help|helps|mache|ede)\b/;
/** A call already made ("ya le hablé al 911, …"). */
const CALLED =
  /\b(ya (le )?(hable|llame|marque)|already called|(we|i) called|(m|nou|mwen) (te |deja )?rele)\b/;
/** Said from far away: "desde aca", "from the us", "de mexico", a US place, folded. */
const AFAR = new RegExp(
  String.raw`\b(desde|from|estando|depi)\s+(aqui|aca|alla|here|there|the us|the states|usa|estados unidos|el otro lado|isit|ozetazini|etazini)\b|\b(de|in|of|from) (mexico|meksik)\b|\b(${US_PLACE})\b`,
  'u',
);

/**
 * Whom to call asked ("a quien le hablo yo desde aqui", "who do i call from here?", "ki moun pou m rele?", "kiyès mwen
 * dwe rele pou Meksik?": judge129's sister in Miami had it noted as her place), folded.
 */
const WHOM_TO_CALL =
  /\b(a quien (le )?(hablo|llamo|marco|hablamos|llamamos)|a (que|cual) numero (le )?(hablo|llamo|marco)|who (do|should|can) (i|we) call|(what|which) number (do|should|can) (i|we) (call|dial)|(ki moun|kimoun|kiyes|kiles|ki nimewo) (pou )?(m|mwen|nou) (ka |dwe )?rele)\b/;

/** Who is coming asked with it ("kiyès k ap vini? nou pa konn ki moun pou nou rele"): that line answers both. */
const WHO_COMES =
  /\b(kiyes k ap vini|ki moun k ap vini|who is coming|who s coming|quien (va a venir|viene|va a ir))\b/;

export function emergencyNumberReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Whom to call, asked with a place told ("yo estoy en durango, el que está perdido es mi hermano… ¿a quién le hablo
  // yo desde aquí?", judge102): what to do from there, not the message noted as the place.
  // Where the writer is, told with it, is not the danger's place: no "place noted".
  if (dialogue?.emergency && m.topic !== 'human' && WHOM_TO_CALL.test(folded) && !WHO_COMES.test(folded)) {
    const { slots: _, ...asked } = m;
    const afar = AFAR.test(folded) ? { fromAfar: 'call' as const } : {};
    return { ...asked, topic: 'emergency', act: 'whatToDo', ...afar, facets: [], question: true };
  }
  if (!dialogue?.emergency) return m;
  // How to call asked, not a call told before a question.
  const howToCall = () => CALL_ASKED.test(folded) && !CALLED.test(folded);
  // Paying asked with it ("im in miami. does 911 here help? should we pay them?"): both answers (judge127).
  if (m.act === 'pay' && howToCall() && AFAR.test(folded)) return { ...m, fromAfar: 'call', alsoPay: true };
  if (m.act !== 'topic' || m.topic === 'emergency' || m.topic === 'human') return m;
  if (!howToCall() || m.answers?.[0]?.topic !== 'emergency') return m;
  // From far away, how to call is the answer on calling from abroad (emergency-lines.ts in flows).
  if (AFAR.test(folded))
    return { ...m, topic: 'emergency', act: 'whatToDo', fromAfar: 'call', facets: [], question: true };
  return { ...m, topic: 'emergency', act: 'otherQuestion', facets: [], question: true };
}
