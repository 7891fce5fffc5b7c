/**
 * The texts people read, paragraph by paragraph, for the content tests (issue 16's audit and
 * Kreyòl review): every part of every entry and the Kreyòl locale strings, and the small
 * matchers the rules are written with. A rule returns the texts that break it.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Knowledge } from '../../../src/knowledge/knowledge-base.ts';
import type { Entry } from '../../../src/knowledge/parse-entry.ts';
import { paragraphs, stripMarkers } from '../../../src/knowledge/text.ts';

export type Lang = 'es' | 'en' | 'ht';
/** One paragraph people read, and where it is. */
export interface Shown {
  where: string;
  topic: string;
  lang: Lang;
  part: string;
  text: string;
}

/** Every paragraph of an entry as people read it: title, summary, label, reply, details, facets, cases, named answers. */
export function shownParts(e: Entry): Shown[] {
  const lang = e.lang as Lang;
  const parts: [string, string][] = [
    ['title', e.title],
    ['summary', e.summary],
    ['label', e.label],
    ['reply', e.reply],
    ['details', e.details],
    ...Object.entries(e.facets).map(([n, f]): [string, string] => [`facet ${n}`, f.text]),
    ...Object.entries(e.cases).map(([n, t]): [string, string] => [`case ${n}`, t]),
    ...Object.entries(e.answers).map(([n, a]): [string, string] => [`answer ${n}`, a.text]),
  ];
  return parts.flatMap(([part, text]) =>
    paragraphs(stripMarkers(text)).map((p) => ({
      where: `${e.file} (${part})`,
      topic: e.id,
      lang,
      part,
      text: p,
    })),
  );
}

export function leaves(tree: unknown, where: string, out: Shown[], lang: Lang = 'ht') {
  if (typeof tree === 'string') out.push({ where, topic: '', lang, part: 'locale', text: tree });
  else if (tree && typeof tree === 'object')
    for (const [k, v] of Object.entries(tree)) leaves(v, `${where}.${k}`, out, lang);
}

/** Sentences of a paragraph; a colon or semicolon also ends one (each card, each clause). */
export const sentences = (text: string) => text.split(/(?<=[.!?;:])\s+/u);
/** Matches a form as a whole word (so "rès" does not match "adrès"). */
export const word = (form: string, flags = 'iu') => new RegExp(`(?<![\\p{L}])${form}(?![\\p{L}])`, flags);
export const quote = (s: Shown) => `${s.where}: ${s.text.slice(0, 140)}`;

/**
 * A rule returns the texts that break it. `old` quotes the text as it was at 5ab4bb4 (or the
 * part of it the rule is about), which the rule must reject.
 */
export interface Rule {
  finding: string;
  check: (texts: readonly Shown[]) => string[];
  old: Shown[];
}

export const at = (topic: string, lang: Lang, part: string, text: string): Shown => ({
  where: `5ab4bb4 topics/${topic}/${lang}.md (${part})`,
  topic,
  lang,
  part,
  text,
});

/** Paragraphs about `subject` must carry one of `hedge` (the plan, the pause, the limit). */
export function everyMention(
  topics: readonly string[] | null,
  subject: Record<Lang, RegExp>,
  hedge: Record<Lang, RegExp>,
  unit: 'paragraph' | 'sentence' = 'paragraph',
) {
  return (texts: readonly Shown[]) =>
    texts
      .filter((t) => topics === null || topics.includes(t.topic))
      .flatMap((t) => (unit === 'sentence' ? sentences(t.text).map((s) => ({ ...t, text: s })) : [t]))
      .filter((t) => subject[t.lang].test(t.text) && !hedge[t.lang].test(t.text))
      .map(quote);
}

/** No text of these topics (null: any) in `lang` matches `form`. */
export function never(topics: readonly string[] | null, forms: Partial<Record<Lang, RegExp>>) {
  return (texts: readonly Shown[]) =>
    texts
      .filter((t) => topics === null || topics.includes(t.topic))
      .filter((t) => forms[t.lang]?.test(t.text))
      .map(quote);
}

/** The part named (e.g. "reply" of psych_support) says each of `forms` in every language. */
export function says(topic: string, part: string, forms: Record<Lang, RegExp[]>) {
  return (texts: readonly Shown[]) => {
    const problems: string[] = [];
    for (const lang of ['es', 'en', 'ht'] as const) {
      const text = texts
        .filter((t) => t.topic === topic && t.lang === lang && t.part === part)
        .map((t) => t.text)
        .join('\n');
      for (const form of forms[lang])
        if (!form.test(text)) problems.push(`topics/${topic}/${lang}.md (${part}) does not say ${form}`);
    }
    return problems;
  };
}

// "Era un plan", "se propuso", "pregunta si hoy se ofrece": how a plan in a programme is written.
export const PLAN: Record<Lang, RegExp> = {
  es: /se propuso|era un plan|si hoy (se ofrece|existe|hay)/i,
  en: /set out to|was a plan|whether (it is offered|it exists|there is [^.]*) today/i,
  ht: /planifye|se te yon plan|si (li egziste|gen [^.]*) jodi a/i,
};

/** Every paragraph people read: the entries' parts and the locale strings of each language. */
export async function shownTexts(knowledge: Knowledge): Promise<Shown[]> {
  const shown = knowledge.entries.flatMap(shownParts);
  for (const lang of ['es', 'en', 'ht'] as const)
    for (const file of (await readdir(`locales/${lang}`)).filter(
      (f) => f.endsWith('.json') && f !== 'commands.json',
    ))
      leaves(
        JSON.parse(await readFile(`locales/${lang}/${file}`, 'utf8')),
        `locales/${lang}/${file}`,
        shown,
        lang,
      );
  return shown;
}
