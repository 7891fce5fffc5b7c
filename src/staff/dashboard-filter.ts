/**
 * Drill-down from a dashboard figure to its conversations: the filter a figure's link carries
 * ("channel:telegram", "topic:asylum", "danger:emergency"…), validated with zod, and whether
 * a conversation's summary matches it. Summaries hold no message text (src/core/ports/
 * activity-store.ts), so the list behind a figure shows what a conversation was about and how
 * it went; its transcript is one more click, for staff allowed to read it.
 */
import { z } from 'zod';
import type { ConversationSummary } from '../core/ports/activity-store.ts';
import { LANGS } from '../core/types.ts';
import { activeIn } from './dashboard-people.ts';
import type { Period } from './dashboard-period.ts';

export const FLAGS = [
  'all',
  'missed',
  'notHelped',
  'handoff',
  'urgent',
  'responded',
  'resolved',
  'rated',
] as const;

/** What a figure's conversations share: a flag, or a kind with its value. */
export type Filter =
  | { kind: (typeof FLAGS)[number] }
  | { kind: 'channel' | 'topic' | 'facet'; value: string }
  | { kind: 'lang'; value: (typeof LANGS)[number] }
  | { kind: 'danger'; value: 'emergency' | 'possible' }
  | { kind: 'rating'; value: 'helped' | 'notHelped' };

/** The same names the counters use (src/core/activity-keys.ts ACTIVITY_KEY_SHAPE), so a figure's value passes. */
const PATTERNS: Record<string, RegExp> = {
  channel: /^[a-z][a-z0-9-]{0,19}$/,
  lang: new RegExp(`^(?:${LANGS.join('|')})$`),
  topic: /^[a-z_]{1,40}$/,
  facet: /^[a-z_]{1,40}\.[a-z_]{1,40}$/,
  danger: /^(?:emergency|possible)$/,
  rating: /^(?:helped|notHelped)$/,
};

/** "kind" or "kind:value", as a drill-down link's `filter` parameter. */
export const filterSchema = z.string().transform((text, ctx): Filter => {
  if ((FLAGS as readonly string[]).includes(text)) return { kind: text as (typeof FLAGS)[number] };
  const at = text.indexOf(':');
  const kind = text.slice(0, at);
  const value = text.slice(at + 1);
  if (at > 0 && PATTERNS[kind]?.test(value)) return { kind, value } as Filter;
  ctx.addIssue({ code: 'custom', message: 'not a dashboard filter' });
  return z.NEVER;
});

/** A filter as its link writes it. */
export const filterText = (filter: Filter): string =>
  'value' in filter ? `${filter.kind}:${filter.value}` : filter.kind;

/** A drill-down's period: its days, the same as instants, and the office day of an instant. */
export interface DrillScope {
  period: Period;
  range: { from: number; to: number };
  dayOf: (at: number) => string;
}

/**
 * Whether a conversation is one of the figure's. With the period, as the figures count them:
 * people (all, by channel, by language) are those who wrote on a day of it, and emergencies
 * and possible dangers those who met one on a day of it (dashboard-people.ts); a topic counts
 * where the conversation first asked about it and a handoff where it was opened.
 */
export function matches(s: ConversationSummary, filter: Filter, scope?: DrillScope): boolean {
  const range = scope?.range;
  const within = (at: number | undefined) =>
    !range || (at !== undefined && at >= range.from && at <= range.to);
  const wrote = (kind?: 'emergency' | 'possible') => !scope || activeIn(s, scope.period, scope.dayOf, kind);
  switch (filter.kind) {
    case 'all':
      return wrote();
    case 'channel':
      return s.channel === filter.value && wrote();
    case 'lang':
      return s.lang === filter.value && wrote();
    case 'topic': {
      const i = (s.topics as readonly string[]).indexOf(filter.value);
      // Summaries written before topicsAt existed: the topic anywhere in the conversation.
      return i >= 0 && (s.topicsAt?.[i] === undefined || within(s.topicsAt[i]));
    }
    case 'facet':
      return s.facets.includes(filter.value);
    case 'missed':
      return s.missed > 0;
    case 'notHelped':
      return s.notHelped > 0;
    // Met in the period (on a summary from before days were kept: the most serious danger it met).
    case 'danger':
      return scope && s.days ? wrote(filter.value) : s.danger === filter.value;
    case 'handoff':
      return s.handoffAt !== undefined && within(s.handoffAt);
    case 'urgent':
      return s.urgent === true && within(s.handoffAt);
    case 'responded':
      return s.firstResponseMs !== undefined;
    case 'resolved':
      return s.resolutionMs !== undefined;
    case 'rated':
      return s.rating !== undefined;
    case 'rating':
      return s.rating === filter.value;
  }
}
