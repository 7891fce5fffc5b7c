/**
 * Turns the replies a flow emits (locale keys, topic entries and facets, an emergency line,
 * a form's summary, the queue position) into the words and buttons a person sees, in their
 * language and worded for their channel ("tap an option" or "reply with a number"). Entries
 * lose their source markers, get the office's details filled in, and every part of an entry
 * (first reply, details, facets, emergency lines) ends with a source line naming each
 * document its markers cite, with its date. One turn's replies become one message: the
 * texts joined (parts shown together share one source line), the buttons of the last reply
 * that has any.
 */
import type { Button, Lang, Reply } from '../core/types.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { citedDocuments, type NamedDocument } from '../knowledge/cited-documents.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import type { Entry } from '../knowledge/parse-entry.ts';
import { passageOf } from '../knowledge/passages.ts';
import { fillPlaceholders, stripMarkers } from '../knowledge/text.ts';
import { changedText, summaryText } from './form-texts.ts';
import { joinPassage, type Piece } from './join-passage.ts';
import { officeValues } from './office-values.ts';
import { createExcerptAnswer, factsText } from './render-answers.ts';
import { waitedLines } from './waited-lines.ts';
import { withoutRepeats } from './without-repeats.ts';

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
  /** The ticket is urgent: a long wait names no office to walk to (issue 30: never the office as where to go in danger). */
  urgent?: true;
  /** The person named another state or country: a long wait names no office to walk to either. */
  away?: true;
  /** The folio of the conversation's ticket, told with the queue position, and its case's code. */
  folio?: string;
  code?: string;
}

export function createReplyRenderer(knowledge: Knowledge) {
  const excerptText = createExcerptAnswer(knowledge);
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

  // The documents each part cites, resolved once per part and language.
  const cites = new Map<string, readonly NamedDocument[]>();
  const citing = (key: string, entry: Entry, ids: readonly string[]) => {
    let documents = cites.get(key);
    if (!documents) {
      documents = citedDocuments(entry, ids, knowledge.documents);
      cites.set(key, documents);
    }
    return documents;
  };

  /** A part of an entry (first reply, details, facets, an emergency line) and the documents it cites. */
  function knowledgePart(reply: Reply, ctx: RenderContext): Piece | null {
    const { lang, t } = ctx;
    switch (reply.kind) {
      case 'entry': {
        const entry = knowledge.entry(reply.topic, lang);
        if (!entry) return { text: t('knowledge.missing'), documents: [] };
        const key = `${reply.topic}:${reply.part}:${lang}`;
        const part = {
          text: cached(key, () => shown(entry[reply.part], lang, t)),
          documents: citing(key, entry, entry.cites[reply.part]),
        };
        if (!reply.passage) return part;
        // A subject of its own within the topic ("how do I send money home?") is not introduced by the
        // topic's first reply about something else (business projects, session 70's judge).
        if (entry.answers_alone?.some((name) => reply.passage === `answer.${name}`))
          return knowledgePart({ kind: 'passage', topic: reply.topic, passage: reply.passage }, ctx);
        return withPassage(part, reply.topic, reply.passage, ctx, 'part');
      }
      case 'facet': {
        const entry = knowledge.entry(reply.topic, lang);
        const shownFacets = reply.facets.filter((f) => entry?.facets[f]);
        if (!entry || shownFacets.length === 0) return { text: t('knowledge.missing'), documents: [] };
        const key = `${reply.topic}:facets:${shownFacets.join('+')}:${lang}`;
        const facet = {
          text: cached(key, () =>
            shownFacets.map((f) => shown(entry.facets[f]?.text ?? '', lang, t)).join('\n\n'),
          ),
          documents: citing(
            key,
            entry,
            shownFacets.flatMap((f) => entry.cites.facets[f] ?? []),
          ),
        };
        return reply.passage ? withPassage(facet, reply.topic, reply.passage, ctx, 'passage') : facet;
      }
      case 'case': {
        const entry = knowledge.entry(reply.topic, lang);
        const text = entry?.cases[reply.name];
        if (!entry || !text) return { text: '', documents: [] };
        const key = `${reply.topic}:case:${reply.name}:${lang}`;
        return {
          text: cached(key, () => shown(text, lang, t)),
          documents: citing(key, entry, entry.cites.cases[reply.name] ?? []),
        };
      }
      case 'facts': {
        const entry = knowledge.entry(reply.topic, lang);
        const answer = entry ? factsText(entry, reply, t) : null;
        if (!entry || !answer) return { text: '', documents: [] };
        return { text: answer.text, documents: citing(`${reply.topic}:limits:${lang}`, entry, answer.cites) };
      }
      case 'passage': {
        const entry = knowledge.entry(reply.topic, lang);
        const passage = entry ? passageOf(entry, reply.passage) : undefined;
        if (!entry || !passage) return { text: t('answers.notInSources'), documents: [] };
        const key = `${reply.topic}:passage:${reply.passage}:${lang}`;
        return {
          text: cached(key, () => shown(passage.text, lang, t)),
          documents: citing(key, entry, passage.cites),
        };
      }
      case 'excerpt': {
        const entry = knowledge.entry(reply.topic, lang);
        if (!entry) return { text: t('answers.notInSources'), documents: [] };
        const answer = excerptText(entry, reply.question, t, reply.within);
        const key = `${reply.topic}:excerpt:${lang}:${answer.cites.join('+')}`;
        return { text: shown(answer.text, lang, t), documents: citing(key, entry, answer.cites) };
      }
      default:
        return null;
    }
  }

  /** A part, then the passage that says what was asked: both when they make a short reply, else the passage. */
  function withPassage(
    part: Piece,
    topic: string,
    passage: string,
    ctx: RenderContext,
    keep: 'part' | 'passage',
  ): Piece {
    return joinPassage(part, knowledgePart({ kind: 'passage', topic, passage }, ctx), keep);
  }

  /** The source line: each document cited, by its short name and year ("hacia 2021" when the file has no date). */
  function sourceLine(documents: readonly NamedDocument[], ctx: RenderContext): string {
    const { lang, t } = ctx;
    return cached(`sources:${lang}:${documents.map((d) => d.key).join('+')}`, () => {
      const names = documents.map((d) => {
        const year = d.published.slice(0, 4);
        const date = d.approximate ? t('knowledge.approximately', { year }) : year;
        return t('knowledge.document', { name: d.short[lang], date });
      });
      const last = names.pop() ?? '';
      const list = names.length ? t('knowledge.list', { list: names.join(', '), last }) : last;
      return t(documents.length === 1 ? 'knowledge.source' : 'knowledge.sources', { documents: list });
    });
  }

  /** The folio with its case's code (alone for a case from before codes, or `brief`: said again in line). */
  const folioLine = ({ t, folio, code }: RenderContext, brief = false) =>
    t(code && !brief ? 'case.folioCode' : 'case.folio', { folio, code });

  function textOf(reply: Reply, ctx: RenderContext): string {
    const { lang, t } = ctx;
    switch (reply.kind) {
      case 'entry':
      case 'facet':
      case 'case':
      case 'facts':
      case 'excerpt':
      case 'passage':
        return knowledgePart(reply, ctx)?.text ?? '';
      case 'summary':
        return reply.only
          ? changedText(reply.only, reply.form, reply.answers, t)
          : summaryText(reply.form, reply.answers, t);
      case 'queue': {
        const hours = knowledge.office.hours[lang].trim();
        const queue = [
          t(ctx.ahead ? 'handoff.position' : 'handoff.nobodyAhead', {
            count: ctx.ahead ?? 0,
            place: (ctx.ahead ?? 0) + 1,
          }),
          ...waitedLines(
            ctx.waitedMinutes ?? 0,
            t,
            ctx.urgent ? 'urgent' : ctx.away ? 'away' : { address: knowledge.office.address.text },
          ),
          hours ? t('handoff.hours', { hours }) : t('handoff.asap'),
        ].join(' ');
        return ctx.folio ? `${queue}\n\n${folioLine(ctx, reply.brief)}` : queue;
      }
      case 'folio':
        return ctx.folio ? folioLine(ctx, reply.brief) : '';
      case 'caseStatus': {
        const vars = { folio: reply.folio, status: t(`case.status.${reply.status}`) };
        const head = t(reply.changed ? 'case.changed' : 'case.report', vars);
        const closed = reply.closed ? `\n${t('case.closedConversation')}` : '';
        return (reply.note ? `${head}\n${t('case.note', { note: reply.note })}` : head) + closed;
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
    const pieces = replies
      .map((r): Piece => knowledgePart(r, ctx) ?? { text: textOf(r, ctx), documents: [] })
      .filter((piece) => piece.text.trim() !== '');
    const texts: string[] = [];
    let cited: NamedDocument[] = [];
    pieces.forEach((piece, i) => {
      texts.push(piece.text);
      cited.push(...piece.documents);
      // Parts shown one after another (911, then the line for the danger) share one source line.
      if (cited.length > 0 && !pieces[i + 1]?.documents.length) {
        texts.push(sourceLine([...new Map(cited.map((d) => [d.key, d])).values()], ctx));
        cited = [];
      }
    });
    // The flow offers "more details" only for a topic that has them (its catalog says so).
    const last = replies.findLast((r) => r.buttons && r.buttons.length > 0);
    return { text: withoutRepeats(texts.join('\n\n')), buttons: labels(last?.buttons ?? [], ctx) };
  };
}

/** Buttons written out as a numbered list, for plain-text channels and the command-line tools. */
export function withNumberedButtons(reply: RenderedReply, t: Translate): string {
  if (reply.buttons.length === 0) return reply.text;
  const lines = reply.buttons.map((b, i) => t('render.buttonLine', { number: i + 1, label: b.label }));
  return `${reply.text}\n\n${lines.join('\n')}`;
}
