/**
 * Filling a form, as pure functions: an answer (typed text, a chosen option, or skipped)
 * fills the question asked and any later field the person already answered in passing ("se
 * llama Ramiro, salió de Nogales el 12"), then moves to the next question still open; a
 * correction, at the summary or in the middle, changes each field it names with the new value
 * only, or the last answered one when it names none.
 */
import type { Meaning, TopicId } from '../../src/core/types.ts';
import type { FlowEvent } from '../flow.ts';
import { fieldsOf, formOfferedBy, INTAKE_FORMS, type IntakeKind } from '../intake-forms.ts';
import type { ConversationContext, IntakeProgress } from './context.ts';

/** Longest answer kept, so a pasted essay cannot bloat the stored conversation. */
export const MAX_ANSWER = 300;

const clip = (value: string) => value.trim().slice(0, MAX_ANSWER);

/** The first question not answered yet, from `from` on (the fields' count: none left). */
function nextOpen(intake: IntakeProgress, from: number): number {
  const fields = fieldsOf(intake.form);
  for (let i = from; i < fields.length; i++) if (intake.answers[fields[i] as string] === undefined) return i;
  return fields.length;
}

/** `told`: what the person said of the question asked before the form began (their tap may take it). */
export function applyAnswer(intake: IntakeProgress, event: FlowEvent, told?: string): IntakeProgress {
  const field = INTAKE_FORMS[intake.form].fields[intake.step];
  const value =
    event.type === 'user.text'
      ? event.text.trim()
      : event.type === 'user.choice' && event.choice.kind === 'option'
        ? event.choice.value
        : event.type === 'user.choice' && event.choice.kind === 'told'
          ? (told ?? '')
          : '';
  const early = event.type === 'user.text' ? (event.meaning.formValues ?? []) : [];
  // The answer's own value when the message also gave later ones (a place said with its date).
  const own = early.find((v) => v.field === field?.name)?.value;
  const answers =
    field && value ? { ...intake.answers, [field.name]: clip(own ?? value) } : { ...intake.answers };
  for (const { field: name, value: given } of early)
    if (answers[name] === undefined) answers[name] = clip(given);
  // An earlier answer taken back in the same message ("es mi hijo. y perdón, fue el 5").
  const fixes = event.type === 'user.text' ? (event.meaning.corrections ?? []) : [];
  for (const { field: name, value: given } of fixes) if (given.trim()) answers[name] = clip(given);
  const next = { ...intake, answers };
  return { ...next, step: nextOpen(next, intake.step + 1) };
}

export function applyCorrection(
  intake: IntakeProgress,
  meaning: Meaning | null,
  text: string,
): IntakeProgress {
  const fields = fieldsOf(intake.form);
  const many = (meaning?.corrections ?? []).filter((c) => fields.includes(c.field) && c.value.trim());
  if (many.length) {
    const answers = { ...intake.answers };
    for (const c of many) answers[c.field] = clip(c.value);
    // The question on screen answered along with the correction: the form moves on.
    const next = { ...intake, answers };
    return { ...next, step: nextOpen(next, intake.step) };
  }
  const correction = meaning?.correction;
  const answered = fields.filter((name) => intake.answers[name] !== undefined);
  const named = correction?.field && fields.includes(correction.field) ? correction.field : null;
  const field = named ?? answered.at(-1) ?? fields.at(-1);
  const value = clip(correction?.value ?? text);
  if (!field || value === '') return intake;
  return { ...intake, answers: { ...intake.answers, [field]: value } };
}

/**
 * What the topic's form would ask that a message told before any form ("mi hijo lleva 3 días
 * sin hablarme, lo agarró la migra"), added to what was kept: the first value told stays. A
 * blind judge found the form asking again what a mother had said in her first message.
 */
export function keptTold(
  context: Pick<ConversationContext, 'told'>,
  meaning: Meaning | null,
  topic: TopicId | null,
): ConversationContext['told'] {
  const form = topic ? formOfferedBy(topic) : undefined;
  const told = (meaning?.toldForForms ?? []).filter((v) => v.form === form);
  if (!form || told.length === 0) return context.told ?? null;
  const answers = { ...(context.told?.form === form ? context.told.answers : {}) };
  for (const { field, value } of told) answers[field] ??= clip(value);
  return { form, answers };
}

/** What the person told before the form for the field asked now, offered back as an answer to tap. */
export function toldFor(context: Pick<ConversationContext, 'told'>, form: IntakeKind, step: number) {
  const field = INTAKE_FORMS[form].fields[step];
  const told = context.told?.form === form && field ? context.told.answers[field.name] : undefined;
  return field && !('options' in field) ? told : undefined;
}
