/**
 * The shared vocabulary of the whole assistant: languages, topic ids, what understanding
 * returns, and the effects a conversation flow asks the engine to carry out.
 * Declarations only (and the two id lists); flows import nothing else from src/.
 */

export const LANGS = ['es', 'en', 'ht'] as const;
export type Lang = (typeof LANGS)[number];

/** The fixed topic ids of ../shared/eval/topics.md, `none` excluded (it has no entry). */
export const TOPIC_IDS = [
  'dual_nationality',
  'apostille',
  'us_pension',
  'us_humanitarian_visa',
  'family_reunification',
  'us_visa_passport',
  'remains_repatriation',
  'locate_person',
  'deportee_support',
  'reintegration',
  'productive_projects',
  'psych_support',
  'legal_advice',
  'state_documents',
  'mx_status',
  'asylum',
  'transit_safety',
  'paisano',
  'office_info',
  'human',
  'emergency',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];
export type TopicOrNone = TopicId | 'none';

/** What understanding made of one message (see src/understanding/understand.ts). */
export interface Meaning {
  lang: Lang;
  langConfident: boolean;
  emergency: { kind: string; pattern: string } | null;
  topic: TopicOrNone;
  confidence: number;
  candidates: TopicId[];
  greeting: boolean;
  ambiguousWith?: TopicId;
}

/** A button: the value sent back when chosen, and the locale key of its label. */
export interface Button {
  value: string;
  label: string;
  vars?: Record<string, string>;
}

/** What the person is told, as data: rendered later in their language by the engine. */
export type Reply =
  | { kind: 'text'; key: string; vars?: Record<string, string | number>; buttons?: Button[] }
  | { kind: 'entry'; topic: TopicId; part: 'reply' | 'details'; buttons?: Button[] }
  | { kind: 'summary'; form: IntakeKind; answers: Record<string, string>; buttons?: Button[] };

export type IntakeKind = 'remains' | 'locate';
export type HandoffReason = 'asked' | 'emergency' | 'intake' | 'topic';

/** Everything a flow wants done, emitted as data; the engine carries it out. */
export type Effect =
  | { type: 'reply'; reply: Reply }
  | { type: 'handoff.queue'; reason: HandoffReason; urgent: boolean; topic: TopicOrNone }
  | { type: 'handoff.withdraw' }
  | { type: 'case.save'; form: IntakeKind; answers: Record<string, string> }
  | { type: 'staff.relay'; text: string }
  | { type: 'rating'; helped: boolean }
  | { type: 'conversation.erase' };
