/**
 * What `npm start` does on SIGTERM (docker stop, systemd, a deploy) and Ctrl-C: drain, then
 * exit 0. From the signal on, `draining()` is true: /healthz answers 503 "draining" and channel
 * requests that bring something to handle are refused with 503, so a proxy sends them to
 * another instance (Meta and Telegram send again on any answer but 2xx). It stops taking
 * updates (Telegram polling, whatsapp-web.js), lets the intake's turns in hand finish (up to
 * 4 s; what does not finish stays kept in Redis and the next start, or another instance, takes
 * it back), stops listening (idle keep-alive sockets at once, open ones such as a staff
 * member's live inbox within 3 s), closes Redis, and exits. After 10 s it exits anyway, so a
 * stuck long poll cannot hold the process.
 */
import type { Intake } from '../core/ports/intake.ts';
import type { Logger } from '../core/ports/runtime.ts';

interface Closable {
  close(callback: () => void): unknown;
  closeIdleConnections?(): void;
  closeAllConnections?(): void;
}

/** Whether this process is draining: false until SIGTERM or Ctrl-C, then true until it exits. */
export function drainState() {
  let draining = false;
  return {
    draining: () => draining,
    begin() {
      draining = true;
    },
  };
}

export function onShutdown(parts: {
  logger: Logger;
  server: Closable;
  intake: Intake;
  /** Set at the signal (from drainState()): /healthz and the channel routes read it. */
  drain: ReturnType<typeof drainState>;
  /** Sources of updates that are not requests: polling, whatsapp-web.js. */
  stopUpdates: Array<() => Promise<unknown>>;
  closeStore?: () => Promise<void>;
}) {
  const shutdown = async (signal: string) => {
    parts.drain.begin();
    parts.logger.info('shutting down: draining', { signal });
    setTimeout(() => process.exit(0), 10_000).unref();
    for (const stop of parts.stopUpdates) await stop().catch(() => undefined);
    await parts.intake.drain(4_000);
    const closed = new Promise<void>((resolve) => parts.server.close(() => resolve()));
    parts.server.closeIdleConnections?.();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    parts.server.closeAllConnections?.();
    await parts.closeStore?.();
    parts.logger.info('shut down', { signal });
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
}
