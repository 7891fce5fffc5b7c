/**
 * The two answers built from an entry at the moment they are asked for: a stated age or number
 * of years set against the figures the topic's sources give ("At 58 she is under the age our
 * sources give (over 60)"), and the one sentence of the entry that answers a question no facet
 * answers, or an honest "our sources do not say that". Each comes back with the entry's source
 * ids it rests on, so the reply's source line names them.
 */
import type { Reply } from '../core/types.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { createExcerpts } from '../knowledge/excerpt.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import type { Entry } from '../knowledge/parse-entry.ts';

export interface Answer {
  text: string;
  /** The entry's source ids the text rests on (none: a line of the interface). */
  cites: readonly string[];
}

type Facts = Extract<Reply, { kind: 'facts' }>;

/** Where a stated figure falls against one or two figures of the sources. */
function compare(value: number, limits: readonly number[]): 'over' | 'under' | 'at' | 'between' {
  const low = Math.min(...limits);
  const high = Math.max(...limits);
  if (value > high) return 'over';
  if (value < low) return 'under';
  if (limits.length === 1 || low === high) return 'at';
  return value === low || value === high ? 'at' : 'between';
}

/** "At 67 he is over both ages our sources give (60 and 62)": one line per figure stated. */
export function factsText(entry: Entry, reply: Facts, t: Translate): Answer | null {
  const lines: string[] = [];
  for (const figure of ['age', 'years'] as const) {
    const value = reply[figure];
    const limits = entry.limits?.[figure];
    if (value === undefined || !limits) continue;
    const two = limits.length === 2 && limits[0] !== limits[1];
    const where = compare(value, limits);
    lines.push(
      t(`facts.${figure}.${two ? 'two' : 'one'}.${where}`, {
        value,
        limit: limits[0],
        low: Math.min(...limits),
        high: Math.max(...limits),
      }),
    );
  }
  if (lines.length === 0 || !entry.limits) return null;
  return { text: [...lines, t('facts.confirm')].join(' '), cites: entry.limits.cites };
}

export function createExcerptAnswer(knowledge: Knowledge) {
  const stop = new Map(
    (['es', 'en', 'ht'] as const).map((lang) => [lang, new Set(knowledge.languageSignals[lang].stopwords)]),
  );
  const excerptFor = createExcerpts((lang) => stop.get(lang as 'es') ?? new Set());
  /** The sentence that answers, with what the sources leave to staff; else "our sources do not say". */
  return function excerptText(entry: Entry, question: string, t: Translate, within?: string): Answer {
    const found = excerptFor(entry, question, within);
    if (!found) return { text: t('answers.notInSources'), cites: [] };
    if (found.partial) return { text: `${t('answers.notExactly')}\n\n${found.text}`, cites: found.cites };
    return { text: `${found.text}\n\n${t('answers.onlyThis')}`, cites: found.cites };
  };
}
