/**
 * The WhatsApp channel for `npm start` when WHATSAPP_ENABLED=true: the connection (headless
 * Chromium, session on disk or in Redis), the channel between it and the engine, the QR code
 * in the terminal, and the connection's state for /staff/whatsapp and the inbox banner.
 * Built before the engine (the engine needs the channel), started once the engine exists.
 */
import type { Redis } from 'ioredis';
import { createWhatsAppChannel } from '../channels/whatsapp/adapter.node.ts';
import { createWhatsAppConnection, type WhatsAppState } from '../channels/whatsapp/connection.node.ts';
import { printQr, qrSvg } from '../channels/whatsapp/diagnose.node.ts';
import { shareWhatsAppStatus } from '../channels/whatsapp/shared-status.node.ts';
import type { Conversations } from '../core/ports/conversations.ts';
import type { Logger } from '../core/ports/runtime.ts';
import type { QrChannel } from '../http/inbox/channel-status.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { Config } from './config.node.ts';

export function createWhatsApp(options: {
  config: Config;
  i18n: I18n;
  logger: Logger;
  redis?: Redis;
  /** Called on every change of the connection's state (open staff pages refresh). */
  onChange: () => void;
}) {
  const { config, logger } = options;
  const connection = createWhatsAppConnection({
    dataDir: config.WHATSAPP_DATA_DIR,
    logger,
    ...(config.WHATSAPP_CHROMIUM_PATH ? { chromiumPath: config.WHATSAPP_CHROMIUM_PATH } : {}),
    ...(options.redis ? { redis: { client: options.redis, prefix: config.KEY_PREFIX } } : {}),
  });
  const whatsapp = createWhatsAppChannel({
    link: connection,
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
    options.onChange();
  });

  // Several instances: the QR of the one driving the number shows on every instance's page.
  let shared: ReturnType<typeof shareWhatsAppStatus> | undefined;
  const page: QrChannel = { status: () => (shared ?? connection).status(), qrSvg };

  return {
    channel: whatsapp.channel,
    connection,
    /** What /staff/whatsapp shows. */
    page,
    /** Takes messages into the engine and opens WhatsApp Web; throws when there is no Chromium. */
    async start(engine: Conversations) {
      whatsapp.connect(engine);
      await connection.start();
      if (options.redis)
        shared = shareWhatsAppStatus({
          redis: options.redis,
          key: `${config.KEY_PREFIX}whatsapp:status`,
          connection,
        });
    },
    async stop() {
      shared?.stop();
      whatsapp.disconnect();
      await connection.stop();
    },
  };
}
