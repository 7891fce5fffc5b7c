/**
 * "What can I do?", "what can we do?", "¿qué podemos hacer?" asked alone about the topic just answered: its steps. The
 * phrase lists hold "what do i do" and "que hago", not these, so they read as a question the sources do not answer
 * (session 134: "Our sources do not say that" to a man whose brother ICE held), and the topic model, asked them alone,
 * is sure of the Paisano programme. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';

/** What to do asked, and nothing else, folded. */
const WHAT_CAN_BE_DONE =
  /^(and |so |ok |okay |then |y |entonces |bueno |pues |e |epi |alo )?(what (can|could) (i|we) do( now| then| next)?|(que|q|k) (puedo|podemos|se puede) hacer( ahora| entonces)?|kisa (m|mwen|nou) (ka|kapab) fe( kounye a)?)$/u;

/** Topics with no steps to give. */
const NO_STEPS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'none',
  'human',
  'emergency',
  'office_info',
]);

export function whatCanIDoReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const topic = dialogue?.topic;
  if (!topic || NO_STEPS.has(topic) || dialogue.emergency || m.emergency || dialogue.asked === 'field')
    return m;
  if (!WHAT_CAN_BE_DONE.test(folded)) return m;
  return { ...m, topic, candidates: [topic], confidence: 1, act: 'followUp', facets: ['steps'] };
}
