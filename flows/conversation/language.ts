/**
 * The conversation's language after an event: detection follows the person until they choose
 * one, and a language asked for in words holds until another is; a language guessed from a first
 * message that says little ("alo", "ok") gives way to the first message that says one clearly.
 * In an emergency only a request in words moves it. Pure.
 */
import type { FlowEvent } from '../flow.ts';
import type { ConversationContext } from './context.ts';

export function adopted(context: ConversationContext, event: FlowEvent): ConversationContext['lang'] {
  const m = event.type === 'user.text' ? event.meaning : null;
  // Asked for in words ("mejor en kreyol"): that language, until another is asked for.
  if (m?.switchLang) return m.switchLang;
  const detected = m?.lang ?? ('lang' in event ? event.lang : undefined);
  if (!detected) return context.lang;
  // A button's label typed in a language ("m vle pale ak yon moun") settles a guessed one.
  if (context.lang === null || (event.type === 'user.choice' && context.langGuessed)) return detected;
  const clear = m?.langConfident || (context.langGuessed && m?.langClear);
  // In an emergency the language holds unless asked for in words: where the person is comes in
  // Spanish names whatever they write ("in gomez palacio, colonia las rosas").
  const holds = context.langChosen || (context.emergency !== null && !context.langGuessed);
  return !holds && clear ? detected : context.lang;
}

/** Whether the language after an event is still only a guess (see `adopted`). */
export function guessed(context: ConversationContext, event: FlowEvent): boolean {
  if (event.type !== 'user.text')
    return (context.langGuessed ?? false) && !(event.type === 'user.choice' && event.lang);
  const m = event.meaning;
  if (context.lang === null) return !m.langConfident && !m.langClear;
  return Boolean(context.langGuessed) && !m.langConfident && !m.langClear && !m.switchLang;
}
