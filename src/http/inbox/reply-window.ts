/**
 * What the inbox shows about reaching a person on a channel with a reply window (WhatsApp's
 * 24 hours) and on channels that report delivery: before staff type, whether free text still
 * reaches the person and until when; once it does not, why, and the button that sends the
 * approved re-engagement message (saying which language it goes in when the person's has
 * none); and on each line staff or the assistant sent, what became of it: sending, sent,
 * delivered, read, or not delivered with Meta's reason and what to do (the line's own fate
 * when the channel named its parts, else its turn's). Nothing is shown as sent that the
 * channel did not accept.
 */
import { html } from 'hono/html';
import { addressOf } from '../../core/address.ts';
import { type DeliveryView, foldDeliveries, lineRef } from '../../core/deliveries.ts';
import type { Channel } from '../../core/ports/channel.ts';
import type { TranscriptLine } from '../../core/ports/conversation-store.ts';
import type { DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { Reengagement } from '../../core/ports/reply-window.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import type { Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';

export type WindowState =
  | { kind: 'none' }
  | { kind: 'open'; closesAt: number }
  | { kind: 'closed'; since: number | null; lang: Lang; reengagement: Reengagement | null };

/**
 * When the person last wrote: their ticket's record, else the transcript's last line of theirs
 * (a reaction is not a message written: the engine does not count it either, engine/reaction.ts).
 */
function lastHeard(ticket: HandoffTicket | undefined, lines: readonly TranscriptLine[]): number | null {
  if (ticket?.lastHeard !== undefined) return ticket.lastHeard;
  const mine = lines.findLast((l) => l.from === 'person' && l.reaction === undefined);
  return mine ? mine.at : null;
}

export function windowOf(
  channels: readonly Channel[],
  conversationId: string,
  ticket: HandoffTicket | undefined,
  lines: readonly TranscriptLine[],
  now: number,
): WindowState {
  const address = addressOf(conversationId);
  const window = channels.find((c) => c.name === address?.channel)?.replyWindow;
  if (!window) return { kind: 'none' };
  const heard = lastHeard(ticket, lines);
  if (heard !== null && now < heard + window.ms) return { kind: 'open', closesAt: heard + window.ms };
  const lang = ticket?.lang ?? 'es';
  const since = heard === null ? null : heard + window.ms;
  return { kind: 'closed', since, lang, reengagement: window.reengagement(lang) };
}

/** Each sent line's fate, by its turn's ref; empty for channels that do not report it. */
export async function deliveriesOf(
  channels: readonly Channel[],
  log: DeliveryLog,
  conversationId: string,
): Promise<Map<string, DeliveryView>> {
  const channel = channels.find((c) => c.name === addressOf(conversationId)?.channel);
  if (!channel?.reportsDelivery) return new Map();
  return foldDeliveries(await log.deliveryEvents(conversationId));
}

/** A time staff can act on: the day too, since the window spans two. */
const hhmm = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');

/** The box above the reply form; `blocksReply` when free text would not reach the person. */
export function windowBox(
  t: Translate,
  state: WindowState,
  path: string,
  csrf: string,
  template?: DeliveryView,
) {
  if (state.kind === 'none') return { box: html``, blocksReply: false };
  if (state.kind === 'open')
    return {
      box: html`<p class="window">${t('inbox.replyWindow.open', { until: hhmm(state.closesAt) })}</p>`,
      blocksReply: false,
    };
  const r = state.reengagement;
  const sent = template
    ? html`<p>${t('inbox.replyWindow.templateSent', { at: hhmm(template.at) })} ${deliveryNote(t, template)}</p>`
    : '';
  const language = (lang: Lang) => t(`inbox.replyWindow.lang.${lang}`);
  const fallback =
    r && r.lang !== state.lang
      ? html`<p>${t('inbox.replyWindow.fallback', { person: language(state.lang), language: language(r.lang) })}</p>`
      : '';
  const offer = r
    ? html`${fallback}<form method="post" action="${path}/reengage"><input type="hidden" name="csrf" value="${csrf}">
<p>${t('inbox.replyWindow.template', { name: r.name, language: language(r.lang), code: r.language })}</p>
<button>${t('inbox.replyWindow.send')}</button></form>`
    : html`<p>${t('inbox.replyWindow.noTemplate')}</p>`;
  return {
    box: html`<div class="window closed"><p><strong>${t('inbox.replyWindow.closed', { since: state.since === null ? '—' : hhmm(state.since) })}</strong></p>${sent}${offer}</div>`,
    blocksReply: true,
  };
}

/**
 * The fate of one transcript line, or nothing for lines that were not sent on such a channel.
 * A line made after the window shut (a status change, the follow-up) was held by the engine:
 * it goes when the person writes again (src/engine/reply-window-hold.ts).
 */
export function lineDelivery(
  t: Translate,
  deliveries: ReadonlyMap<string, DeliveryView>,
  line: TranscriptLine,
  shutSince: number | null = null,
) {
  if (!line.ref || (line.from !== 'bot' && line.from !== 'staff')) return '';
  // The line's own parts first: in a turn of several lines, the one that did not go is the one marked.
  const view = deliveries.get(lineRef(line.ref, line.text)) ?? deliveries.get(line.ref);
  if (!view && shutSince !== null && line.at >= shutSince)
    return html`<span class="delivery">${t('inbox.delivery.held')}</span>`;
  if (!view) return html`<span class="delivery">${t('inbox.delivery.pending')}</span>`;
  return deliveryNote(t, view);
}

function deliveryNote(t: Translate, view: DeliveryView) {
  if (view.state !== 'failed')
    return html`<span class="delivery">${t(`inbox.delivery.${view.state}`, { at: hhmm(view.at) })}</span>`;
  const code = view.error?.code ?? 0;
  const tries = view.error?.tries;
  const todo =
    code === 131047
      ? t('inbox.delivery.windowTodo')
      : tries !== undefined
        ? t('inbox.delivery.gaveUpTodo', { tries })
        : t('inbox.delivery.failedTodo');
  return html`<span class="delivery failed">${t('inbox.delivery.failed', { code, reason: view.error?.title ?? '—' })} ${todo}</span>`;
}
