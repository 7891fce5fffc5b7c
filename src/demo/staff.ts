/**
 * A conversation once it has a staff ticket: the person may write while waiting; staff take
 * it after a realistic wait (urgent ones within minutes at any hour; others during office
 * hours, from minutes to hours, the next working morning when it came at night or on a
 * weekend), answer, and close it; the person thanks them and often answers "did we help?".
 */
import type { TurnResult } from '../core/ports/conversations.ts';
import { EMERGENCY_PLACE, STAFF_REPLIES, THANKS, WHILE_WAITING } from './lines.ts';
import { isOfficeOpen, nextOpening } from './office-time.ts';
import { act, buttonsOf, HOUR, MINUTE, type Person, type Script, type, words } from './script.ts';

/** Made-up staff names (no account is created or used: the engine takes any name). */
const STAFF = ['demo-ana', 'demo-luis', 'demo-rosa', 'demo-jorge'] as const;

/** When staff first answer a ticket opened at `at`. */
export function staffAnswerAt(p: Person, at: number, urgent: boolean): number {
  const { r, timeZone } = p;
  if (urgent) return at + r.between(1, 12) * MINUTE;
  const opening = nextOpening(at, timeZone);
  const wait =
    opening === at
      ? r.pick([
          r.between(2, 30) * MINUTE,
          r.between(2, 30) * MINUTE,
          r.between(30, 120) * MINUTE,
          r.between(2, 5) * HOUR,
        ])
      : r.between(5, 90) * MINUTE;
  const answer = opening + wait;
  return isOfficeOpen(answer, timeZone) ? answer : nextOpening(answer, timeZone) + r.between(5, 40) * MINUTE;
}

/** From the turn that queued the conversation to staff's close and the person's rating. */
export function* withStaff(p: Person, queued: TurnResult): Script {
  const { r } = p;
  const urgent = queued.report.emergency;
  const openedAt = p.now;
  const by = r.pick(STAFF);
  if (urgent) yield* type(p, words(p, EMERGENCY_PLACE), r.between(40, 150) * 1000);
  const answerAt = Math.max(staffAnswerAt(p, openedAt, urgent), p.now + 20_000);
  // Writing while waiting, well before staff come.
  if (!urgent && r.chance(0.3) && answerAt - p.now > 10 * MINUTE) {
    const within = Math.min(90 * MINUTE, answerAt - p.now - 2 * MINUTE);
    yield* type(p, words(p, WHILE_WAITING), r.between(3 * MINUTE, within));
  }
  const reply = { type: 'staff', op: 'reply', by, text: words(p, STAFF_REPLIES) } as const;
  if (r.chance(0.5)) {
    yield* act(p, answerAt - p.now, { type: 'staff', op: 'take', by });
    yield* act(p, r.between(1, 6) * MINUTE, reply);
  } else {
    yield* act(p, answerAt - p.now, reply);
  }
  const answered = r.chance(urgent ? 0.9 : 0.75);
  if (answered) yield* type(p, words(p, THANKS), r.between(2, 25) * MINUTE);
  // Staff close soon after the person's answer; a ticket left unanswered, a working day later.
  const closeAt = answered
    ? p.now + r.between(2, 20) * MINUTE
    : nextOpening(p.now + r.between(1, 20) * HOUR, p.timeZone) + r.between(5, 60) * MINUTE;
  const closed = yield* act(p, closeAt - p.now, { type: 'staff', op: 'close', by });
  // "Did we help?" is answered only while the person's own last message is recent: today the
  // engine starts a conversation again when a person writes more than its idle time after
  // their last message, even right after staff closed, and the answer is then lost.
  const fresh = p.now - p.lastPersonAt < p.idleMs - 12 * MINUTE;
  if (fresh && buttonsOf(closed).includes('yes') && r.chance(0.75)) {
    const helped = r.chance(urgent ? 0.85 : 0.75);
    yield* act(p, r.between(1, 8) * MINUTE, { type: 'choice', value: helped ? 'yes' : 'no', rating: true });
  }
}
