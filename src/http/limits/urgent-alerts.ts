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
 */
import type { StaffDesk, StaffNotice } from '../../core/ports/staff-desk.ts';
import type { Limiter } from './limiter.ts';
import type { Origins } from './origins.ts';

/** Decisions remembered, so that every desk hears the same about one notice. */
const REMEMBERED = 1_000;

type Alert = Extract<StaffNotice, { type: 'queued' | 'overdue' | 'realert' }>;
const isAlert = (notice: StaffNotice): notice is Alert =>
  notice.type === 'queued' || notice.type === 'overdue' || notice.type === 'realert';

/** What a notice is grouped with: the same kind of alert, and for a re-alert the same round. */
const round = (notice: Alert) =>
  notice.type === 'realert' ? `realert${notice.ticket.realerts ?? 1}` : notice.type;

export function groupUrgentAlerts(
  desks: readonly StaffDesk[],
  options: { origins: Origins /** One hit per origin and window (points 1). */; alerts: Limiter },
): StaffDesk[] {
  const decided = new Map<string, Promise<boolean>>();

  function grouped(notice: StaffNotice): Promise<boolean> {
    if (!isAlert(notice) || !notice.ticket.urgent || notice.grouped) return Promise.resolve(false);
    const { conversationId, since } = notice.ticket;
    const key = `${notice.type}:${conversationId}:${since}:${notice.type === 'queued' ? '' : notice.waitedMs}`;
    let decision = decided.get(key);
    if (!decision) {
      decision = options.origins
        .of(conversationId)
        .then(
          async (origin) => origin !== null && (await options.alerts.hit(`${round(notice)}:${origin}`)) > 0,
        )
        .catch(() => false);
      decided.set(key, decision);
      if (decided.size > REMEMBERED) decided.delete(decided.keys().next().value as string);
    }
    return decision;
  }

  return desks.map((desk) => ({
    name: desk.name,
    async notify(notice) {
      const quiet = await grouped(notice);
      await desk.notify(quiet && isAlert(notice) ? { ...notice, grouped: true } : notice);
    },
  }));
}
