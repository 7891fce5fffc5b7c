/**
 * Urgent alerts from a burst of new conversations from one address ring once. The rule: of
 * the urgent tickets whose conversations started from the same address (origins.ts, within
 * the hour), the first to alert staff in a window of URGENT_GROUP_MINUTES rings as always;
 * the others in that window still sort to the top of the queue with their badge, and reach
 * every desk, but marked `grouped`: the inbox refreshes without a sound, the Telegram staff
 * group gets them silently. Reminders about overdue tickets are grouped the same way, and so
 * are re-alerts of urgent tickets nobody took, round by round: the first re-alert of each
 * ticket of a burst rings once, the second once…, while one ticket alone rings at every
 * re-alert, however short the period. A conversation of unknown origin (Telegram, WhatsApp,
 * older than the hour) always rings, and so does any alert when the origin cannot be read:
 * staff would rather hear one too many.
 *
 * A flood is one alert, however many addresses it comes from. A flood suspect (an urgent web
 * chat with nothing written after its first message, src/core/queue-standing.ts) that the
 * rule above would quiet is *folded* instead: the inbox refreshes without a sound (the burst
 * is one row there, src/staff/urgent-list.ts) and the other desks (the Telegram staff group)
 * are not told at all, so 1,000 fakes are not 1,000 topics. Suspects that would ring share
 * an office-wide budget per window and round: SUSPECT_ALERTS (4, fewer than the inbox's
 * smallest folded burst) ring, the rest are folded. A suspect whose person writes again,
 * gives a place or is taken is no suspect, and its next alert is its own. A store or
 * limiter that fails: the alert rings.
 */
import type { StaffDesk, StaffNotice } from '../../core/ports/staff-desk.ts';
import { floodSuspect } from '../../core/queue-standing.ts';
import { FLOOD_RULE } from '../../staff/urgent-list.ts';
import type { Limiter } from './limiter.ts';
import type { Origins } from './origins.ts';

/** Decisions remembered, so that every desk hears the same about one notice. */
const REMEMBERED = 1_000;
/** Flood suspects' alerts that ring in a window, office-wide, before the rest are folded. */
export const SUSPECT_ALERTS = FLOOD_RULE.minBurst - 1;
/** The desk that shows folded alerts (without a sound); every other desk skips them. */
const INBOX = 'inbox';

/** How a desk hears an alert: as always, without a sound, or (past the flood budget) folded. */
type Hearing = 'ring' | 'quiet' | 'folded';

type Alert = Extract<StaffNotice, { type: 'queued' | 'overdue' | 'realert' }>;
const isAlert = (notice: StaffNotice): notice is Alert =>
  notice.type === 'queued' || notice.type === 'overdue' || notice.type === 'realert';

/** What a notice is grouped with: the same kind of alert, and for a re-alert the same round. */
const round = (notice: Alert) =>
  notice.type === 'realert' ? `realert${notice.ticket.realerts ?? 1}` : notice.type;

export function groupUrgentAlerts(
  desks: readonly StaffDesk[],
  options: {
    origins: Origins;
    /** One hit per origin and window (points 1). */
    alerts: Limiter;
    /** Flood suspects' alerts, office-wide, per window (points SUSPECT_ALERTS). */
    suspects: Limiter;
  },
): StaffDesk[] {
  const decided = new Map<string, Promise<Hearing>>();

  async function decide(notice: Alert): Promise<Hearing> {
    const suspect = floodSuspect(notice.ticket);
    const origin = await options.origins.of(notice.ticket.conversationId);
    if (origin !== null && (await options.alerts.hit(`${round(notice)}:${origin}`)) > 0)
      return suspect ? 'folded' : 'quiet';
    return suspect && (await options.suspects.hit(round(notice))) > 0 ? 'folded' : 'ring';
  }

  function hearing(notice: StaffNotice): Promise<Hearing> {
    if (!isAlert(notice) || !notice.ticket.urgent || notice.grouped) return Promise.resolve('ring');
    const { conversationId, since } = notice.ticket;
    const key = `${notice.type}:${conversationId}:${since}:${notice.type === 'queued' ? '' : notice.waitedMs}`;
    let decision = decided.get(key);
    if (!decision) {
      decision = decide(notice).catch((): Hearing => 'ring');
      decided.set(key, decision);
      if (decided.size > REMEMBERED) decided.delete(decided.keys().next().value as string);
    }
    return decision;
  }

  return desks.map((desk) => ({
    name: desk.name,
    async notify(notice) {
      const heard = await hearing(notice);
      if (heard === 'folded' && desk.name !== INBOX) return;
      await desk.notify(heard !== 'ring' && isAlert(notice) ? { ...notice, grouped: true } : notice);
    },
  }));
}
