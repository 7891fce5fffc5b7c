/**
 * Turns the replies a flow emits (locale keys, topic entries and facets, an emergency line,
 * a form's summary, the queue position) into the words and buttons a person sees, in their
 * language and worded for their channel ("tap an option" or "reply with a number"). Entries
 * lose their source markers, get the office's details filled in, and a first reply ends
 * with the source it comes from. One turn's replies become one message: the texts joined,
 * the buttons of the last reply that has any.
 */
import { INTAKE_FORMS, isIntakeKind } from '../../flows/index.ts';
import type { Button, Lang, Reply } from '../core/types.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { fillPlaceholders, stripMarkers } from '../knowledge/text.ts';

export interface RenderedReply {
  text: string;
  buttons: Array<{ value: string; label: string }>;
}

/** What rendering needs besides the reply: language, texts, how the channel shows options, the queue. */
export interface RenderContext {
  lang: Lang;
  t: Translate;
  /** 'numbered': options are typed as numbers (WhatsApp, the terminal); prompts say so. */
  choices: 'buttons' | 'numbered';
  /** Conversations ahead of this one in the staff queue, and how long it has waited (for `queue` replies). */
  ahead?: number;
  waitedMinutes?: number;
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
  // Knowledge does not change while the process runs: texts as people see them are cached.
  const cache = new Map<string, string>();
  const cached = (key: string, make: () => string) => {
    let text = cache.get(key);
    if (text === undefined) {
      text = make();
      cache.set(key, text);
    }
    return text;
  };
  const offices = new Map<Lang, Record<string, string>>();
  const shown = (text: string, lang: Lang, t: Translate) => {
    let values = offices.get(lang);
    if (!values) {
      values = officeValues(knowledge, lang, t);
      offices.set(lang, values);
    }
    return fillPlaceholders(stripMarkers(text), values);
  };

  // Labels of a list of buttons the flow reuses (its menus), per language.
  const labelled = new WeakMap<readonly Button[], Map<Lang, Array<{ value: string; label: string }>>>();
  function labels(buttons: readonly Button[], ctx: RenderContext) {
    const known = labelled.get(buttons)?.get(ctx.lang);
    if (known) return known;
    const made = labelsOf(buttons, ctx);
    labelled.set(buttons, (labelled.get(buttons) ?? new Map()).set(ctx.lang, made));
    return made;
  }

  function labelsOf(buttons: readonly Button[], ctx: RenderContext) {
    return buttons.map((b) => ({
      value: b.value,
      label: b.vars
        ? ctx.t(b.label, b.vars)
        : cached(`label:${ctx.lang}:${b.label}`, () =>
            b.label.startsWith('topics.')
              ? (knowledge.entry(b.label.slice(7), ctx.lang)?.label ?? b.label)
              : ctx.t(b.label),
          ),
    }));
  }

  function textOf(reply: Reply, ctx: RenderContext): string {
    const { lang, t } = ctx;
    switch (reply.kind) {
      case 'entry': {
        const entry = knowledge.entry(reply.topic, lang);
        if (!entry) return t('knowledge.missing');
        return cached(`${reply.topic}:${reply.part}:${lang}`, () => {
          const body = shown(reply.part === 'reply' ? entry.reply : entry.details, lang, t);
          const doc = knowledge.documents.get(entry.sources[0]?.seed ?? '');
          const asOf =
            reply.part === 'reply' && doc
              ? t('knowledge.asOf', { document: doc.short[lang], year: doc.published.slice(0, 4) })
              : '';
          return [body, asOf].filter(Boolean).join('\n\n');
        });
      }
      case 'facet': {
        const entry = knowledge.entry(reply.topic, lang);
        const parts = reply.facets.map((f) => entry?.facets[f]?.text).filter((p): p is string => Boolean(p));
        return parts.length
          ? cached(`${reply.topic}:facets:${reply.facets.join('+')}:${lang}`, () =>
              parts.map((p) => shown(p, lang, t)).join('\n\n'),
            )
          : t('knowledge.missing');
      }
      case 'case': {
        const text = knowledge.entry(reply.topic, lang)?.cases[reply.name];
        return text ? cached(`${reply.topic}:case:${reply.name}:${lang}`, () => shown(text, lang, t)) : '';
      }
      case 'summary':
        return summaryText(reply.form, reply.answers, t);
      case 'queue': {
        const hours = knowledge.office.hours[lang].trim();
        return [
          t(ctx.ahead ? 'handoff.position' : 'handoff.nobodyAhead', { count: ctx.ahead ?? 0 }),
          ...(ctx.waitedMinutes ? [t('handoff.waited', { minutes: ctx.waitedMinutes })] : []),
          hours ? t('handoff.hours', { hours }) : t('handoff.asap'),
        ].join(' ');
      }
      case 'text': {
        // Prompts have a variant for channels where options are typed as numbers (`key_numbered`).
        const render = () =>
          t(reply.key, {
            office: knowledge.office.shortName,
            ...reply.vars,
            ...(ctx.choices === 'numbered' ? { context: 'numbered' } : {}),
          });
        return reply.vars ? render() : cached(`text:${lang}:${ctx.choices}:${reply.key}`, render);
      }
    }
  }

  /** One turn's replies as one message. */
  return function render(replies: readonly Reply[], ctx: RenderContext): RenderedReply {
    const texts = replies.map((r) => textOf(r, ctx)).filter((text) => text.trim() !== '');
    // The flow offers "more details" only for a topic that has them (its catalog says so).
    const last = replies.findLast((r) => r.buttons && r.buttons.length > 0);
    return { text: texts.join('\n\n'), buttons: labels(last?.buttons ?? [], ctx) };
  };
}

function summaryText(form: string, answers: Record<string, string>, t: Translate): string {
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

/** Buttons written out as a numbered list, for plain-text channels and the command-line tools. */
export function withNumberedButtons(reply: RenderedReply, t: Translate): string {
  if (reply.buttons.length === 0) return reply.text;
  const lines = reply.buttons.map((b, i) => t('render.buttonLine', { number: i + 1, label: b.label }));
  return `${reply.text}\n\n${lines.join('\n')}`;
}
