/**
 * Back after a long silence, the conversation keeps the topic talked about before it ("m tounen. kijan pou m pran
 * randevou a?" is the psychologist's appointment, not a visa's), unless the message, read as a first message, is
 * sure of another topic ("hey again, what's the office address in Durango?"): then that one. Saying one is back
 * ("ya regresé", "m tounen", "sorry back") is no return to Mexico: what follows it is read. Pure.
 */
import type { DialogueContext, Lang, Meaning } from '../core/types.ts';
import { fold } from './fold.ts';

/** How sure the first message's reading must be of another topic to leave the one talked about before. */
const SURE_ELSEWHERE = 0.8;
/** A greeting alone ("hola?", "hi again", "bonswa"), read as a first message after the silence. Folded. */
const GREETING =
  /^(hola|holi|hello|hi|hey|buenas|buenos dias|buenas tardes|buenas noches|bonjou|bonswa|alo|allo|oye|oiga)( (de nuevo|again|anko|otra vez))?$/;
/** Back in the chat said first ("hey im back,", "ya regrese", "bonswa, m tounen."), folded. */
const BACK =
  /^((hey|hi|hello|hola|ok|okay|sorry|perdon|bueno|oiga|bonjou|bonswa|alo|again|otra vez|de nuevo|anko) )*(i m back|im back|i am back|back again|back|ya regrese|regrese|ya volvi|volvi|ya vine|m tounen|mwen tounen|m retounen|mwen retounen)( again| otra vez| de nuevo| anko)?\b/;

/** The text after "I'm back", when the message opens with it and says more. */
function afterBack(text: string): string | null {
  const said = BACK.exec(fold(text))?.[0];
  if (!said) return null;
  const rest = text
    .trim()
    .split(/\s+/)
    .slice(said.split(' ').length)
    .join(' ')
    .replace(/^[\s.,;:!-]+/, '');
  return rest ? rest : null;
}

export function readAfterSilence(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  understand: (text: string, hint?: Lang, dialogue?: DialogueContext) => Meaning,
): Meaning {
  if (!dialogue?.resumed || m.emergency) return m;
  const { resumed: _, ...before } = dialogue;
  // "hola?", "hi again": a greeting, read as a first message would be.
  if (GREETING.test(fold(text))) return understand(text, m.lang, { ...before, topic: null });
  const rest = afterBack(text);
  const read = rest ? understand(rest, m.lang, dialogue) : m;
  if (read.emergency || read.topic !== dialogue.topic) return read.emergency ? m : read;
  const fresh = understand(rest ?? text, m.lang, { ...before, topic: null });
  const elsewhere = fresh.act === 'topic' && fresh.topic !== 'none' && fresh.topic !== 'human';
  return elsewhere && !fresh.emergency && fresh.topic !== read.topic && fresh.confidence >= SURE_ELSEWHERE
    ? fresh
    : read;
}
