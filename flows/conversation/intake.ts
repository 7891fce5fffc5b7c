/**
 * Filling a form, as pure functions: an answer (typed text, a chosen option, or skipped)
 * moves to the next question; a correction at the summary ("no, el lugar es Dallas")
 * replaces the field it names, or the last answered one when it names none.
 */
import type { Meaning } from '../../src/core/types.ts';
import type { FlowEvent } from '../flow.ts';
import { fieldsOf, INTAKE_FORMS } from '../intake-forms.ts';
import type { IntakeProgress } from './context.ts';

/** Longest answer kept, so a pasted essay cannot bloat the stored conversation. */
export const MAX_ANSWER = 300;

export function applyAnswer(intake: IntakeProgress, event: FlowEvent): IntakeProgress {
  const field = INTAKE_FORMS[intake.form].fields[intake.step];
  const value =
    event.type === 'user.text'
      ? event.text.trim()
      : event.type === 'user.choice' && event.choice.kind === 'option'
        ? event.choice.value
        : '';
  const answers =
    field && value ? { ...intake.answers, [field.name]: value.slice(0, MAX_ANSWER) } : intake.answers;
  return { ...intake, step: intake.step + 1, answers };
}

export function applyCorrection(
  intake: IntakeProgress,
  correction: Meaning['correction'],
  text: string,
): IntakeProgress {
  const fields = fieldsOf(intake.form);
  const answered = fields.filter((name) => intake.answers[name] !== undefined);
  const named = correction?.field && fields.includes(correction.field) ? correction.field : null;
  const field = named ?? answered.at(-1) ?? fields.at(-1);
  const value = (correction?.value ?? text).trim().slice(0, MAX_ANSWER);
  if (!field || value === '') return intake;
  return { ...intake, answers: { ...intake.answers, [field]: value } };
}
