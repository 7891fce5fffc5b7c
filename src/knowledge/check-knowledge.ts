/**
 * The knowledge checks behind `npm run knowledge:check`: schema, every topic in all three
 * languages with the same sources, length limits, a source marker on every paragraph,
 * cited line ranges that exist, known placeholders, no phone number or web address
 * that neither the cited lines nor the office profile contain, and source lines that name
 * what the markers cite (check-source-lines.ts); the office address whole and word for word
 * as its line gives it (check-office.ts), the Kreyòl style list (check-style.ts), one term per concept per language (check-terms.ts) and the
 * readability limits (check-readability.ts). Pure: the caller passes the files and, when it
 * has them, the seed texts and the locale files.
 */

import { FACETS, LANGS } from '../core/types.ts';
import { checkBoundAnswers } from './check-bound-answers.ts';
import { addressProblems, cutValues } from './check-office.ts';
import { checkReadability } from './check-readability.ts';
import { checkSourceLines } from './check-source-lines.ts';
import { checkKreyolStyle, type LocaleTexts } from './check-style.ts';
import { checkTerms } from './check-terms.ts';
import { buildKnowledge, type Knowledge, type KnowledgeFiles } from './knowledge-base.ts';
import { KnowledgeError } from './knowledge-error.ts';
import { type Entry, parseEntry } from './parse-entry.ts';
import type { Citation } from './schema.ts';
import { markersIn, paragraphs, placeholdersIn, stripMarkers } from './text.ts';

/**
 * Characters once markers are removed. A first reply fits one phone screen with its source
 * line and options (check-source-lines.ts holds a reply and its source line to 480); a facet
 * answers one follow-up in a few lines.
 */
export const LIMITS = { reply: 330, details: 1500, facet: 400, case: 400, answer: 400 };
const PLACEHOLDERS = new Set(['name', 'shortName', 'address', 'contact', 'hours', 'reach', 'emergencyLines']);
// The same shapes the evaluation's scorer looks for.
const PHONE = /(?<![\w/.-])(\+?\d[\d ().-]{6,}\d)(?![\w/-])/g;
const URL = /https?:\/\/[^\s)>\]]+|www\.[^\s)>\]]+/g;

export interface CheckResult {
  problems: string[];
  warnings: string[];
  knowledge: Knowledge | null;
}

/** seeds: file name → text, or null when ../shared/seeds is not available. */
export function checkKnowledge(
  files: KnowledgeFiles,
  seeds: ReadonlyMap<string, string> | null,
  /** The locale files (src/i18n/resources.ts), for the Kreyòl style check; left out, they are not checked. */
  locales?: LocaleTexts,
): CheckResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  let knowledge: Knowledge;
  // Report every broken entry, then check the rest.
  const readable = files.entries.filter(({ file, text }) => {
    try {
      parseEntry(file, text);
      return true;
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      problems.push(error.message);
      return false;
    }
  });
  try {
    knowledge = buildKnowledge({ ...files, entries: readable });
  } catch (error) {
    if (error instanceof KnowledgeError) return { problems: [error.message], warnings, knowledge: null };
    throw error;
  }
  const seedLines = new Map([...(seeds ?? new Map<string, string>())].map(([f, t]) => [f, t.split('\n')]));
  if (!seeds)
    warnings.push(
      '../shared/seeds not found: cited lines, phone numbers and addresses were not checked against the seeds.',
    );

  function citedText(where: string, c: Citation): string {
    const doc = knowledge.documents.get(c.seed);
    if (!doc) {
      problems.push(
        `${where}: cites ${c.seed}, which knowledge/sources.yaml does not list. Add the document there.`,
      );
      return '';
    }
    if (c.lines[1] > doc.lines)
      problems.push(`${where}: cites lines ${c.lines.join('-')} of ${c.seed}, which has ${doc.lines}.`);
    const lines = seedLines.get(c.seed);
    if (!seeds) return '';
    if (!lines) {
      problems.push(`${where}: cites ${c.seed}, which is not in the seeds folder.`);
      return '';
    }
    if (c.lines[1] > lines.length)
      problems.push(
        `${where}: lines ${c.lines.join('-')} do not exist in ${c.seed} (${lines.length} lines).`,
      );
    return lines.slice(c.lines[0] - 1, c.lines[1]).join('\n');
  }

  const { office } = knowledge;
  const officeDigits = [office.phone, office.whatsapp, ...office.emergencyLines.map((l) => l.number)].map(
    digits,
  );
  const officeText = [office.website, office.email, office.address.text].join(' ').toLowerCase();
  const addressLine = citedText('office.yaml address', office.address.source);
  problems.push(
    ...cutValues('office.yaml', files.office),
    ...cutValues('sources.yaml', files.sources),
    ...addressProblems(office, seeds ? addressLine : null),
  );
  for (const line of office.emergencyLines) {
    const text = citedText(`office.yaml emergency line ${line.number}`, line.source);
    if (seeds && !digits(text).includes(digits(line.number))) {
      problems.push(
        `office.yaml: emergency line ${line.number} is not in the lines it cites. Cite the lines that give it.`,
      );
    }
  }

  for (const entry of knowledge.entries) checkEntry(entry);
  checkCoverage();
  const sourceLines = checkSourceLines(knowledge, seeds ? seedLines : null);
  problems.push(...sourceLines.problems);
  warnings.push(...sourceLines.warnings);
  problems.push(...checkKreyolStyle(files.styleHt, knowledge, locales));
  problems.push(...checkTerms(files.terms, knowledge, locales));
  problems.push(...checkBoundAnswers(knowledge));
  const readability = checkReadability(files.readability, knowledge);
  problems.push(...readability.problems);
  warnings.push(...readability.warnings);
  return { problems, warnings, knowledge };

  function checkEntry(entry: Entry) {
    const where = entry.file;
    const ids = new Set(entry.sources.map((s) => s.id));
    const used = new Set<string>();
    const sections = [
      ...Object.values(entry.facets).map((f) => f.text),
      ...Object.values(entry.cases),
      ...Object.values(entry.answers).map((a) => a.text),
    ];
    for (const part of [entry.reply, entry.details, ...sections]) {
      for (const p of paragraphs(part)) {
        const marks = markersIn(p);
        if (marks.length === 0)
          problems.push(`${where}: a paragraph has no source marker [^id]: "${p.slice(0, 60)}…"`);
        for (const m of marks) {
          used.add(m);
          if (!ids.has(m)) problems.push(`${where}: marker [^${m}] names no source of this entry.`);
        }
      }
    }
    for (const id of ids)
      if (!used.has(id)) warnings.push(`${where}: source "${id}" is listed but never cited in the text.`);
    if (entry.reply === '') problems.push(`${where}: the first reply is empty.`);
    const replyLength = stripMarkers(entry.reply).length;
    const detailsLength = stripMarkers(entry.details).length;
    if (replyLength > LIMITS.reply)
      problems.push(
        `${where}: the first reply has ${replyLength} characters; keep it under ${LIMITS.reply} and move the rest below <!-- more -->.`,
      );
    if (detailsLength > LIMITS.details)
      problems.push(
        `${where}: the details have ${detailsLength} characters; the limit is ${LIMITS.details}.`,
      );
    for (const [name, facet] of Object.entries(entry.facets)) {
      const length = stripMarkers(facet.text).length;
      if (length > LIMITS.facet)
        problems.push(
          `${where}: the facet "${name}" has ${length} characters; the limit is ${LIMITS.facet}.`,
        );
    }
    for (const [name, text] of Object.entries(entry.cases)) {
      const length = stripMarkers(text).length;
      if (length > LIMITS.case)
        problems.push(`${where}: the case "${name}" has ${length} characters; the limit is ${LIMITS.case}.`);
    }
    for (const [name, answer] of Object.entries(entry.answers)) {
      const length = stripMarkers(answer.text).length;
      if (length > LIMITS.answer)
        problems.push(
          `${where}: the answer "${name}" has ${length} characters; the limit is ${LIMITS.answer}. Say one thing, or split it into two answers.`,
        );
    }
    for (const name of [
      ...Object.keys(entry.answers_about ?? {}),
      ...(entry.no_money ? [entry.no_money] : []),
      ...(entry.answers_alone ?? []),
    ]) {
      if (!(name in entry.answers))
        problems.push(
          `${where}: answers_about, no_money or answers_alone names "${name}", which is no answer of this entry; write its <!-- answer: ${name} | asks: … --> or remove the line.`,
        );
    }
    if (entry.menu !== 'none') {
      const missing = FACETS.filter((f) => !entry.facets[f]);
      if (missing.length)
        problems.push(
          `${where}: a topic in the menus answers every facet; missing: ${missing.join(', ')}. Where the sources are silent, write one sentence that says so and mark it "<!-- facet: NAME | silent -->".`,
        );
    }
    const allText = [entry.reply, entry.details, ...sections].join('\n');
    for (const name of placeholdersIn(allText)) {
      if (!PLACEHOLDERS.has(name))
        problems.push(
          `${where}: unknown placeholder {{office.${name}}}; known: ${[...PLACEHOLDERS].join(', ')}.`,
        );
    }
    const cited = entry.sources.map((s) => citedText(`${where} source ${s.id}`, s)).join('\n');
    const shown = stripMarkers(allText);
    for (const phone of shown.match(PHONE) ?? []) {
      const d = digits(phone);
      if (d.length < 7 || isYears(phone)) continue;
      const inOffice = officeDigits.some((o) => o !== '' && o === d);
      if (!inOffice && !(seeds && digits(cited).includes(d))) {
        problems.push(
          `${where}: the number "${phone}" is neither in the lines this entry cites nor in office.yaml. Remove it or cite its source.`,
        );
      }
    }
    for (const url of shown.match(URL) ?? []) {
      const core = url
        .replace(/^https?:\/\//, '')
        .replace(/[.,;]+$/, '')
        .toLowerCase();
      if (!officeText.includes(core) && !(seeds && cited.toLowerCase().includes(core))) {
        problems.push(
          `${where}: the address "${url}" is neither in the lines this entry cites nor in office.yaml.`,
        );
      }
    }
  }

  function checkCoverage() {
    for (const topic of new Set(knowledge.entries.map((e) => e.id))) {
      const versions = LANGS.map((lang) => knowledge.entry(topic, lang));
      LANGS.forEach((lang, i) => {
        if (!versions[i])
          problems.push(`topics/${topic}/${lang}.md is missing: every topic needs es, en and ht.`);
      });
      const [first, ...rest] = versions.filter((v): v is Entry => v !== undefined);
      if (!first) continue;
      const shape = (e: Entry) =>
        JSON.stringify([
          e.sources,
          e.handoff,
          [...e.related].sort(),
          e.menu,
          e.order,
          FACETS.map((f) => e.facets[f]?.silent ?? null),
          Object.keys(e.cases).sort(),
          Object.keys(e.answers).sort(),
          e.answers_about ?? null,
          e.no_money ?? null,
          [...(e.answers_alone ?? [])].sort(),
        ]);
      for (const other of rest) {
        if (shape(other) !== shape(first)) {
          problems.push(
            `${other.file}: sources, handoff, related, menu, order, facets (and which are silent), cases, answers, answers_about, no_money or answers_alone differ from ${first.file}; the three languages must match.`,
          );
        }
      }
    }
  }
}

/** "2018-2022" or "2018-2022 (2020" are years, not phone numbers. */
function isYears(text: string): boolean {
  return (text.match(/\d+/g) ?? []).every((g) => /^(19|20)\d\d$/.test(g));
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}
