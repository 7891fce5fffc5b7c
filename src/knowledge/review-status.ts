/**
 * Where each reviewable text stands: `reviewed` (a named person checked it against the
 * Spanish that is there today), `machine` (nobody has), or `needs-review` (someone did, but
 * the Spanish changed since). Topic entries are judged whole, since their paragraphs are
 * read together and share limits; locale strings one by one, since a file holds hundreds of
 * unrelated strings and one changed menu prompt must not flag the other two hundred.
 * Pure: takes the texts and the registry, returns the state and the counts per language.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { LANGS, type Lang } from '../core/types.ts';
import { entryUnits, type ReviewUnit } from './review-entry-units.ts';
import { localeUnits } from './review-locale-units.ts';
import { REVIEWS_PATH, type Registry, type Review } from './review-registry.ts';

/** The reviewable files as text, keyed by path: topics/<id>/<lang>.md and locales/<lang>/<name>.json. */
export interface ReviewTexts {
  entries: ReadonlyMap<string, string>;
  locales: ReadonlyMap<string, string>;
}

export type ReviewStatus = 'reviewed' | 'machine' | 'needs-review';

export interface ReviewItem {
  kind: 'entry' | 'string';
  /** The file: topics/apostille/ht.md or locales/ht/common.json. */
  path: string;
  /** The topic id or the locale file's name. */
  name: string;
  lang: Lang;
  /** A locale string's key ("menu.prompt"); none for an entry, reviewed whole. */
  key?: string;
  status: ReviewStatus;
  /** The last review, when there was one (also when the Spanish changed since). */
  review?: Review;
  /** The hash of today's Spanish, which a new review records. */
  spanish: string;
}

export const entryPath = (topic: string, lang: Lang) => `topics/${topic}/${lang}.md`;
export const localePath = (name: string, lang: Lang) => `locales/${lang}/${name}.json`;

/** What a path names, or null when it is no reviewable file. */
export function parseReviewPath(path: string): { kind: 'entry' | 'string'; name: string; lang: Lang } | null {
  const entry = /^topics\/([a-z][a-z0-9_]{1,39})\/(es|en|ht)\.md$/.exec(path);
  if (entry) return { kind: 'entry', name: entry[1] ?? '', lang: entry[2] as Lang };
  const locale = /^locales\/(es|en|ht)\/([a-z][a-z0-9_-]*)\.json$/.exec(path);
  if (locale) return { kind: 'string', name: locale[2] ?? '', lang: locale[1] as Lang };
  return null;
}

export function textHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
}

/** An entry's hash covers every unit and its id, markers included (a moved marker is a changed claim). */
export function entryHash(units: readonly ReviewUnit[]): string {
  return textHash(JSON.stringify(units.map((u) => [u.id, u.text])));
}

function status(review: Review | undefined, spanish: string): ReviewStatus {
  if (!review) return 'machine';
  return review.spanish === spanish ? 'reviewed' : 'needs-review';
}

/** Every entry file and every locale string, with its status. */
export function reviewItems(texts: ReviewTexts, registry: Registry): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const path of [...texts.entries.keys()].sort()) {
    const where = parseReviewPath(path);
    if (where?.kind !== 'entry') continue;
    const spanishText = texts.entries.get(entryPath(where.name, 'es'));
    const spanish = spanishText === undefined ? '' : entryHash(entryUnits(path, spanishText));
    const record = registry.entries[where.name]?.[where.lang];
    const review = record?.status === 'reviewed' ? record : undefined;
    items.push({
      path,
      ...where,
      status: status(review, spanish),
      ...(review ? { review: { by: review.by, date: review.date, spanish: review.spanish } } : {}),
      spanish,
    });
  }
  for (const path of [...texts.locales.keys()].sort()) {
    const where = parseReviewPath(path);
    if (where?.kind !== 'string') continue;
    const spanishText = texts.locales.get(localePath(where.name, 'es')) ?? '{}';
    const spanishUnits = new Map(
      localeUnits(localePath(where.name, 'es'), spanishText).map((u) => [u.id, u.text]),
    );
    const record = registry.locales[where.name]?.[where.lang];
    for (const unit of localeUnits(path, texts.locales.get(path) ?? '{}')) {
      const es = spanishUnits.get(unit.id);
      const spanish = es === undefined ? '' : textHash(es);
      const review = record?.status === 'reviewed' ? record.strings[unit.id] : undefined;
      items.push({
        path,
        ...where,
        key: unit.id,
        status: status(review, spanish),
        ...(review ? { review } : {}),
        spanish,
      });
    }
  }
  return items;
}

export type Counts = Record<ReviewStatus, number>;
export interface LangCounts {
  entries: Counts;
  strings: Counts;
}

export function reviewCounts(items: readonly ReviewItem[]): Record<Lang, LangCounts> {
  const zero = (): Counts => ({ reviewed: 0, machine: 0, 'needs-review': 0 });
  const counts = Object.fromEntries(LANGS.map((l) => [l, { entries: zero(), strings: zero() }])) as Record<
    Lang,
    LangCounts
  >;
  for (const item of items) counts[item.lang][item.kind === 'entry' ? 'entries' : 'strings'][item.status]++;
  return counts;
}

/** Records that name no file or key that exists: left behind by a rename, worth a look. */
export function staleRecords(texts: ReviewTexts, registry: Registry): string[] {
  const stale: string[] = [];
  for (const [topic, langs] of Object.entries(registry.entries))
    for (const lang of LANGS)
      if (langs[lang] && !texts.entries.has(entryPath(topic, lang)))
        stale.push(
          `${REVIEWS_PATH}: entries.${topic}.${lang} names ${entryPath(topic, lang)}, which does not exist; remove the record.`,
        );
  for (const [name, langs] of Object.entries(registry.locales)) {
    for (const lang of LANGS) {
      const record = langs[lang];
      const text = texts.locales.get(localePath(name, lang));
      if (record && text === undefined)
        stale.push(
          `${REVIEWS_PATH}: locales.${name}.${lang} names ${localePath(name, lang)}, which does not exist; remove the record.`,
        );
      if (record?.status !== 'reviewed' || text === undefined) continue;
      const keys = new Set(localeUnits(localePath(name, lang), text).map((u) => u.id));
      for (const key of Object.keys(record.strings))
        if (!keys.has(key))
          stale.push(
            `${REVIEWS_PATH}: locales.${name}.${lang} lists "${key}", which ${localePath(name, lang)} no longer has; remove it.`,
          );
    }
  }
  return stale;
}
