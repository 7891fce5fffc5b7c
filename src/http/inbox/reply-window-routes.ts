/**
 * The inbox's routes for a reply window (WhatsApp's 24 hours): a reply typed after the window
 * closed is refused before it reaches the engine (nothing sent, nothing shown as sent), and
 * the re-engagement message is sent on request, with Meta's refusal shown as it is.
 */
import type { Hono } from 'hono';
import { addressOf } from '../../core/address.ts';
import { DeliveryRefusedError } from '../../core/errors.ts';
import type { Channel } from '../../core/ports/channel.ts';
import type { Lang } from '../../core/types.ts';
import type { InboxOptions } from './inbox-options.ts';
import { windowOf } from './reply-window.ts';
import type { InboxEnv } from './session.ts';

export function replyWindowRoutes(
  app: Hono<InboxEnv>,
  options: Pick<InboxOptions, 'store' | 'i18n' | 'conversations'>,
  channels: readonly Channel[],
  now: () => number,
) {
  const tFor = (langs: readonly Lang[]) => options.i18n.t(langs[0] ?? 'es');
  /** Past the reply window the text would be refused: say so, keep what was typed, send nothing. */
  app.use('/c/:id/reply', async (c, next) => {
    const id = c.req.param('id');
    const [ticket, lines] = await Promise.all([options.store.getTicket(id), options.store.getTranscript(id)]);
    // Nobody wrote (no ticket, no line): no window to keep; the engine refuses an id it does not keep (404).
    if (!ticket && lines.length === 0) return next();
    if (windowOf(channels, id, ticket ?? undefined, lines, now()).kind !== 'closed') return next();
    const t = tFor(c.get('session').account.langs);
    return c.text(t('inbox.replyWindow.notSent'), 409);
  });

  /** Sends the approved re-engagement message; a refusal is shown as it is, never as sent. */
  app.post('/c/:id/reengage', async (c) => {
    const id = c.req.param('id');
    const { account } = c.get('session');
    const t = tFor(account.langs);
    const address = addressOf(id);
    const window = channels.find((ch) => ch.name === address?.channel)?.replyWindow;
    const ticket = await options.store.getTicket(id);
    if (!address || !window || !ticket) return c.text(t('inbox.notFound'), 404);
    try {
      await window.reengage(address, ticket.lang);
    } catch (error) {
      if (!(error instanceof DeliveryRefusedError)) throw error;
      return c.text(t('inbox.replyWindow.refused', { code: error.channelCode, reason: error.message }), 502);
    }
    await options.conversations.staff.note(id, account.name, t('inbox.replyWindow.noted'));
    return c.redirect(`/staff/c/${encodeURIComponent(id)}`);
  });
}
