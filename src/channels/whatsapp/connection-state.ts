/**
 * The WhatsApp connection as the rest of the server sees it (connection.node.ts is the
 * supervisor behind it): its state, for the staff inbox and the logs, and what it offers
 * the channel. Types only.
 */
import type { Client as WAClient } from 'whatsapp-web.js';
import type { WhatsAppProblem } from './diagnose.node.ts';

export type WhatsAppState =
  | { state: 'starting'; since: number }
  | { state: 'pairing'; since: number; qr: string }
  | { state: 'ready'; since: number }
  /** `reason`: the problem in English, for logs; `problem`: what the inbox words in the admin's language. */
  | { state: 'standby'; since: number; reason: string; problem: WhatsAppProblem }
  | {
      state: 'disconnected';
      since: number;
      reason: string;
      problem: WhatsAppProblem;
      retryAt: number | null;
      attempt: number;
    }
  | { state: 'stopped'; since: number };

export interface WhatsAppConnection {
  start(): Promise<void>;
  stop(): Promise<void>;
  status(): WhatsAppState;
  onStatus(listener: (s: WhatsAppState) => void): () => void;
  onMessage(listener: (message: unknown) => void): () => void;
  client(): WAClient | null;
  readyAt(): number | null;
}
