/**
 * Dying said of tiredness, hunger, heat or a queue ("m bouke, m preske mouri ak fatig nan liy lan", "estoy muerto de
 * cansancio", "dying of hunger in this line"): no death to bring home, whatever the topic model hears in "mouri"
 * (emerg-gc's Haitian in the INM's queue got the repatriation of remains, then its costs). In a conversation on
 * another topic, that topic, told as context. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';

/** Dying of something that only wears one out, folded. */
const DYING_OF =
  /\b((preske |prèske |pral |ap )?mouri (ak|de|pou|anba) (fatig|grangou|swaf|chale|cho|bouke|tann)|muert[oa]s? de (cansancio|hambre|sed|calor|sueno|aburrimiento)|me (muero|estoy muriendo) de (cansancio|hambre|sed|calor|sueno|aburrimiento)|(dying|dead|die) (of|from) (tiredness|exhaustion|hunger|thirst|heat|boredom))\b/u;

export function figureDeathReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const topic = dialogue?.topic;
  if (m.emergency || m.topic !== 'remains_repatriation' || !topic || topic === 'remains_repatriation')
    return m;
  if (!DYING_OF.test(folded)) return m;
  return movedTo(m, topic, { act: 'context', facets: [], answers: [] });
}
