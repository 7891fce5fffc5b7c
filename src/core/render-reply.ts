/**
 * Turns the replies a flow emits (locale keys, topic entries, intake summaries) into the
 * words and buttons a person sees, in their language. Knowledge entries lose their source
 * markers, get the office's details filled in, and end with the date of their source.
 */
import { INTAKE_FORMS } from '../../flows/index.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { fillPlaceholders, stripMarkers } from '../knowledge/text.ts';
import type { Button, Lang, Reply } from './types.ts';

export interface RenderedReply {
  text: string;
  buttons: Array<{ value: string; label: string }>;
}

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
  return {
    name: office.name[lang],
    shortName: office.shortName,
    address: office.address.text,
    contact: confirmed ? contact : [contact, t('office.unconfirmed')].filter(Boolean).join('\n'),
    emergencyLines: office.emergencyLines
      .map((line) => t('office.emergencyLine', { number: line.number, label: line.label[lang] }))
      .join('\n'),
  };
}

export function createReplyRenderer(knowledge: Knowledge) {
  // The office profile does not change while the process runs: fill its values once per language.
  const officeCache = new Map<Lang, Record<string, string>>();
  // Likewise an entry's text as people see it, per topic, part and language.
  const entryTexts = new Map<string, string>();
  const officeValuesFor = (lang: Lang, t: Translate) => {
    const cached = officeCache.get(lang) ?? officeValues(knowledge, lang, t);
    officeCache.set(lang, cached);
    return cached;
  };

  function renderEntry(reply: Extract<Reply, { kind: 'entry' }>, lang: Lang, t: Translate): RenderedReply {
    const entry = knowledge.entry(reply.topic, lang);
    if (!entry) return { text: t('knowledge.missing'), buttons: [] };
    const key = `${reply.topic}:${reply.part}:${lang}`;
    let text = entryTexts.get(key);
    if (text === undefined) {
      const values = officeValuesFor(lang, t);
      const body = fillPlaceholders(
        stripMarkers(reply.part === 'reply' ? entry.reply : entry.details),
        values,
      );
      const firstSource = entry.sources[0];
      const doc = firstSource ? knowledge.documents.get(firstSource.seed) : undefined;
      const asOf =
        reply.part === 'reply' && doc
          ? t('knowledge.asOf', { document: doc.short[lang], year: doc.published.slice(0, 4) })
          : '';
      text = [body, asOf].filter(Boolean).join('\n\n');
      entryTexts.set(key, text);
    }
    // No "more details" button when the entry has none to give.
    const buttons = (reply.buttons ?? []).filter((b) => b.value !== 'more' || entry.details !== '');
    return { text, buttons: labels(buttons, t) };
  }

  function renderSummary(reply: Extract<Reply, { kind: 'summary' }>, t: Translate): RenderedReply {
    const lines = INTAKE_FORMS[reply.form].map((field) => {
      const label = t(`intake.${reply.form}.${field.name}.label`);
      const raw = reply.answers[field.name];
      const value =
        raw && field.options?.includes(raw) ? t(`intake.${reply.form}.${field.name}.options.${raw}`) : raw;
      return `${label}: ${value ?? t('intake.skipped')}`;
    });
    return {
      text: [t(`intake.${reply.form}.summaryTitle`), ...lines].join('\n'),
      buttons: labels(reply.buttons ?? [], t),
    };
  }

  return function renderReply(reply: Reply, lang: Lang, t: Translate): RenderedReply {
    if (reply.kind === 'entry') return renderEntry(reply, lang, t);
    if (reply.kind === 'summary') return renderSummary(reply, t);
    const text = t(reply.key, { office: knowledge.office.shortName, ...reply.vars });
    return { text, buttons: labels(reply.buttons ?? [], t) };
  };
}

function labels(buttons: readonly Button[], t: Translate) {
  return buttons.map((b) => ({ value: b.value, label: b.vars ? t(b.label, b.vars) : t(b.label) }));
}

/** Buttons written out as a numbered list, for plain-text channels and `ask`. */
export function withNumberedButtons(reply: RenderedReply, t: Translate): string {
  if (reply.buttons.length === 0) return reply.text;
  const lines = reply.buttons.map((b, i) => t('render.buttonLine', { number: i + 1, label: b.label }));
  return `${reply.text}\n\n${lines.join('\n')}`;
}
