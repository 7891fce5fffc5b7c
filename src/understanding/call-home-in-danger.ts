/**
 * In a danger or after one, how to call one's family asked ("yo pran telefon nou, kijan pou m rele fanmi m?": emerg-fc's
 * family held in a migration station got "keep writing here, staff already know"): the INM's free phones to call home
 * (Llamando a Casa), the search's named answer on calls, with the danger's lines after it. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedInOrAfterDanger, chosen } from './named-asked.ts';

/** How to call or reach one's own family, folded. */
const CALL_FAMILY =
  /\b(como|donde|de donde) (le |les )?(puedo |podemos |hago para |hacemos para )?(llamar|hablar|marcar|comunicarme|comunicarnos) (a|con) (mi|mis|nuestra|nuestras|nuestro|nuestros) (familia|familiares|mama|papa|esposa|esposo|hijos|casa)\b|\bhow (can|do|could) (i|we) (call|phone|contact) (my|our) (family|mom|mother|dad|father|wife|husband|kids|folks|people)\b|\b(kijan|kouman|ki jan) (pou )?(m|mwen|nou) (ka |kapab )?(rele|kontakte) (fanmi|manman|papa|madanm|mari|pitit|moun) (m|mwen|nou|lakay)\b/u;

export function callHomeInDangerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue) || m.topic === 'human' || !CALL_FAMILY.test(folded)) return m;
  // The topic is left as read, so no other passage is searched for it: the danger's own answers would come first.
  return {
    ...m,
    act: 'otherQuestion',
    question: true,
    answers: [chosen('locate_person', 'answer.calls_from_detention')],
  };
}
