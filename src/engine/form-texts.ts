/**
 * A form's answers as text for the person: the summary to confirm, and just the fields a
 * correction changed or that were told before the form. Split from render-reply.ts. Pure.
 */
import { INTAKE_FORMS, isIntakeKind } from '../../flows/index.ts';
import type { Translate } from '../i18n/create-i18n.ts';

/** "Corregido: Fecha: 9 de junio." — just the fields a correction changed, or those told before the form. */
export function changedText(
  heading: 'corrected' | 'noted',
  form: string,
  answers: Record<string, string>,
  t: Translate,
): string {
  const lines = Object.entries(answers).map(
    ([field, value]) => `${t(`intake.${form}.${field}.label`)}: ${value}`,
  );
  return [t(`intake.${heading}`), ...lines].join('\n');
}

/** The form's answers for the person to confirm, each under its label ("(skipped)" for none). */
export function summaryText(form: string, answers: Record<string, string>, t: Translate): string {
  if (!isIntakeKind(form)) return '';
  const lines = INTAKE_FORMS[form].fields.map((field) => {
    const label = t(`intake.${form}.${field.name}.label`);
    const raw = answers[field.name];
    const options: readonly string[] = 'options' in field ? field.options : [];
    const value = raw && options.includes(raw) ? t(`intake.${form}.${field.name}.options.${raw}`) : raw;
    return `${label}: ${value ?? t('intake.skipped')}`;
  });
  return [t(`intake.${form}.summaryTitle`), ...lines].join('\n');
}
