/**
 * Filling a form, as pure functions: an answer (typed text, a chosen option, or skipped)
 * fills the question asked and any later field the person already answered in passing ("se
 * llama Ramiro, salió de Nogales el 12"), then moves to the next question still open; a
 * correction, at the summary or in the middle, changes each field it names with the new value
 * only, or the last answered one when it names none.
 */
import type { Meaning } from '../../src/core/types.ts';
import type { FlowEvent } from '../flow.ts';
import { fieldsOf, INTAKE_FORMS } from '../intake-forms.ts';
import type { IntakeProgress } from './context.ts';

/** Longest answer kept, so a pasted essay cannot bloat the stored conversation. */
export const MAX_ANSWER = 300;

const clip = (value: string) => value.trim().slice(0, MAX_ANSWER);

/** The first question not answered yet, from `from` on (the fields' count: none left). */
function nextOpen(intake: IntakeProgress, from: number): number {
  const fields = fieldsOf(intake.form);
  for (let i = from; i < fields.length; i++) if (intake.answers[fields[i] as string] === undefined) return i;
  return fields.length;
}

export function applyAnswer(intake: IntakeProgress, event: FlowEvent): IntakeProgress {
  const field = INTAKE_FORMS[intake.form].fields[intake.step];
  const value =
    event.type === 'user.text'
      ? event.text.trim()
      : event.type === 'user.choice' && event.choice.kind === 'option'
        ? event.choice.value
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
