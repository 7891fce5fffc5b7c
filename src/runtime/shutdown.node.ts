/**
 * What `npm start` does on SIGTERM (docker stop, systemd, a deploy) and Ctrl-C: stop taking
 * updates (Telegram polling, whatsapp-web.js), stop taking requests (idle keep-alive sockets
 * at once, open ones such as a staff member's live inbox within 3 s), let the intake's turns
 * in hand finish (up to 4 s; what does not finish stays kept in Redis and the next start takes
 * it back), close Redis, and exit. After 10 s it exits anyway, so a stuck long poll cannot
 * hold the process.
 */
import type { Intake } from '../core/ports/intake.ts';
import type { Logger } from '../core/ports/runtime.ts';

interface Closable {
  close(callback: () => void): unknown;
  closeIdleConnections?(): void;
  closeAllConnections?(): void;
}

export function onShutdown(parts: {
  logger: Logger;
  server: Closable;
  intake: Intake;
  /** Sources of updates that are not requests: polling, whatsapp-web.js. */
  stopUpdates: Array<() => Promise<unknown>>;
  closeStore?: () => Promise<void>;
}) {
  const shutdown = async (signal: string) => {
    parts.logger.info('shutting down', { signal });
    setTimeout(() => process.exit(0), 10_000).unref();
    for (const stop of parts.stopUpdates) await stop().catch(() => undefined);
    const closed = new Promise<void>((resolve) => parts.server.close(() => resolve()));
    parts.server.closeIdleConnections?.();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    parts.server.closeAllConnections?.();
    await parts.intake.drain(4_000);
    await parts.closeStore?.();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
}
