/**
 * Telegram updates as the Bot API sends them, for tests: a text message from a person in a
 * private chat, or from a staff member in the staff supergroup (a negative chat id). Each
 * factory numbers its own updates, starting after `lastId`, so a test file's ids never repeat.
 */

/** The staff member who writes in the staff group. */
const STAFF_MEMBER = 42;

export function telegramUpdates(lastId = 0, date = 1_763_800_000) {
  let id = lastId;
  return (chatId: number, text: string, extra: Record<string, unknown> = {}) => {
    id += 1;
    const inGroup = chatId < 0;
    return {
      update_id: id,
      message: {
        message_id: id,
        date,
        chat: { id: chatId, type: inGroup ? 'supergroup' : 'private' },
        from: { id: inGroup ? STAFF_MEMBER : chatId, is_bot: false, first_name: 'Ana', language_code: 'es' },
        text,
        ...extra,
      },
    };
  };
}
