/**
 * Finding a case by its folio. A folio is claimed for one conversation before the turn that
 * gives it commits (so two conversations never share one), and the case itself lives in
 * that conversation's record (StoredConversation.cases), read here without holding the
 * conversation. Erasing a conversation removes its folios too; a folio whose conversation
 * has expired points at nothing and reads as unknown.
 */
import type { CaseFile } from '../case-file.ts';

export interface CaseStore {
  /** Claims a folio for a conversation: false when another conversation has it (pick another). */
  claimFolio(folio: string, conversationId: string): Promise<boolean>;
  /** The conversation a folio was claimed for, or null. */
  conversationOfFolio(folio: string): Promise<string | null>;
  /** A conversation's cases as last committed (none when it has none or is gone). */
  casesOf(conversationId: string): Promise<CaseFile[]>;
}
