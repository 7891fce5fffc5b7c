/**
 * Handoff with Telegram only: a staff desk named "telegram-group". Each conversation that
 * needs staff gets a forum topic in a staff supergroup (topics enabled, the bot an admin that
 * can manage topics); what the person writes is posted there, and nobody having taken it for
 * too long is a reminder there. What a staff member writes in the topic goes to the person
 * through the engine's staff reply, and `/cerrar` is the engine's staff close: the ticket
 * closes and its reminders stop; in a topic whose conversation the store no longer keeps,
 * neither goes anywhere and the topic is told so. When a conversation is closed (from here or from the web
 * inbox), the topic gets the closing line and is closed. An urgent conversation's messages
 * carry its kind, place (with a map link) and latest lines (staff-group-text.ts); the place
 * is posted when the person gives it, and an urgent conversation nobody took is alerted again
 * in its topic every re-alert period until someone takes it. Which topic belongs to which
 * conversation is kept in the store (StaffDataStore), so a restart carries on in the same one.
 */
import type { Api } from 'grammy';
import { cleanDisplayName } from '../../core/display-name.ts';
import { UnknownConversationError } from '../../core/errors.ts';
import type { StaffActions } from '../../core/ports/conversations.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import type { StaffDataStore } from '../../core/ports/staff-data-store.ts';
import type { StaffDesk } from '../../core/ports/staff-desk.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import { placeText, urgentDetails } from './staff-group-text.ts';

export interface StaffGroupOptions {
  api: Api;
  /** The staff supergroup's id (negative, e.g. -1001234567890). */
  chatId: number;
  /** Where each conversation's topic is kept across restarts. */
  threads: Pick<StaffDataStore, 'saveThread' | 'threadOf' | 'conversationOfThread'>;
  logger: Logger;
  /** Staff-facing texts (locales, staffGroup.*), in the office's language. */
  t(key: string, vars?: Record<string, unknown>): string;
}

/** A message written in the staff group, as much of it as is read. */
export interface StaffGroupMessage {
  message_thread_id?: number;
  text?: string;
  from?: { first_name?: string; last_name?: string; username?: string };
}

const CLOSE = /^\/cerrar(@\w+)?\b/i;

export function createTelegramStaffGroup(options: StaffGroupOptions) {
  const { api, chatId, t, threads } = options;
  // This process's memory of the store's links, both ways.
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
    return [head, ...urgentDetails(t, ticket), ...answers, t('staffGroup.howTo')].join('\n');
  }

  function remember(conversationId: string, thread: number) {
    topics.set(conversationId, thread);
    conversations.set(thread, conversationId);
  }

  async function topicOf(conversationId: string): Promise<number | undefined> {
    const known = topics.get(conversationId);
    if (known !== undefined) return known;
    const stored = await threads.threadOf(conversationId);
    if (stored === null) return undefined;
    remember(conversationId, stored);
    return stored;
  }

  async function conversationOf(thread: number): Promise<string | undefined> {
    const known = conversations.get(thread);
    if (known !== undefined) return known;
    const stored = await threads.conversationOfThread(thread);
    if (stored === null) return undefined;
    remember(stored, thread);
    return stored;
  }

  async function topicFor(ticket: HandoffTicket): Promise<number> {
    const known = await topicOf(ticket.conversationId);
    if (known !== undefined) {
      // The person may be back after an earlier close: the same topic opens again (an open one stays).
      await api.reopenForumTopic(chatId, known).catch(() => undefined);
      return known;
    }
    const name = `${ticket.urgent ? '🚨 ' : ''}${ticket.conversationId} · ${ticket.topic}`.slice(0, 128);
    const created = await api.createForumTopic(chatId, name);
    await threads.saveThread(ticket.conversationId, created.message_thread_id);
    remember(ticket.conversationId, created.message_thread_id);
    return created.message_thread_id;
  }

  // `quiet`: an urgent ticket grouped with one staff were already alerted to (no sound on phones).
  const post = (thread: number, text: string, quiet = false) =>
    api.sendMessage(chatId, text, {
      message_thread_id: thread,
      ...(quiet ? { disable_notification: true } : {}),
    });

  const desk: StaffDesk = {
    name: 'telegram-group',
    async notify(notice) {
      switch (notice.type) {
        case 'queued':
          await post(await topicFor(notice.ticket), summary(notice.ticket), notice.grouped);
          return;
        case 'message': {
          const thread = await topicOf(notice.conversationId);
          if (thread !== undefined) await post(thread, t('staffGroup.personSays', { text: notice.text }));
          return;
        }
        case 'reaction': {
          const thread = await topicOf(notice.conversationId);
          if (thread === undefined) return;
          const on = notice.on ? 'On' : '';
          const key = notice.emoji ? `staffGroup.reacted${on}` : `staffGroup.unreacted${on}`;
          await post(thread, t(key, { emoji: notice.emoji, on: notice.on }));
          return;
        }
        case 'overdue': {
          const thread = await topicOf(notice.ticket.conversationId);
          if (thread !== undefined)
            await post(
              thread,
              t('staffGroup.overdue', { minutes: Math.round(notice.waitedMs / 60_000) }),
              notice.grouped,
            );
          return;
        }
        case 'realert': {
          // Alerted again, with everything known now, in its topic (made now if the first alert never made one).
          const { ticket } = notice;
          const head = t('staffGroup.realert', {
            minutes: Math.round(notice.waitedMs / 60_000),
            count: ticket.realerts ?? 1,
          });
          await post(
            (await topicOf(ticket.conversationId)) ?? (await topicFor(ticket)),
            [head, ...urgentDetails(t, ticket), t('staffGroup.howTo')].join('\n'),
            notice.grouped,
          );
          return;
        }
        case 'place': {
          const thread = await topicOf(notice.ticket.conversationId);
          if (thread !== undefined && notice.ticket.place)
            await post(thread, placeText(t, notice.ticket.place).join('\n'));
          return;
        }
        case 'changed': {
          if (notice.change !== 'closed') return;
          const thread = await topicOf(notice.conversationId);
          if (thread === undefined) return;
          await post(thread, t('staffGroup.closed'));
          // Closing a topic that is already closed (a close told twice after a crash) is harmless.
          await api.closeForumTopic(chatId, thread).catch(() => undefined);
          topics.delete(notice.conversationId);
          conversations.delete(thread);
          return;
        }
        case 'flagged':
          // No ticket, so no topic of its own: the group's general thread.
          await api.sendMessage(
            chatId,
            t('staffGroup.flagged', { id: notice.conversationId, text: notice.text }),
          );
          return;
        case 'media':
          return; // the file is in the web inbox's transcript; the group has no place for it
      }
    },
  };

  /** A message written in the staff group: a reply to the person in that topic, or /cerrar. */
  async function handleStaffMessage(message: StaffGroupMessage, staff: StaffActions) {
    const thread = message.message_thread_id;
    const conversationId = thread === undefined ? undefined : await conversationOf(thread);
    if (thread === undefined || !conversationId || !message.text) return;
    const by = staffName(message.from);
    try {
      if (CLOSE.test(message.text)) await staff.close(conversationId, by);
      else await staff.reply(conversationId, by, message.text);
    } catch (error) {
      // The topic's conversation is no longer kept (erased, retention): nothing went; staff are told so here.
      if (!(error instanceof UnknownConversationError)) throw error;
      await post(thread, t('staffGroup.gone'));
    }
  }

  return { desk, handleStaffMessage, chatId };
}

/** The staff member's name as Telegram shows it, for the transcript and the ticket (core/display-name.ts). */
function staffName(from: StaffGroupMessage['from']): string {
  const name = [from?.first_name, from?.last_name].filter(Boolean).join(' ');
  return cleanDisplayName(name) ?? cleanDisplayName(from?.username) ?? 'telegram';
}

export type TelegramStaffGroup = ReturnType<typeof createTelegramStaffGroup>;
