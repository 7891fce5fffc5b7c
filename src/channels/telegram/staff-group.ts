/**
 * Handoff with Telegram only: each conversation that needs staff gets a forum topic in a
 * staff supergroup (topics enabled, the bot an admin that can manage topics). The person's
 * messages are posted there; what a staff member writes in the topic goes to the person,
 * and `/cerrar` hands the person back to the bot. It implements the same StaffDesk port the
 * web inbox does, so the engine does not know which one it talks to. A conversation's topic
 * id is kept on its ticket in the store (when one is given), so after a restart the same
 * topic carries on both ways.
 */
import type { Api } from 'grammy';
import type { Outbound } from '../../core/messages.ts';
import type { HandoffTicket, Logger, StaffDesk } from '../../core/ports.ts';

type Address = { channel: string; chatId: string };

export interface StaffGroupEngine {
  staffReply(address: Address, text: string): Promise<{ outbound: Outbound[] }>;
  staffEvent(address: Address, type: 'staff.accepted' | 'staff.closed'): Promise<{ outbound: Outbound[] }>;
}

export interface StaffGroupOptions {
  api: Api;
  /** The staff supergroup's id (negative, e.g. -1001234567890). */
  chatId: number;
  engine: StaffGroupEngine;
  /** Sends engine output to a person on Telegram. */
  deliver(chatId: string, messages: readonly Outbound[]): Promise<void>;
  logger: Logger;
  /** Staff-facing texts (locales, staffGroup.*), in the office's language. */
  t(key: string, vars?: Record<string, unknown>): string;
  /** The store's waiting tickets, where each conversation's topic id is kept across restarts. */
  tickets?: { list(): Promise<HandoffTicket[]>; save(ticket: HandoffTicket): Promise<void> };
}

const CLOSE = /^\/cerrar(@\w+)?\b/i;

const addressOf = (conversationId: string): Address => {
  const [channel = '', ...rest] = conversationId.split(':');
  return { channel, chatId: rest.join(':') };
};

export function createTelegramStaffGroup(options: StaffGroupOptions) {
  const { api, chatId, t } = options;
  const topics = new Map<string, number>();
  const conversations = new Map<number, string>();

  function summary(ticket: HandoffTicket): string {
    const head = t(ticket.urgent ? 'staffGroup.urgent' : 'staffGroup.queued', {
      conversation: ticket.conversationId,
      lang: ticket.lang,
      topic: ticket.topic,
      reason: t(`staffGroup.reasons.${ticket.reason}`),
    });
    const answers = Object.entries(ticket.case?.answers ?? {}).map(
      ([field, value]) => `• ${field}: ${value}`,
    );
    return [head, ...answers, t('staffGroup.howTo')].join('\n');
  }

  function remember(conversationId: string, thread: number) {
    topics.set(conversationId, thread);
    conversations.set(thread, conversationId);
  }

  /** The topic of a conversation: this process's memory, else its stored ticket (after a restart). */
  async function knownTopic(conversationId: string): Promise<number | undefined> {
    const known = topics.get(conversationId);
    if (known !== undefined || !options.tickets) return known;
    const stored = (await options.tickets.list()).find(
      (t) => t.conversationId === conversationId,
    )?.staffThread;
    if (stored !== undefined) remember(conversationId, stored);
    return stored;
  }

  /** The conversation a topic belongs to, the same way round. */
  async function conversationOf(thread: number): Promise<string | undefined> {
    const known = conversations.get(thread);
    if (known !== undefined || !options.tickets) return known;
    const stored = (await options.tickets.list()).find((t) => t.staffThread === thread)?.conversationId;
    if (stored !== undefined) remember(stored, thread);
    return stored;
  }

  async function topicFor(ticket: HandoffTicket): Promise<number> {
    const known = await knownTopic(ticket.conversationId);
    if (known !== undefined) return known;
    const name = `${ticket.urgent ? '🚨 ' : ''}${ticket.conversationId} · ${ticket.topic}`.slice(0, 128);
    const created = await api.createForumTopic(chatId, name);
    remember(ticket.conversationId, created.message_thread_id);
    await options.tickets?.save({ ...ticket, staffThread: created.message_thread_id });
    return created.message_thread_id;
  }

  const desk: StaffDesk = {
    async queued(ticket) {
      const thread = await topicFor(ticket);
      await api.sendMessage(chatId, summary(ticket), { message_thread_id: thread });
    },
    async overdue(ticket, waitedMs) {
      const thread = await knownTopic(ticket.conversationId);
      if (thread === undefined) return;
      await api.sendMessage(chatId, t('staffGroup.overdue', { minutes: Math.round(waitedMs / 60_000) }), {
        message_thread_id: thread,
      });
    },
    async relay(conversationId, text) {
      const thread = await knownTopic(conversationId);
      if (thread === undefined) return;
      await api.sendMessage(chatId, t('staffGroup.personSays', { text }), { message_thread_id: thread });
    },
  };

  /** A message written in the staff group: a reply to a person, or /cerrar. */
  async function handleStaffMessage(message: { message_thread_id?: number; text?: string }) {
    const thread = message.message_thread_id;
    const conversationId = thread === undefined ? undefined : await conversationOf(thread);
    if (thread === undefined || !conversationId || !message.text) return;
    const address = addressOf(conversationId);
    if (address.channel !== 'telegram') {
      await api.sendMessage(chatId, t('staffGroup.otherChannel', { channel: address.channel }), {
        message_thread_id: thread,
      });
      return;
    }
    if (CLOSE.test(message.text)) {
      const { outbound } = await options.engine.staffEvent(address, 'staff.closed');
      await options.deliver(address.chatId, outbound);
      await api.sendMessage(chatId, t('staffGroup.closed'), { message_thread_id: thread });
      await api.closeForumTopic(chatId, thread).catch(() => undefined);
      topics.delete(conversationId);
      conversations.delete(thread);
      return;
    }
    const { outbound } = await options.engine.staffReply(address, message.text);
    await options.deliver(address.chatId, outbound);
  }

  return { desk, handleStaffMessage, chatId };
}

export type TelegramStaffGroup = ReturnType<typeof createTelegramStaffGroup>;
