/**
 * Fuzz cases for the Telegram webhook: updates shaped like Telegram's (messages, button taps,
 * edits, media; private chats, groups, channels) with hostile values in every field, any JSON,
 * cut JSON, not JSON; sometimes without the secret header or with a wrong one. Rules beyond
 * "no 5xx": the secret is required (401 without it), and an update with it is acknowledged
 * with 200 whatever it holds (an error status would only make Telegram send it again), unless
 * a body or rate limit refused it (413, 429).
 */
import fc from 'fast-check';
import { body, edgeNumber, headerValue, jsonValue, text } from './inputs.ts';
import type { FuzzTarget, Send } from './target.ts';

export type TelegramCase = { update: unknown; json: boolean; raw: string; secret: 'right' | 'none' | string };

// Mostly a few hundred private chats, so that conversations go on over several updates.
const chatId = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 300 }) },
  { weight: 1, arbitrary: edgeNumber },
);
// Mostly well-formed ids, so that most updates get past the schema and into the engine.
const id = fc.oneof({ weight: 8, arbitrary: fc.nat({ max: 2 ** 31 }) }, { weight: 1, arbitrary: edgeNumber });
const chat = fc.record(
  {
    id: chatId,
    type: fc.oneof(
      { weight: 5, arbitrary: fc.constant('private') },
      { weight: 1, arbitrary: fc.constantFrom('group', 'supergroup', 'channel') },
      { weight: 1, arbitrary: text(12) },
    ),
    title: text(40),
  },
  { requiredKeys: ['id', 'type'] },
);
const user = fc.record(
  {
    id: chatId,
    is_bot: fc.boolean(),
    first_name: text(80),
    last_name: text(80),
    username: text(40),
    language_code: fc.oneof(fc.constantFrom('es', 'en', 'ht', 'es-MX', 'fr', 'HT'), text(10)),
  },
  { requiredKeys: ['id'] },
);
const media = fc.oneof(jsonValue, fc.constant({ file_id: 'AgAD', file_unique_id: 'x', duration: 3 }));
const message = fc.record(
  {
    message_id: id,
    message_thread_id: id,
    date: fc.oneof(fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }), edgeNumber),
    chat,
    from: user,
    text: text(),
    caption: text(),
    voice: media,
    photo: fc.array(media, { maxLength: 3 }),
    document: media,
    sticker: media,
    location: media,
    contact: media,
    entities: jsonValue,
  },
  { requiredKeys: ['message_id', 'date', 'chat', 'from'] },
);
const update = fc.record(
  {
    update_id: id,
    message,
    edited_message: message,
    callback_query: fc.record(
      {
        id: text(20),
        from: user,
        data: fc.oneof(
          fc.constantFrom('topic:apostille', 'lang:ht', 'menu', 'human:yes', 'rating:yes'),
          text(70),
        ),
        message: fc.record({ message_id: id, date: edgeNumber, chat }, { requiredKeys: ['chat'] }),
        chat_instance: text(20),
      },
      { requiredKeys: ['id', 'from'] },
    ),
    my_chat_member: jsonValue,
  },
  { requiredKeys: ['update_id'] },
);

export const telegramCase: fc.Arbitrary<TelegramCase> = fc.record({
  update,
  json: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  raw: body(jsonValue),
  secret: fc.oneof(
    { weight: 12, arbitrary: fc.constant('right' as const) },
    { weight: 1, arbitrary: fc.constant('none' as const) },
    { weight: 1, arbitrary: headerValue },
  ),
});

export function telegramTarget(harness: {
  send: Send;
  telegram: { path: string; secret: string };
}): FuzzTarget<TelegramCase> {
  const { path, secret } = harness.telegram;
  return {
    name: 'Telegram webhook',
    arbitrary: telegramCase,
    async run(input) {
      const headers = new Headers({ 'content-type': 'application/json' });
      const given = input.secret === 'right' ? secret : input.secret === 'none' ? undefined : input.secret;
      if (given !== undefined) headers.set('x-telegram-bot-api-secret-token', given);
      const response = await harness.send(path, {
        method: 'POST',
        body: input.json ? JSON.stringify(input.update) : input.raw,
        headers,
      });
      await response.arrayBuffer();
      const status = response.status;
      // 413 and 429 are the body and rate limits speaking; anything else but 200 is wrong.
      if (given === secret && ![200, 413, 429].includes(status))
        return { status, problem: `an update with the secret got ${status}` };
      if (given !== secret && status !== 401)
        return { status, problem: `an update without the secret got ${status}` };
      return { status };
    },
  };
}
