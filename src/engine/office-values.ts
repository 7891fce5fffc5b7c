/**
 * The values of the office placeholders ({{office.name}}, {{office.contact}}…) in one
 * language, from the office profile (knowledge/office.yaml): what every entry's text is
 * filled with before a person reads it.
 */
import type { Lang } from '../core/types.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';

/** The values of the {{office.*}} placeholders in one language. */
export function officeValues(knowledge: Knowledge, lang: Lang, t: Translate): Record<string, string> {
  const { office } = knowledge;
  const filled = (
    [
      ['phone', office.phone],
      ['whatsapp', office.whatsapp],
      ['email', office.email],
      ['website', office.website],
      ['hours', office.hours[lang]],
    ] as const
  ).filter(([, value]) => value.trim() !== '');
  const contact = filled.map(([key, value]) => t(`office.${key}`, { value })).join('\n');
  const confirmed =
    filled.some(([key]) => key === 'phone' || key === 'whatsapp') && office.hours[lang].trim() !== '';
  // The hours and the ways to reach the office apart, for a reply about the hours ("a q hora abren"):
  // what is known of each, or that it is not, once.
  const hours = office.hours[lang].trim();
  const reach = filled.filter(([key]) => key !== 'hours' && key !== 'website');
  return {
    name: office.name[lang],
    shortName: office.shortName,
    address: office.address.text,
    contact: confirmed ? contact : [contact, t('office.unconfirmed')].filter(Boolean).join('\n'),
    hours: hours ? t('office.hours', { value: hours }) : t('office.hoursUnknown'),
    reach: reach.length
      ? reach.map(([key, value]) => t(`office.${key}`, { value })).join('\n')
      : t('office.reachUnconfirmed'),
    emergencyLines: office.emergencyLines
      .map((line) => t('office.emergencyLine', { number: line.number, label: line.label[lang] }))
      .join('\n'),
  };
}
