/**
 * The conversation's language after an event: detection follows the person until they choose
 * one, and a language asked for in words holds until another is; a language guessed from a first
 * message that says little ("alo", "ok") gives way to the first message that says one clearly.
 * Pure.
 */
import type { FlowEvent } from '../flow.ts';
import type { ConversationContext } from './context.ts';

export function adopted(context: ConversationContext, event: FlowEvent): ConversationContext['lang'] {
  const m = event.type === 'user.text' ? event.meaning : null;
  // Asked for in words ("mejor en kreyol"): that language, until another is asked for.
  if (m?.switchLang) return m.switchLang;
  const detected = m?.lang ?? ('lang' in event ? event.lang : undefined);
  if (!detected) return context.lang;
  if (context.lang === null) return detected;
  const clear = m?.langConfident || (context.langGuessed && m?.langClear);
  return !context.langChosen && clear ? detected : context.lang;
}

/** Whether the language after an event is still only a guess (see `adopted`). */
export function guessed(context: ConversationContext, event: FlowEvent): boolean {
  if (event.type !== 'user.text') return context.langGuessed ?? false;
  const m = event.meaning;
  if (context.lang === null) return !m.langConfident && !m.langClear;
  return Boolean(context.langGuessed) && !m.langConfident && !m.langClear && !m.switchLang;
}
