/**
 * The staff audit log's writer: who took, answered, noted, transferred or closed which
 * conversation, who changed canned replies, who signed in or out and who disabled whom,
 * with the time, written to the store (StaffSecurityStore.appendAudit). Never a message's
 * text, and never a conversation's id: its pseudonym, a keyed hash under the server's secret
 * (the same id always gives the same pseudonym, so an admin can follow one conversation's
 * lines, but no line names a phone number or chat id once the conversation is erased).
 * A line that cannot be written is logged (without names) and the action stands: the
 * person already got the reply, and failing the request would only make staff send it again.
 */

import { keyedHash } from '../core/keyed-hash.ts';
import type { StaffActions } from '../core/ports/conversations.ts';
import { type Clock, type Logger, silentLogger } from '../core/ports/runtime.ts';
import type { AuditEntry, StaffSecurityStore } from '../core/ports/staff-security-store.ts';

/** What a caller writes: a conversation by its id, which the log replaces by its pseudonym. */
type AuditLine = Omit<AuditEntry, 'at' | 'conversation' | 'conversationId'> & { conversationId?: string };
/** Writes one line, stamped with the time. */
export type Audit = (entry: AuditLine) => Promise<void>;

/** Hex digits of the keyed hash a pseudonym keeps: 64 bits, enough to tell conversations apart. */
const PSEUDONYM_HEX = 16;

/** A conversation's pseudonym in the audit log, under the server's secret. */
export function auditPseudonyms(secret: string) {
  const hash = keyedHash(secret, 'audit-conversation');
  return async (conversationId: string) => (await hash(conversationId)).slice(0, PSEUDONYM_HEX);
}

export function createAudit(
  store: Pick<StaffSecurityStore, 'appendAudit'>,
  clock: Clock,
  logger: Logger = silentLogger,
  pseudonym: (conversationId: string) => Promise<string> = auditPseudonyms(
    crypto.randomUUID() + crypto.randomUUID(),
  ),
): Audit {
  return async ({ conversationId, ...entry }) => {
    try {
      const conversation = conversationId ? { conversation: await pseudonym(conversationId) } : {};
      await store.appendAudit({ at: clock.now(), ...entry, ...conversation });
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
