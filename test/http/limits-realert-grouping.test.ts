/**
 * Re-alerts under the urgent-alert grouping (src/http/limits/urgent-alerts.ts): a burst of
 * urgent web chats from one address rings once per round of re-alerts, not once per ticket;
 * one ticket alone rings at every re-alert, even with a period (3 minutes) shorter than the
 * grouping window (10); a conversation of unknown origin (Telegram) always rings.
 */
import { describe, expect, it } from 'vitest';
import type { StaffNotice } from '../../src/core/ports/staff-desk.ts';
import type { HandoffTicket } from '../../src/core/ticket.ts';
import { isolateLimiter } from '../../src/http/limits/limiter.ts';
import { memoryOrigins } from '../../src/http/limits/origins.ts';
import { groupUrgentAlerts, SUSPECT_ALERTS } from '../../src/http/limits/urgent-alerts.ts';
import { recordingDesk } from '../support/assistant.ts';

const MINUTE = 60_000;

async function grouping() {
  const clock = { time: Date.UTC(2026, 10, 23, 15) };
  const now = () => clock.time;
  const origins = memoryOrigins(now);
  const desk = recordingDesk();
  // One ring per origin and window of URGENT_GROUP_MINUTES (10), as src/http/limits/limits.ts makes it.
  const [grouped] = groupUrgentAlerts([desk], {
    origins,
    alerts: isolateLimiter({ points: 1, seconds: 600 }, now),
    suspects: isolateLimiter({ points: SUSPECT_ALERTS, seconds: 600 }, now),
  });
  const realert = async (id: string, count: number) => {
    const ticket: HandoffTicket = {
      conversationId: id,
      lang: 'es',
      reason: 'emergency',
      urgent: true,
      topic: 'emergency',
      since: 0,
      realerts: count,
    };
    await grouped?.notify({ type: 'realert', ticket, waitedMs: count * 3 * MINUTE });
  };
  const quiet = () =>
    desk.notices.map((n: StaffNotice) => (n.type === 'realert' ? Boolean(n.grouped) : null));
  return { clock, origins, realert, quiet };
}

describe('re-alerts under the urgent-alert grouping', () => {
  it('a burst from one address rings once per round', async () => {
    const { origins, realert, quiet } = await grouping();
    for (let i = 0; i < 4; i++) await origins.remember(`web:b${i}`, '203.0.113.9');
    for (let i = 0; i < 4; i++) await realert(`web:b${i}`, 1);
    for (let i = 0; i < 4; i++) await realert(`web:b${i}`, 2);
    expect(quiet()).toEqual([false, true, true, true, false, true, true, true]);
  });

  it('one ticket alone rings at every re-alert, every 3 minutes', async () => {
    const { clock, origins, realert, quiet } = await grouping();
    await origins.remember('web:lone', '198.51.100.7');
    for (let count = 1; count <= 3; count++) {
      await realert('web:lone', count);
      clock.time += 3 * MINUTE;
    }
    expect(quiet()).toEqual([false, false, false]);
  });

  it('a conversation of unknown origin always rings', async () => {
    const { realert, quiet } = await grouping();
    await realert('telegram:5', 1);
    await realert('telegram:6', 1);
    expect(quiet()).toEqual([false, false]);
  });
});
