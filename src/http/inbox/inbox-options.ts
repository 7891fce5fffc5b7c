/**
 * What the staff inbox is given (InboxOptions: the engine's staff actions, the store, texts,
 * accounts and the optional parts: exports, the improvement loop, WhatsApp's QR, reviews) and
 * the security parts its routes share, built from them once (StaffSecurity, login.ts). Types
 * only, and no route file imported: every route file reads these, and routes.ts only composes
 * the routes, so no route imports another's options back.
 */
import type { Context } from 'hono';
import type { Channel } from '../../core/ports/channel.ts';
import type { Conversations } from '../../core/ports/conversations.ts';
import type { ExampleBook, OfficeExample } from '../../core/ports/example-book.ts';
import type { Clock, Logger } from '../../core/ports/runtime.ts';
import type { InboxEvent } from '../../core/ports/staff-desk.ts';
import type { Store } from '../../core/ports/store.ts';
import type { Lang } from '../../core/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import type { Audit } from '../../staff/audit.ts';
import type { createLogin, LoginCount } from '../../staff/login.ts';
import type { LoginPolicy } from '../../staff/login-throttle.ts';
import type { SaveHash } from '../../staff/password-upgrade.ts';
import type { ScryptAsync } from '../../staff/passwords.ts';
import type { QrChannel } from './channel-status.ts';
import type { ContentReviewSource } from './content-review.ts';
import type { SessionDeps } from './session.ts';

export interface InboxOptions {
  /** The engine's staff actions. */
  conversations: Pick<Conversations, 'staff'>;
  /** Read only: tickets, transcripts, files; and the canned replies admins edit. */
  store: Store;
  i18n: I18n;
  /** Where open pages hear that something changed (the "inbox" staff desk's events). */
  events: { subscribe(listener: (event: InboxEvent) => void): () => unknown };
  /** The current accounts (re-read by the caller when the file changes). */
  accounts: () => StaffAccount[];
  /** Stores a password's stronger hash after a login (Node: the staff file); absent where accounts are read only. */
  saveHash?: SaveHash;
  /** The server's log (a weak password hash that stays weak says why there). */
  logger?: Logger;
  secret: string;
  secureCookies: boolean;
  clock?: Clock;
  /** The channels people write on: the inbox shows their reply window and what became of each message. */
  channels?: readonly Channel[];
  /** WhatsApp, when this server drives it: its state and QR for /staff/whatsapp. */
  whatsapp?: QrChannel;
  /** The office's name and time zone: the exports' and the dashboard's days. */
  office?: ExportOffice;
  /** The improvement loop at /staff/improve: where filed examples go, and understanding to re-read texts. */
  improve?: ImproveOptions;
  /** Where the translations' reviews stand (the Node server reads knowledge/reviews.yaml): /staff/reviews. */
  reviews?: ContentReviewSource;
  /**
   * Changes the office's accounts where this server keeps them (Node: the staff file, written
   * atomically), `change` given the accounts as they are now (null: nothing to change); the
   * accounts as written. Absent where they cannot be changed (Workers: the STAFF_ACCOUNTS
   * secret): admins add and reset accounts with `npm run staff` then.
   */
  editAccounts?: (change: (accounts: StaffAccount[]) => StaffAccount[] | null) => Promise<StaffAccount[]>;
  /** scrypt off the event loop for logins (Node: its thread pool); @noble/hashes's scryptAsync when absent. */
  scrypt?: ScryptAsync;
  /** The client's address for the login throttle, as the rate limits read it (src/http/limits/client-address.ts). */
  clientAddress?: (request: Request, env: unknown) => string;
  /** When failed logins wait and lock out (src/staff/login-throttle.ts); LOGIN_* settings' defaults when absent. */
  loginPolicy?: LoginPolicy;
  /** Where logins, logouts and account changes are written (the composition root's audit log). */
  audit?: Audit;
  /** A conversation's pseudonym in that log (src/staff/audit.ts), shown on its page. */
  auditCode?: (conversationId: string) => Promise<string>;
  /** Counts each login's outcome (the server's /metrics). */
  countLogin?: (outcome: LoginCount) => void;
  /**
   * How often an open desk fetches its page again when no live event came meanwhile (an
   * event lost between instances, a change another server made in the shared store): ms,
   * LIST_REFRESH_MS by default; 0, never.
   */
  listRefreshMs?: number;
}

/** What the exports read of the office (knowledge.office, office.yaml): its name for the report, its days. */
/** The desk's fallback refresh: live events show changes within a second, this within 15 s. */
export const LIST_REFRESH_MS = 15_000;

export interface ExportOffice {
  name: Record<Lang, string>;
  /** An IANA time zone (America/Monterrey). */
  timeZone: string;
}

/** The improvement loop's parts (/staff/improve, improve.ts). */
export interface ImproveOptions {
  book: ExampleBook;
  /** Understanding as it reads a first message now. */
  read(text: string, lang: Lang): { topic: string; outOfScope?: boolean; candidates: string[] };
  /** Gives the running understanding the list after a filing. */
  refresh(examples: readonly OfficeExample[]): void;
  /** The topics a text can be filed under, with their titles. */
  topics: ReadonlyArray<{ id: string; title: Readonly<Record<Lang, string>> }>;
}

/** The inbox's security parts, shared by its routes. */
export interface StaffSecurity {
  audit: Audit;
  sessions: SessionDeps;
  login: ReturnType<typeof createLogin>;
  /** An admin unlocks an account's logins (its pairs, devices and slowdown start again). */
  unlock: (name: string) => Promise<void>;
  /** The client's address, as the runtime knows it ("unknown" when it cannot tell). */
  addressOf: (c: Context) => string;
}
