/**
 * The Node logger: one JSON line per event on stderr, so that logs can be read by people and
 * by log collectors alike. Callers pass ids, never message texts (personal data).
 */
import type { Logger } from '../core/ports/runtime.ts';

function line(level: string, message: string, data?: Record<string, unknown>) {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...data })}\n`);
}

export const consoleLogger: Logger = {
  info: (message, data) => line('info', message, data),
  warn: (message, data) => line('warn', message, data),
  error: (message, data) => line('error', message, data),
};
