/**
 * knowledge/reviews.yaml: who reviewed which text, when, and against which Spanish. One record
 * per topic entry (entries.<topic>.<lang>) and per locale file (locales.<name>.<lang>); a
 * locale file's strings are reviewed one by one, so its record lists them by key. The hash is
 * of the Spanish the reviewer saw (for a Spanish text, of itself): when the Spanish changes,
 * the record no longer matches and the text "needs review" with no one having to remember.
 * The file is written by `npm run content:import`; validated here with zod like every file.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { LANGS, type Lang } from '../core/types.ts';
import { KnowledgeError } from './knowledge-error.ts';

export const REVIEWS_PATH = 'reviews.yaml';

const date = z.union([
  z.iso.date({ error: 'a date written YYYY-MM-DD' }),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);
const hash = z.string().regex(/^[0-9a-f]{16}$/, 'the 16-character hash content:import writes');
const person = z.string().trim().min(2, 'the name of the person who reviewed it');

/** One review: who, when, and the Spanish text they compared with (its hash). */
const review = z.object({ by: person, date, spanish: hash }).strict();
export type Review = z.infer<typeof review>;

const STATUS = { error: 'status is machine (nobody reviewed it yet) or reviewed (with by, date, spanish)' };
const entryRecord = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('machine') }).strict(),
    z.object({ status: z.literal('reviewed'), ...review.shape }).strict(),
  ],
  STATUS,
);
export type EntryRecord = z.infer<typeof entryRecord>;

const localeRecord = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('machine') }).strict(),
    z.object({ status: z.literal('reviewed'), strings: z.record(z.string().min(1), review) }).strict(),
  ],
  STATUS,
);
export type LocaleRecord = z.infer<typeof localeRecord>;

const perLang = <T extends z.ZodType>(record: T) =>
  z.object({ es: record.optional(), en: record.optional(), ht: record.optional() }).strict();

export const registrySchema = z
  .object({
    entries: z.record(z.string().regex(/^[a-z][a-z0-9_]{1,39}$/), perLang(entryRecord)).default({}),
    locales: z.record(z.string().regex(/^[a-z][a-z0-9_-]*$/), perLang(localeRecord)).default({}),
  })
  .strict();
export type Registry = z.infer<typeof registrySchema>;

/** Reads reviews.yaml; a missing file is an empty registry (everything "machine"). */
export function parseRegistry(text: string | null): Registry {
  if (text === null) return { entries: {}, locales: {} };
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    throw new KnowledgeError(REVIEWS_PATH, `is not valid YAML: ${(error as Error).message}`);
  }
  const result = registrySchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new KnowledgeError(
      REVIEWS_PATH,
      `does not match the format (see the comment at its top):\n  ${problems.join('\n  ')}`,
    );
  }
  return result.data;
}

const HEADER = `# Translation and content reviews: which text a named person has checked, when, and
# against which Spanish. Written by \`npm run content:import -- FILE --by "Name"\`; see the
# README, "Reviewing translations". Do not mark a text reviewed by hand.
#
#   status: machine    nobody has reviewed it yet (written by the project or a machine)
#   status: reviewed   by (a person's name), date, and spanish: a hash of the Spanish text
#                      the reviewer compared it with. When that Spanish changes, the text
#                      counts as "needs review" until someone reviews it again.
# A locale file's strings are reviewed one by one: its record lists them under strings.
`;

const quote = (s: string) => JSON.stringify(s);
const flow = (r: Review) => `{by: ${quote(r.by)}, date: ${r.date}, spanish: "${r.spanish}"}`;

/** The registry as the file the office keeps: sorted, one line per record or string. */
export function serializeRegistry(registry: Registry): string {
  const lines = [HEADER, 'entries:'];
  for (const topic of Object.keys(registry.entries).sort()) {
    lines.push(`  ${topic}:`);
    for (const lang of LANGS) {
      const r = registry.entries[topic]?.[lang];
      if (!r) continue;
      lines.push(
        r.status === 'machine'
          ? `    ${lang}: {status: machine}`
          : `    ${lang}: {status: reviewed, ${flow(r).slice(1)}`,
      );
    }
  }
  lines.push('locales:');
  for (const name of Object.keys(registry.locales).sort()) {
    lines.push(`  ${name}:`);
    for (const lang of LANGS) {
      const r = registry.locales[name]?.[lang];
      if (!r) continue;
      if (r.status === 'machine') {
        lines.push(`    ${lang}: {status: machine}`);
        continue;
      }
      lines.push(`    ${lang}:`, '      status: reviewed', '      strings:');
      for (const [key, review] of Object.entries(r.strings).sort(([a], [b]) => (a < b ? -1 : 1)))
        lines.push(`        ${quote(key)}: ${flow(review)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Records that a person reviewed whole entries and some locale strings today. */
export function recordReviews(
  registry: Registry,
  review: { by: string; date: string },
  entries: ReadonlyArray<{ topic: string; lang: Lang; spanish: string }>,
  strings: ReadonlyArray<{ name: string; lang: Lang; key: string; spanish: string }>,
): Registry {
  const next: Registry = structuredClone(registry);
  for (const e of entries) {
    next.entries[e.topic] ??= {};
    (next.entries[e.topic] as Record<Lang, EntryRecord>)[e.lang] = {
      status: 'reviewed',
      by: review.by,
      date: review.date,
      spanish: e.spanish,
    };
  }
  for (const s of strings) {
    const file: Partial<Record<Lang, LocaleRecord>> = next.locales[s.name] ?? {};
    next.locales[s.name] = file;
    const current = file[s.lang];
    const record: LocaleRecord =
      current?.status === 'reviewed' ? current : { status: 'reviewed', strings: {} };
    record.strings[s.key] = { by: review.by, date: review.date, spanish: s.spanish };
    file[s.lang] = record;
  }
  return next;
}
