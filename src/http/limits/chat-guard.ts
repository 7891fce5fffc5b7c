/**
 * The rate limit on channels that push messages (Telegram, WhatsApp): the engine, as those
 * channels see it, with each person's message counted for its chat first (policy.ts). Past
 * the limit the message is not handled; the person is told once per window, in the
 * language their app gives, to wait a moment and send it again, and then hears nothing
 * until the window is over: a flood gets no flood of answers. A message is counted once: one
 * tried again (its turn failed while the store was away, and the intake hands it back) goes
 * straight to the engine, so an outage never makes a person "write too fast".
 */
import { type Address, conversationId } from '../../core/address.ts';
import { inboundSchema, type Outbound } from '../../core/messages.ts';
import { type Conversations, NO_TURN } from '../../core/ports/conversations.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { LimitPolicy } from './policy.ts';

/** How a channel sends the "wait a moment" (its own `deliver`). */
export type Deliver = (address: Address, messages: readonly Outbound[]) => Promise<void>;
/** Wraps the engine for one channel; the channel passes its own `deliver`. */
export type ChatGuard = (engine: Conversations, deliver: Deliver) => Conversations;

/** Message ids already counted, remembered this long (most recent last). */
const REMEMBERED = 10_000;

export function chatGuard(options: { policy: LimitPolicy; i18n: I18n; logger: Logger }): ChatGuard {
  const counted = new Set<string>();
  const remember = (id: string) => {
    counted.add(id);
    if (counted.size > REMEMBERED) counted.delete(counted.values().next().value as string);
  };
  return (engine, deliver) => ({
    async handle(raw) {
      const parsed = inboundSchema.safeParse(raw);
      // Not a message (the engine says why): nothing to count.
      if (!parsed.success) return engine.handle(raw);
      const inbound = parsed.data;
      const key = `${inbound.channel}:${inbound.id}`;
      if (counted.has(key)) return engine.handle(raw);
      const verdict = await options.policy.chatMessage(conversationId(inbound));
      if (verdict === 'ok') {
        remember(key);
        return engine.handle(raw);
      }
      const lang = inbound.langHint ?? 'es';
      options.logger.warn('rate limit: a chat writes too fast; message not handled', {
        channel: inbound.channel,
        told: verdict === 'tell',
      });
      if (verdict === 'tell') {
        const address = { channel: inbound.channel, chatId: inbound.chatId };
        const text = options.i18n.t(lang)('limits.slowDown');
        await deliver(address, [{ ...address, lang, text, buttons: [] }]).catch((error: Error) =>
          options.logger.warn('rate limit: could not tell the person to wait', { error: error.message }),
        );
      }
      return { lang, outbound: [], meaning: null, report: { ...NO_TURN } };
    },
    isChoice: (value) => engine.isChoice(value),
    attachMedia: (address, file) => engine.attachMedia(address, file),
    staff: engine.staff,
  });
}
