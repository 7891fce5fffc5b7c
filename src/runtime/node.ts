/**
 * `npm start`: the Node composition root. With TELEGRAM_BOT_TOKEN it runs the Telegram bot,
 * in long polling (default) or behind a webhook on a Hono server; without it, the terminal
 * chat. Memory store; Redis comes with its own issue.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createTelegramAdapter } from '../channels/telegram/adapter.ts';
import type { StaffDesk } from '../core/ports.ts';
import type { Lang } from '../core/types.ts';
import { telegramWebhook } from '../http/telegram-webhook.ts';
import { createNodeAssistant } from './assistant.node.ts';
import { readConfig } from './config.node.ts';
import { consoleLogger as logger } from './console-logger.ts';

const COMMANDS = ['start', 'menu', 'idioma', 'language', 'lang', 'humano', 'borrar'] as const;

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

if (!config.TELEGRAM_BOT_TOKEN) {
  console.log(
    'No TELEGRAM_BOT_TOKEN set: starting the terminal chat. See the README to run the Telegram bot.',
  );
  await import('../cli/chat.ts');
} else {
  process.env.KNOWLEDGE_DIR = config.KNOWLEDGE_DIR;
  // The staff desk is the Telegram staff group, which needs the bot: bind it once both exist.
  let desk: StaffDesk | undefined;
  const staff: StaffDesk = {
    queued: async (ticket) => desk?.queued(ticket),
    relay: async (id, text) => desk?.relay(id, text),
  };
  const { engine, i18n } = await createNodeAssistant({ idleMs: config.IDLE_MINUTES * 60_000, logger, staff });
  logger.warn('memory store: conversations do not survive a restart (Redis comes in a later release)');
  const telegram = createTelegramAdapter({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    engine,
    logger,
    ...(config.TELEGRAM_STAFF_CHAT_ID ? { staffChatId: config.TELEGRAM_STAFF_CHAT_ID } : {}),
    staffText: (key, vars) => i18n.t('es')(key, vars),
    commandDescriptions: (lang: Lang) =>
      COMMANDS.map((command) => ({ command, description: i18n.t(lang)(`telegram.commands.${command}`) })),
  });
  desk = telegram.staffDesk;
  try {
    await telegram.bot.init();
  } catch (error) {
    console.error(
      `Telegram did not accept the bot token (${(error as Error).message}). Check TELEGRAM_BOT_TOKEN with @BotFather, and TELEGRAM_API_ROOT.`,
    );
    process.exit(1);
  }
  await telegram.registerCommands();
  if (config.TELEGRAM_MODE === 'polling') {
    const runner = await telegram.startPolling();
    logger.info('telegram: polling', { bot: telegram.bot.botInfo.username });
    const stop = () => void (runner.isRunning() ? runner.stop() : undefined);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } else {
    const app = new Hono();
    app.get('/healthz', (c) => c.json({ ok: true }));
    app.route(
      '/telegram/webhook',
      telegramWebhook({
        secret: config.TELEGRAM_WEBHOOK_SECRET ?? '',
        handleUpdate: telegram.handleUpdate,
        logger,
      }),
    );
    serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST });
    logger.info('telegram: webhook server listening', {
      url: `http://${config.HOST}:${config.PORT}/telegram/webhook`,
    });
  }
}
