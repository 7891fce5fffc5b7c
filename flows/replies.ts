/**
 * Builders for the replies the conversation flow sends: which locale key, which buttons.
 * Pure data; the engine renders them in the person's language. Menus are numbered by
 * the channels, so they work as plain text everywhere.
 */
import type { Button, IntakeKind, Reply, TopicId } from '../src/core/types.ts';
import { INTAKE_FOR_TOPIC, INTAKE_FORMS } from './intake-forms.ts';

/** The main menu: the procedures people ask about most. */
export const MENU_MAIN: readonly TopicId[] = [
  'dual_nationality',
  'apostille',
  'us_pension',
  'us_humanitarian_visa',
  'remains_repatriation',
  'locate_person',
  'deportee_support',
  'mx_status',
];

/** "More topics": the rest, except the ones reached by asking (human, emergency). */
export const MENU_MORE: readonly TopicId[] = [
  'family_reunification',
  'us_visa_passport',
  'state_documents',
  'reintegration',
  'productive_projects',
  'psych_support',
  'legal_advice',
  'asylum',
  'transit_safety',
  'paisano',
  'office_info',
];

const topicButton = (topic: TopicId): Button => ({ value: `topic:${topic}`, label: `topics.${topic}` });
const HUMAN: Button = { value: 'human', label: 'buttons.human' };
const MENU: Button = { value: 'menu', label: 'buttons.menu' };

export const LANGUAGE_BUTTONS: Button[] = [
  { value: 'lang:es', label: 'language.es' },
  { value: 'lang:en', label: 'language.en' },
  { value: 'lang:ht', label: 'language.ht' },
];

export const welcome = (): Reply => ({ kind: 'text', key: 'welcome.greeting', buttons: LANGUAGE_BUTTONS });

export const menu = (page: 'main' | 'more'): Reply => ({
  kind: 'text',
  key: page === 'main' ? 'menu.prompt' : 'menu.morePrompt',
  buttons:
    page === 'main'
      ? [...MENU_MAIN.map(topicButton), { value: 'menu:more', label: 'buttons.moreTopics' }, HUMAN]
      : [...MENU_MORE.map(topicButton), MENU, HUMAN],
});

/** A topic's first reply, then "did this help?", staff and menu; intake topics offer the form first. */
export function answer(topic: TopicId): Reply {
  const form = INTAKE_FOR_TOPIC[topic];
  const buttons: Button[] = [
    ...(form ? [{ value: `intake:${form}`, label: 'buttons.startIntake' }] : []),
    { value: 'more', label: 'buttons.moreDetails' },
    { value: 'helped', label: 'buttons.helped' },
    HUMAN,
    MENU,
  ];
  return { kind: 'entry', topic, part: 'reply', buttons };
}

export const details = (topic: TopicId): Reply => ({
  kind: 'entry',
  topic,
  part: 'details',
  buttons: [{ value: 'helped', label: 'buttons.helped' }, HUMAN, MENU],
});

/** Not sure what the person means: offer the likeliest topics and a person. */
export function clarify(candidates: readonly TopicId[]): Reply {
  return candidates.length === 0
    ? { kind: 'text', key: 'clarify.nothing', buttons: [{ value: 'menu', label: 'buttons.menu' }, HUMAN] }
    : { kind: 'text', key: 'clarify.prompt', buttons: [...candidates.map(topicButton), HUMAN, MENU] };
}

/** The same words fit two topics ("visa humanitaria"): ask which one. */
export const ambiguous = (first: TopicId, second: TopicId): Reply => ({
  kind: 'text',
  key: `clarify.ambiguous.${first}`,
  buttons: [topicButton(first), topicButton(second), HUMAN],
});

export function intakeQuestion(form: IntakeKind, step: number): Reply {
  const field = INTAKE_FORMS[form][step];
  const name = field?.name ?? 'end';
  const options: Button[] = (field?.options ?? []).map((o) => ({
    value: `answer:${o}`,
    label: `intake.${form}.${name}.options.${o}`,
  }));
  return {
    kind: 'text',
    key: `intake.${form}.${name}.prompt`,
    vars: { step: step + 1, total: INTAKE_FORMS[form].length },
    buttons: [...options, { value: 'skip', label: 'buttons.skip' }],
  };
}

export const intakeSummary = (form: IntakeKind, answers: Record<string, string>): Reply => ({
  kind: 'summary',
  form,
  answers,
  buttons: [
    { value: 'confirm', label: 'buttons.confirm' },
    { value: 'redo', label: 'buttons.redo' },
    { value: 'cancel', label: 'buttons.cancel' },
  ],
});

export const offerStaff = (): Reply => ({
  kind: 'text',
  key: 'intake.offerStaff',
  buttons: [
    { value: 'send', label: 'buttons.sendToStaff' },
    { value: 'keep', label: 'buttons.notNow' },
  ],
});

export const confirmErase = (): Reply => ({
  kind: 'text',
  key: 'erase.confirm',
  buttons: [
    { value: 'erase', label: 'buttons.eraseYes' },
    { value: 'keep', label: 'buttons.eraseNo' },
  ],
});

export const text = (key: string, buttons?: Button[]): Reply =>
  buttons ? { kind: 'text', key, buttons } : { kind: 'text', key };

export const MENU_BUTTONS = { HUMAN, MENU };

export const RATING_BUTTONS: Button[] = [
  { value: 'rating:yes', label: 'rating.yes' },
  { value: 'rating:no', label: 'rating.no' },
];
