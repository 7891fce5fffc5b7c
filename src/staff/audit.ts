/**
 * The staff audit log's writer: who took, answered, noted, transferred or closed which
 * conversation, who changed canned replies, who signed in or out and who disabled whom,
 * with the time, written to the store (StaffSecurityStore.appendAudit). Never a message's
 * text. A line that cannot be written is logged (without names) and the action stands: the
 * person already got the reply, and failing the request would only make staff send it again.
 */
import type { StaffActions } from '../core/ports/conversations.ts';
import { type Clock, type Logger, silentLogger } from '../core/ports/runtime.ts';
import type { AuditEntry, StaffSecurityStore } from '../core/ports/staff-security-store.ts';

/** Writes one line, stamped with the time. */
export type Audit = (entry: Omit<AuditEntry, 'at'>) => Promise<void>;

export function createAudit(
  store: Pick<StaffSecurityStore, 'appendAudit'>,
  clock: Clock,
  logger: Logger = silentLogger,
): Audit {
  return async (entry) => {
    try {
      await store.appendAudit({ at: clock.now(), ...entry });
    } catch (error) {
      logger.warn('audit: a line was not written', { action: entry.action, error: (error as Error).message });
    }
  };
}

/**
 * The engine's staff actions, each written to the audit log once it is done (from the inbox,
 * the Telegram staff group or any other caller alike). A failed action writes nothing.
 */
export function auditedStaffActions(staff: StaffActions, audit: Audit): StaffActions {
  return {
    async take(id, by) {
      const result = await staff.take(id, by);
      await audit({ by, action: 'take', conversationId: id });
      return result;
    },
    async reply(id, by, text) {
      const result = await staff.reply(id, by, text);
      await audit({ by, action: 'reply', conversationId: id });
      return result;
    },
    async note(id, by, text) {
      const result = await staff.note(id, by, text);
      await audit({ by, action: 'note', conversationId: id });
      return result;
    },
    async transfer(id, by, to) {
      const result = await staff.transfer(id, by, to);
      await audit({ by, action: 'transfer', conversationId: id, detail: to });
      return result;
    },
    async close(id, by) {
      const result = await staff.close(id, by);
      await audit({ by, action: 'close', conversationId: id });
      return result;
    },
    async status(id, by, status, note) {
      const result = await staff.status(id, by, status, note);
      // The status, not the note: the log never holds what was written to a person.
      await audit({ by, action: 'status', conversationId: id, detail: status });
      return result;
    },
  };
}
