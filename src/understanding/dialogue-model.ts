/**
 * The learned dialogue layer: what a message after the first one does, given what the
 * assistant just did (the situation). A fastText model trained on writers' labelled
 * follow-ups (knowledge/training/dialogue/, `npm run train`), exported like the topic model
 * (learned-model.ts) to knowledge/model/dialogue.json. It reads the situation as a token
 * before the folded message, what the phrase lists say of it (dialogue-cues.ts), a token for a
 * question mark (folding drops it, and it is half of
 * what tells "si mi papá no tiene papeles?" from "si"), and the glossary's tokens. Pure; Web
 * APIs only.
 */
import type { DialogueContext } from '../core/types.ts';
import { fold } from './fold.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { createTextScorer, type LearnedModel, probabilities } from './learned-model.ts';

/** What the assistant just did, as the dialogue model reads it. */
export const DIALOGUE_SITUATIONS = [
  'answered',
  'offered_person',
  'offered_form',
  'menu',
  'summary',
  'queued',
  'emergency',
  'closed',
] as const;
export type DialogueSituation = (typeof DIALOGUE_SITUATIONS)[number];

/** What a message does (the writers' labels; docs/understanding.md explains each). */
export const DIALOGUE_ACTS = [
  'yes',
  'no',
  'ask_cost',
  'ask_time',
  'ask_documents',
  'ask_where',
  'ask_eligibility',
  'ask_steps',
  'ask_other',
  'new_topic',
  'context',
  'person',
  'wait',
  'language',
  'thanks',
  'complaint',
  'correction',
  'danger',
  'greeting',
  'who_comes',
  'pay',
  'cannot_call',
  'what_to_do',
] as const;
export type DialogueActLabel = (typeof DIALOGUE_ACTS)[number];

/**
 * The situation a message comes in, from the flow's dialogue context; null for a first
 * message and for a form's question, whose answer is whatever the person writes.
 */
export function situationOf(dialogue: DialogueContext | undefined): DialogueSituation | null {
  if (!dialogue || dialogue.first) return null;
  if (dialogue.emergency) return 'emergency';
  if (dialogue.asked === 'field') return null;
  if (dialogue.asked === 'summary') return 'summary';
  // A yes-or-no question on screen comes first, even in the queue ("leave the queue?").
  if (dialogue.asked === 'yesno')
    return dialogue.offered === 'staff'
      ? 'offered_person'
      : dialogue.offered === 'intake'
        ? 'offered_form'
        : 'closed';
  if (dialogue.withStaff) return 'queued';
  return dialogue.topic ? 'answered' : 'menu';
}

/**
 * The procedure under discussion that a follow-up may be an aspect of: none in an emergency, nor
 * after one is called off (the conversation's topic is then the emergency itself).
 */
export function procedureOf(dialogue: DialogueContext | undefined, situation?: DialogueSituation | null) {
  return situation === 'emergency' || dialogue?.topic === 'emergency' ? null : (dialogue?.topic ?? null);
}

/** The message as the dialogue model reads it; `cues`: what the phrase lists say (dialogue-cues.ts). */
export function dialogueText(
  situation: DialogueSituation,
  text: string,
  cues: readonly string[],
  glossary: GlossaryMatcher,
): string {
  const folded = fold(text);
  const asks = /[?¿]/.test(text) ? ' qmark' : '';
  return `__${situation} ${folded}${asks} ${cues.join(' ')} ${glossary.termsIn(folded).join(' ')}`.trim();
}

export interface ActReading {
  act: DialogueActLabel;
  p: number;
  /** How many of the message's own words the model knows (0: it only saw the situation). */
  known: number;
  /** Every act with its probability, likeliest first. */
  ranked: ReadonlyArray<{ label: string; p: number }>;
}

export function createActReader(model: LearnedModel, glossary: GlossaryMatcher) {
  const score = createTextScorer(model);
  const vocabulary = new Set(model.input.words);
  return function readAct(text: string, situation: DialogueSituation, cues: readonly string[]): ActReading {
    const ranked = probabilities(score(dialogueText(situation, text, cues, glossary)));
    const best = ranked[0] ?? { label: 'greeting', p: 0 };
    const known = fold(text)
      .split(' ')
      .filter((w) => vocabulary.has(w)).length;
    return { act: best.label as DialogueActLabel, p: best.p, known, ranked };
  };
}

export type ReadAct = ReturnType<typeof createActReader>;
