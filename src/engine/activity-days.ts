/**
 * What a conversation's dashboard summary keeps so that a period's people, conversations and
 * emergencies count each once and their drill-downs list exactly those: the office days the
 * person wrote (and those with an emergency or a possible danger), when each conversation
 * started, and the folios its cases got. Pure; activity.ts calls it on each turn.
 */
import type { ConversationSummary } from '../core/ports/activity-store.ts';

/** Days kept: more than a conversation is kept (RETENTION_DAYS), so none is lost while it lives. */
const MAX_DAYS = 400;
/** Conversation starts kept: a person who came back more often than this is counted by the counters alone. */
const MAX_STARTS = 100;
const MAX_FOLIOS = 10;

/** The list with the item added at its end, once, within `max` (the oldest go). */
function added<T>(list: readonly T[] | undefined, item: T, max: number): T[] {
  const all = [...(list ?? [])];
  if (all.at(-1) !== item && !all.includes(item)) all.push(item);
  return all.slice(-max);
}

/** A person's turn: its day, whether it started a conversation, how dangerous it was. */
export function personDays(
  before: ConversationSummary | undefined,
  turn: { day: string; now: number; started: boolean; danger: 'emergency' | 'possible' | 'none' },
): Pick<ConversationSummary, 'days' | 'emergencyDays' | 'possibleDays' | 'starts'> {
  const kept: Pick<ConversationSummary, 'days' | 'emergencyDays' | 'possibleDays' | 'starts'> = {
    days: added(before?.days, turn.day, MAX_DAYS),
  };
  const emergency =
    turn.danger === 'emergency' ? added(before?.emergencyDays, turn.day, MAX_DAYS) : before?.emergencyDays;
  if (emergency?.length) kept.emergencyDays = [...emergency];
  const possible =
    turn.danger === 'possible' ? added(before?.possibleDays, turn.day, MAX_DAYS) : before?.possibleDays;
  if (possible?.length) kept.possibleDays = [...possible];
  const starts = turn.started ? added(before?.starts, turn.now, MAX_STARTS) : before?.starts;
  if (starts?.length) kept.starts = [...starts];
  return kept;
}

/** The summary with a case's folio, when a ticket of the turn has one it did not. */
export function withFolio(summary: ConversationSummary, folio: string | undefined): ConversationSummary {
  if (!folio || summary.folios?.includes(folio)) return summary;
  return { ...summary, folios: added(summary.folios, folio, MAX_FOLIOS) };
}
