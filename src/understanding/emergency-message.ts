/**
 * A message read while an emergency is under way, with what reading it may call on: the words,
 * the procedure talked about before, the dialogue reader, the topic model, the slots and facets
 * it tells. Shared by the readers of follow-up-emergency.ts and follow-up-emergency-told.ts.
 */
import type { Facet, Lang, Slots, TopicId } from '../core/types.ts';
import type { createClassify } from './classify-topic.ts';
import type { DialogueReader } from './dialogue.ts';
import type { InContext } from './in-context-shapes.ts';

export interface EmergencyMessage {
  text: string;
  words: readonly string[];
  lang: Lang;
  /** The procedure answered last in the conversation, if any: what "¿y qué papeles ocupo?" asks about. */
  procedure: TopicId | null;
  reader: DialogueReader;
  classify: ReturnType<typeof createClassify>;
  slots: () => Slots;
  facets: () => Facet[];
  withLang: (m: InContext) => InContext;
}
