/**
 * A person's line on a case's transcript, as staff read it: the words as written (escaped by
 * hono/html), a shared location's point with a link straight to it on OpenStreetMap (the same
 * link as the urgent case's, core/place-links.ts), and, for a message longer than what the
 * assistant reads, a note that it read only the start (the line itself is whole).
 */
import { html } from 'hono/html';
import { MAX_READ } from '../../core/messages.ts';
import { placeLinks } from '../../core/place-links.ts';
import { sharedPointOf } from '../../core/said-line.ts';
import type { Translate } from '../../i18n/create-i18n.ts';

export function personLineView(t: Translate, text: string) {
  const point = sharedPointOf(text);
  const link = point ? placeLinks({ text, at: 0, ...point }).point : undefined;
  const map = link
    ? html` · <a class="map" href="${link}" target="_blank" rel="noopener noreferrer">${t('inbox.urgentCase.mapPoint')}</a>`
    : '';
  const part =
    text.length > MAX_READ
      ? html`<br><small class="read-in-part">${t('inbox.readInPart', { max: MAX_READ })}</small>`
      : '';
  return html`${text}${map}${part}`;
}
