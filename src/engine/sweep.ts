/**
 * The deadline sweep: what is due without a message from anyone. A conversation waiting for
 * staff too long untaken: staff are reminded (an urgent one alerted again, sooner), and again
 * every period (reminders.ts). A conversation idle
 * too long: it starts again from the menu, silently, in its language. A turn that died after
 * its commit: its outbox items are done now. Any instance may sweep (and a Durable Object's
 * alarm does on Workers); the store hands each due conversation to one caller. A follow-up
 * the person accepted when their case closed: its one question goes out when it is due.
 */
import { addressOf } from '../core/address.ts';
import { DAY_MS } from '../core/office-clock.ts';
import type { TurnResult } from '../core/ports/conversations.ts';
import type { Clock, Logger } from '../core/ports/runtime.ts';
import type { Store } from '../core/ports/store.ts';
import { nextFollowUp } from './casework.ts';
import { nextReminderAt, type ReminderPeriods, reminderDue } from './reminders.ts';
import type { TurnRequest } from './turn.ts';

/** Due conversations taken from the store at a time. */
const BATCH = 100;
/** Due conversations carried out at once (each in its own order). */
const SIDE_BY_SIDE = 16;

interface Deps extends ReminderPeriods {
  store: Store;
  runTurn(request: TurnRequest): Promise<TurnResult | null>;
  serial<T>(id: string, task: () => Promise<T>): Promise<T>;
  clock: Clock;
  logger: Logger;
  idleMs: number;
}

export function createSweep(deps: Deps) {
  async function due(id: string) {
    const address = addressOf(id);
    if (!address) return;
    await deps.runTurn({
      address,
      prepare: (view, now, ticket, cases) => {
        const followUp = nextFollowUp(cases);
        const followUpAt = followUp?.followUp?.dueAt;
        // A deadline outliving its conversation (erased, expired): nothing to do.
        if (!ticket && view.lastActivityAt === 0 && followUpAt === undefined)
          return { events: [], meaning: null, skip: true };
        // The follow-up the person accepted: asked now, unless they are with staff or filling a
        // form (then a day later: the question must not cut into either).
        if (followUp && followUpAt !== undefined && followUpAt <= now) {
          if (ticket || view.withStaff || view.inForm)
            return {
              events: [],
              meaning: null,
              followUp: { folio: followUp.folio, postponeTo: now + DAY_MS },
            };
          return {
            events: [{ type: 'timer.followUp', folio: followUp.folio, at: now }],
            meaning: null,
            followUp: { folio: followUp.folio },
          };
        }
        const reminder = ticket ? reminderDue(ticket, now, deps) : null;
        if (reminder)
          return {
            events: [],
            meaning: null,
            notices: reminder.notices,
            staffChanges: reminder.changes,
            deadline: reminder.deadline,
          };
        if (
          !ticket &&
          !view.withStaff &&
          view.lastActivityAt > 0 &&
          now - view.lastActivityAt > deps.idleMs
        ) {
          deps.logger.info('idle conversation started again from the menu', { conversationId: id });
          return { events: [{ type: 'timer.idle', at: now }], meaning: null };
        }
        // Only leftovers (done by the turn itself) or a deadline that moved on: keep the real one
        // (the turn counts an accepted follow-up in). After an idle restart only a follow-up is left.
        const next =
          ticket && !ticket.assignee
            ? nextReminderAt(ticket, deps)
            : view.lastActivityAt > 0
              ? view.lastActivityAt + deps.idleMs + 1
              : followUpAt;
        return {
          events: [],
          meaning: null,
          ...(ticket?.assignee || next === undefined ? {} : { deadline: Math.max(next, now + 1) }),
        };
      },
    });
  }

  return async function sweep(): Promise<number> {
    const now = deps.clock.now();
    let taken = 0;
    // Batches until none is left: a busy hour must not leave a backlog for the next sweep.
    for (let round = 0; round < 100; round++) {
      const ids = await deps.store.takeDue(now, BATCH);
      taken += ids.length;
      // Side by side, a few at a time: one person's paced replies never hold up another's.
      const left = [...ids];
      const worker = async () => {
        for (let id = left.shift(); id !== undefined; id = left.shift())
          await deps
            .serial(id, () => due(id))
            .catch((error) =>
              deps.logger.error('sweep: a due conversation failed; it is tried again later', {
                conversationId: id,
                error: (error as Error).message,
              }),
            );
      };
      await Promise.all(Array.from({ length: Math.min(SIDE_BY_SIDE, left.length) }, worker));
      if (ids.length < BATCH) break;
    }
    return taken;
  };
}
