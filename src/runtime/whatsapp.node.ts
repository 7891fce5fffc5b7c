/**
 * Starts the WhatsApp channel for `npm start` when WHATSAPP_ENABLED=true: the connection
 * (headless Chromium, session on disk or in Redis), the adapter between it and the engine,
 * the QR code in the terminal, and the connection's state for /staff/whatsapp and the
 * inbox banner. A missing Chromium stops the server with what to install.
 */
import type { Redis } from 'ioredis';
import { createWhatsAppAdapter, type WhatsAppEngine } from '../channels/whatsapp/adapter.node.ts';
import { createWhatsAppConnection, type WhatsAppState } from '../channels/whatsapp/connection.node.ts';
import { printQr, qrSvg } from '../channels/whatsapp/diagnose.node.ts';
import { shareWhatsAppStatus } from '../channels/whatsapp/shared-status.node.ts';
import type { InboxEvents } from '../core/inbox-events.ts';
import type { Logger } from '../core/ports.ts';
import type { QrChannel } from '../http/staff/channel-status.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { Config } from './config.node.ts';

export async function startWhatsApp(options: {
  config: Config;
  engine: WhatsAppEngine;
  i18n: I18n;
  inbox: InboxEvents;
  logger: Logger;
  redis?: Redis;
}) {
  const { config, logger } = options;
  const connection = createWhatsAppConnection({
    dataDir: config.WHATSAPP_DATA_DIR,
    logger,
    ...(config.WHATSAPP_CHROMIUM_PATH ? { chromiumPath: config.WHATSAPP_CHROMIUM_PATH } : {}),
    ...(options.redis ? { redis: { client: options.redis, prefix: config.KEY_PREFIX } } : {}),
  });
  const adapter = createWhatsAppAdapter({
    link: connection,
    engine: options.engine,
    i18n: options.i18n,
    logger,
    pacing: { perChatGapMs: config.WHATSAPP_CHAT_GAP_MS, perMinute: config.WHATSAPP_PER_MINUTE },
  });

  let shown: WhatsAppState | undefined;
  connection.onStatus((status) => {
    if (status.state === 'pairing' && (shown?.state !== 'pairing' || shown.qr !== status.qr)) {
      logger.info(
        'whatsapp: scan this QR code with the office phone (WhatsApp → Linked devices), or open /staff/whatsapp',
      );
      void printQr(status.qr).catch(() => undefined);
    }
    // The connection logs its own changes, with the reason and what to do.
    shown = status;
    // Open staff pages refresh: the banner and /staff/whatsapp follow the connection.
    options.inbox.emit({ kind: 'channel', conversationId: 'whatsapp' });
  });

  try {
    await connection.start();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  // Several instances: the QR of the one driving the number shows on every instance's page.
  const shared = options.redis
    ? shareWhatsAppStatus({ redis: options.redis, key: `${config.KEY_PREFIX}whatsapp:status`, connection })
    : undefined;
  const channel: QrChannel = { status: () => (shared ?? connection).status(), qrSvg };
  return { adapter, connection, channel };
}
