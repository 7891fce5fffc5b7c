/**
 * A message in an emergency under way, read (follow-up-emergency.ts), with what it tells beside:
 * the call already made ("I ALREADY CALLED. im turning off the phone… can someone tell my mom?")
 * and a battery about to die. Whatever it asks, both are said back (flows/conversation/
 * emergency-told.ts); a call made is no "I can't call" unless it failed. Pure.
 */

import type { EmergencyMessage } from './emergency-message.ts';
import { callToldFirst } from './emergency-message-parts.ts';
import { GET_HOME, GRUPOS_BETA, TRUSTED } from './emergency-words.ts';
import { readMessage } from './follow-up-emergency.ts';
import { LOW_PHONE, PERCENT } from './follow-up-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

/** Words from which a line with no word of thanks in it is no thanks. */
const UNTHANKED_WORDS = 4;

export function readInEmergency(act: string, m: EmergencyMessage): InContext {
  const joined = m.words.join(' ');
  // "im from durango… can you guys get me home?": the help after a return, asked outright.
  if (act !== 'danger' && asksSomething(m.text) && GET_HOME.test(joined))
    return m.withLang({
      ...NONE,
      topic: 'deportee_support',
      confidence: 1,
      facets: m.facets(),
      act: 'topic',
    });
  if (act !== 'danger' && asksSomething(m.text) && GRUPOS_BETA.test(joined) && TRUSTED.test(joined))
    return m.withLang({ ...NONE, topic: 'transit_safety', confidence: 1, facets: m.facets(), act: 'topic' });
  const read = readMessage(act, m);
  // "whats the point anyway nobody gets it" read as thanks (a retrained model, session 58): with no
  // word of thanks in a longer line, it still tells the danger.
  if (read.act === 'thanks' && m.words.length >= UNTHANKED_WORDS && !m.reader.thanksIn(m.words))
    return { ...read, act: 'whatToDo' };
  // Only a call told first: "si llamamos a la policia lo matan" names a call not made.
  const called = callToldFirst(m.text);
  const battery = LOW_PHONE.test(joined) || PERCENT.test(m.text);
  if (read.act === 'cannotCall' && (read.callFailed || !called)) return read;
  if (read.act === 'cannotCall')
    return m.withLang({
      ...NONE,
      act: 'context',
      helpCalled: true,
      ...(battery && { lowBattery: true as const }),
    });
  return {
    ...read,
    ...(called && { helpCalled: true as const }),
    ...(battery && !read.lowBattery && { lowBattery: true as const }),
  };
}
