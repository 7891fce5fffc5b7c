/**
 * The office's own data for staff: canned replies admins edit in the inbox, and which topic
 * of a Telegram staff group belongs to which conversation (erased with the conversation).
 */
import type { Lang } from '../types.ts';

export interface CannedReply {
  id: string;
  lang: Lang;
  text: string;
}

export interface StaffDataStore {
  getCannedReplies(): Promise<CannedReply[]>;
  saveCannedReplies(replies: CannedReply[]): Promise<void>;
  /** Links a conversation to its staff-group thread, both ways. */
  saveThread(conversationId: string, thread: number): Promise<void>;
  threadOf(conversationId: string): Promise<number | null>;
  conversationOfThread(thread: number): Promise<string | null>;
}
