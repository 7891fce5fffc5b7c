/**
 * The flows the engine can run, built for one topic catalog (from knowledge/), and what the
 * engine needs to build their events: the typed choices and the forms.
 */
export type { Choice, ChoiceCodec, ChoiceVocabulary } from './choices.ts';
export { createChoiceCodec, encodeChoice } from './choices.ts';
export { createConversationFlow } from './conversation/index.ts';
export type { CaseLookup, Flow, FlowEvent, FlowSnapshot, FlowView, TopicCatalog } from './flow.ts';
export { INTAKE_FORMS, type IntakeKind, isIntakeKind } from './intake-forms.ts';
