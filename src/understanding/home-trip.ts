/**
 * On the road's help, a Mexican asking how to get back home ("also how do i get back home to durango, i got
 * no money", "y luego cómo me regreso a durango? soy de santiago papasquiaro", "can you guys get me home?")
 * asks about the trip home that the help after a deportation gives (free transport, the bus to one's
 * town), not about shelters and care: the topic model keeps the road (the sets developed against: 10 such
 * turns by deported men in Tijuana, Matamoros and Juárez). A foreigner (a conversation in Kreyòl, or one
 * about status or asylum) is going elsewhere, and keeps the road. So after a deportation's help ("hes from durango,
 * how does he get back there": sight62-a's sister got the state's documents), and once a danger is over with its
 * case still open ("gracias a dios. como me regreso a durango": emerg-ea got the jobs on return). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { fold } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Getting back home, to Durango or one's town (folded). */
const HOME_TRIP =
  /\b((como|pa|para) (le hago (pa|para) )?(me |se |nos )?(regreso|regresa|regresan|regresamos|regresar|regresarme|llego|llega|llegar|vuelvo|vuelve|volver|voy|va|irme) (a|pa|para|hasta) (durango|mi casa|mi tierra|mi pueblo|mi rancho)|(regresar|regresarme|volver|llegar|irme) (a|pa|para|hasta) durango|(get|go|make it|ride|bus|trip|way) (back )?(home )?to durango|get (me|him|her|us|them) (back )?home|back home to durango|how (do|can|does|will) (i|he|she|we|they) get (back )?home|(from|de|soy de|es de) durango\b.{0,40}\b(how (do|can|does|will) (i|he|she|we|they) get back|como (se )?(regresa|regreso|llega|vuelve)))\b/u;

export function homeTripReading(
  m: Meaning,
  _text: string,
  dialogue?: DialogueContext,
  folded = fold(_text),
): Meaning {
  const onRoad =
    dialogue?.topic === 'transit_safety' || dialogue?.topic === 'deportee_support' || dialogue?.urgentOpen;
  if (!onRoad || dialogue.foreigner || m.lang === 'ht') return m;
  if (m.emergency || m.topic === 'emergency' || m.topic === 'deportee_support' || busyWithQuestion(dialogue))
    return m;
  if (!HOME_TRIP.test(folded)) return m;
  return movedTo(m, 'deportee_support', { act: 'topic', confidence: Math.max(m.confidence, 0.9) });
}
