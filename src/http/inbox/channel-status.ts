/**
 * The admin page for a channel that pairs by QR (WhatsApp at /staff/whatsapp): its state
 * (pairing, ready, disconnected and why, another instance driving it) and the QR code to
 * scan, refreshed live. Also the banner every staff page shows while the channel is down.
 * The channel itself is Node-only; this page only reads what it reports, in the admin's words.
 */
import { html, raw } from 'hono/html';
import type { Translate } from '../../i18n/create-i18n.ts';
import { layout } from './views.ts';

/** What a QR-paired channel reports about itself. */
export interface ChannelStatus {
  state: 'starting' | 'pairing' | 'ready' | 'standby' | 'disconnected' | 'stopped';
  /** Epoch ms of the last change. */
  since: number;
  /** What went wrong, as a code the page words from locales (inbox.whatsapp.problems.*) and its detail. */
  problem?: { code: string; detail?: string };
  /** Epoch ms of the next reconnection attempt, when one is planned. */
  retryAt?: number | null;
  qr?: string;
}

export interface QrChannel {
  status(): ChannelStatus;
  /** The QR text as an SVG image (the Node side renders it; no QR library in this layer). */
  qrSvg(qr: string): Promise<string>;
}

const time = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/** A line for the top of the inbox while the channel cannot take messages. */
export function channelBanner(t: Translate, status: ChannelStatus | undefined) {
  if (!status || status.state === 'ready' || status.state === 'stopped' || status.state === 'standby')
    return '';
  return html`<p class="error" role="status"><a href="/staff/whatsapp">${t('inbox.whatsapp.banner', {
    state: t(`inbox.whatsapp.states.${status.state}`),
  })}</a></p>`;
}

export async function channelPage(t: Translate, channel: QrChannel, csrf: string) {
  const status = channel.status();
  const qr = status.state === 'pairing' && status.qr ? await channel.qrSvg(status.qr) : '';
  return layout(
    t,
    t('inbox.whatsapp.title'),
    html`<p><a href="/staff">${t('inbox.back')}</a></p>
<h2>${t('inbox.whatsapp.title')}</h2>
<dl><dt>${t('inbox.whatsapp.state')}</dt><dd><strong>${t(`inbox.whatsapp.states.${status.state}`)}</strong> · ${time(status.since)} UTC</dd>
${status.problem ? html`<dt>${t('inbox.whatsapp.reason')}</dt><dd>${t(`inbox.whatsapp.problems.${status.problem.code}`, { detail: status.problem.detail ?? '' })}</dd>` : ''}
${status.retryAt ? html`<dt>${t('inbox.whatsapp.retry')}</dt><dd>${time(status.retryAt)} UTC</dd>` : ''}</dl>
${qr ? html`<p>${t('inbox.whatsapp.scan')}</p><div class="qr">${raw(qr)}</div>` : ''}
<p>${t(`inbox.whatsapp.help.${status.state}`)}</p>`,
    { csrf, live: true },
  );
}
