/**
 * Who a conversation is with, as the inbox shows them: their name on the channel (or "unnamed
 * person" in the reader's language) with a mark of the channel, never the internal id, which
 * on WhatsApp and Telegram holds the person's full phone number or account number. The id
 * stays at hand in a closed disclosure ("Details") for when staff need it (a bug report, the
 * audit log).
 */
import { html } from 'hono/html';
import type { Translate } from '../../i18n/create-i18n.ts';

/** How each channel is named on a row; another channel shows its own short name. */
const CHANNEL_MARKS: Record<string, string> = {
  web: 'Web',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  // The Cloud API's conversations are WhatsApp too, as the person and staff know them.
  'whatsapp-cloud': 'WhatsApp',
};

/** The channel's id, the part of a conversation id before its colon ("whatsapp-cloud:521…" → "whatsapp-cloud"). */
export const channelIdOf = (conversationId: string): string =>
  conversationId.slice(0, Math.max(0, conversationId.indexOf(':')));

/** The channel's name, from a conversation id ("whatsapp:521…" → "WhatsApp"). */
export function channelMark(conversationId: string): string {
  const channel = channelIdOf(conversationId);
  return CHANNEL_MARKS[channel] ?? channel;
}

/** The person's name (or "unnamed person") and the channel's mark. */
export function personLabel(t: Translate, who: { name?: string | undefined; conversationId: string }) {
  return html`<span class="person">${who.name || t('inbox.cases.unnamed')}</span> <span class="channel-mark">${channelMark(who.conversationId)}</span>`;
}

/** The internal id (and whatever else identifies the conversation) in a closed disclosure. */
export function idDetails(t: Translate, conversationId: string, extra: unknown = '') {
  return html`<details class="ids"><summary>${t('inbox.cases.details')}</summary>${t('inbox.cases.conversationId')}: ${conversationId}${extra}</details>`;
}
