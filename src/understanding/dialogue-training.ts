/**
 * What the dialogue model learns from, as labelled model text: the writers' follow-ups
 * (knowledge/training/dialogue/) and the phrase lists of knowledge/signals/dialogue.yaml, each
 * placed in the situations where people say it ("sí" after an offer, "¿cuánto tardan?" while
 * waiting). The hash covers everything that shapes the model, so knowledge:check can say when
 * it is out of date.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { LANGS, type Lang } from '../core/types.ts';
import type { DialogueSignals } from '../knowledge/schema.ts';
import type { DialogueExample } from './dialogue-examples.ts';
import { type DialogueActLabel, type DialogueSituation, dialogueText } from './dialogue-model.ts';
import { foldedWords } from './fold.ts';
import type { ReadingTools } from './reading-tools.ts';
import type { Labelled } from './training-set.ts';

/** Bump when dialogueText changes: the model must be trained again. */
export const DIALOGUE_TEXT_VERSION = 'situation+fold+qmark+glossary-1';

/** Each phrase list, as the act it is and the situations it is said in. */
const LISTS: ReadonlyArray<{
  list: keyof Pick<
    DialogueSignals,
    'yes' | 'no' | 'thanks' | 'when' | 'person' | 'notHelped' | 'cannotCall' | 'caseStatus'
  >;
  act: DialogueActLabel;
  situations: readonly DialogueSituation[];
}> = [
  { list: 'yes', act: 'yes', situations: ['offered_person', 'offered_form', 'closed'] },
  { list: 'no', act: 'no', situations: ['offered_person', 'offered_form', 'closed'] },
  { list: 'thanks', act: 'thanks', situations: ['answered', 'queued'] },
  { list: 'when', act: 'wait', situations: ['queued'] },
  { list: 'caseStatus', act: 'wait', situations: ['queued', 'answered'] },
  { list: 'person', act: 'person', situations: ['answered', 'menu'] },
  { list: 'notHelped', act: 'complaint', situations: ['answered'] },
  { list: 'cannotCall', act: 'cannot_call', situations: ['emergency'] },
];

/** The phrase lists as examples of the writer "signals". */
export function signalExamples(signals: DialogueSignals): DialogueExample[] {
  const out: DialogueExample[] = [];
  for (const { list, act, situations } of LISTS)
    for (const lang of LANGS)
      for (const [i, text] of signals[list][lang].entries())
        for (const ctx of situations)
          out.push({ id: `${list}/${lang}/${i}/${ctx}`, ctx, lang, text, act, writer: 'signals' });
  for (const [facet, lists] of Object.entries(signals.facets))
    for (const lang of LANGS as readonly Lang[])
      for (const [i, text] of lists[lang].entries())
        out.push({
          id: `facet/${facet}/${lang}/${i}`,
          ctx: 'answered',
          lang,
          text,
          act: `ask_${facet}` as DialogueActLabel,
          writer: 'signals',
        });
  return out;
}

/** The topic under discussion in an example's situation (none after a menu or in an emergency). */
export const topicOf = (e: DialogueExample): string | null =>
  e.ctx === 'menu' || e.ctx === 'emergency' ? null : (e.topic ?? null);

export function labelDialogueExamples(
  examples: readonly DialogueExample[],
  tools: Pick<ReadingTools, 'glossary' | 'cuesOf'>,
): Labelled[] {
  return examples.map((e) => ({
    text: dialogueText(
      e.ctx,
      e.text,
      tools.cuesOf(e.text, foldedWords(e.text), e.lang, topicOf(e)),
      tools.glossary,
    ),
    label: e.act,
    weight: 1,
    writer: e.writer,
    lang: e.lang,
  }));
}

/**
 * A fingerprint of what the model is trained on: the labelled rows themselves (each follow-up as
 * the model reads it, cues included, and its act) and the settings. A change to the phrase lists,
 * the danger patterns, the glossary or the topic model counts only where it changes a row's text:
 * a danger pattern no training example matches leaves the model as it is, so knowledge:check does
 * not ask for a retrain whose shifts would blur what the pattern itself did.
 */
export function dialogueTrainingHash(labelled: readonly Labelled[], options: object): string {
  const text = JSON.stringify([
    labelled.map((row) => [row.text, row.label, row.weight]),
    options,
    DIALOGUE_TEXT_VERSION,
  ]);
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
}
