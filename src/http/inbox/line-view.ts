/**
 * A person's line on a case's transcript, as staff read it: the words as written (escaped by
 * hono/html), a shared location's point with a link straight to it on OpenStreetMap (the same
 * link as the urgent case's, core/place-links.ts), and, for a message longer than what the
 * assistant reads, a note that it read only the start (the line itself is whole). A reply
 * shows what it answered above the words ("↪ replying to: «…»"); a reaction is said as one
 * ("reacted 👍 to «…»", or taken back), the quote being the start of the office's message
 * when it is known (src/engine/reply-context.ts).
 */
import { html } from 'hono/html';
import { MAX_READ } from '../../core/messages.ts';
import { placeLinks } from '../../core/place-links.ts';
import type { TranscriptLine } from '../../core/ports/conversation-store.ts';
import { sharedPointOf } from '../../core/said-line.ts';
import type { Translate } from '../../i18n/create-i18n.ts';

type PersonLine = Pick<TranscriptLine, 'text' | 'replyTo' | 'reaction'>;

/** "reacted 👍 to «…»", "took back their reaction to an earlier message". */
function reactionView(t: Translate, emoji: string, quote: string | undefined) {
  const to = quote === undefined ? 'Earlier' : '';
  const words = emoji
    ? t(`inbox.context.reacted${to}`, { emoji, quote })
    : t(`inbox.context.unreacted${to}`, { quote });
  return html`<span class="reaction">${words}</span>`;
}

/** "↪ replying to: «…»" above the words of a reply. */
function replyView(t: Translate, quote: string | undefined) {
  const words =
    quote === undefined ? t('inbox.context.replyingToEarlier') : t('inbox.context.replyingTo', { quote });
  return html`<small class="reply-to">${words}</small><br>`;
}

export function personLineView(t: Translate, line: PersonLine) {
  const { text, replyTo } = line;
  if (line.reaction !== undefined) return reactionView(t, line.reaction, replyTo?.quote);
  const point = sharedPointOf(text);
  const link = point ? placeLinks({ text, at: 0, ...point }).point : undefined;
  const map = link
    ? html` · <a class="map" href="${link}" target="_blank" rel="noopener noreferrer">${t('inbox.urgentCase.mapPoint')}</a>`
    : '';
  const part =
    text.length > MAX_READ
      ? html`<br><small class="read-in-part">${t('inbox.readInPart', { max: MAX_READ })}</small>`
      : '';
  return html`${replyTo ? replyView(t, replyTo.quote) : ''}${text}${map}${part}`;
}
