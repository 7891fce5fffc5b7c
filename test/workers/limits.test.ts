/**
 * The limits on the Worker, in `wrangler dev` (local workerd, offline): a web chat message
 * past its conversation's limit gets 429 with Retry-After and the sentence in the person's
 * language, counted in the isolate's memory when no rate-limiting binding is set (the
 * client's address is Cloudflare's cf-connecting-ip), a body past the web chat's limit
 * gets 413 unread, and the pages carry the same security headers as on Node (a CSP without
 * 'unsafe-inline'; the inbox never framed).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWranglerDev, type WranglerDev } from '../../src/testing/wrangler-dev.node.ts';
import { httpClient } from '../support/runtime.ts';

let worker: WranglerDev;
beforeAll(async () => {
  worker = await startWranglerDev({
    persistTo: mkdtempSync(join(tmpdir(), 'enlace-worker-limits-')),
    vars: {
      SESSION_SECRET: 'worker-session-secret-worker-session-0',
      COOKIE_SECURE: 'false',
      RATE_LIMIT_CONVERSATION: '3/1m',
    },
  });
}, 90_000);
afterAll(async () => {
  await worker?.stop();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

describe('limits on the Worker', () => {
  it('refuses a conversation past its limit with 429 and the localized sentence', {
    timeout: 30_000,
  }, async () => {
    const person = httpClient();
    const send = (n: number, headers: Record<string, string> = {}) =>
      person(`${worker.base}/api/chat/messages`, json({ id: `wl-000000000${n}`, text: 'hola' }, headers));
    for (let n = 1; n <= 3; n++) expect((await send(n)).status).toBe(200);
    const refused = await send(4, { 'accept-language': 'en' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /^We received many messages in a row\./,
    );
    // Another conversation goes on.
    expect(
      (await httpClient()(`${worker.base}/api/chat/messages`, json({ id: 'wl-other-0001', text: 'hola' })))
        .status,
    ).toBe(200);
  });

  it('refuses a web chat body past its limit with 413', { timeout: 30_000 }, async () => {
    const response = await httpClient()(
      `${worker.base}/api/chat/messages`,
      json({ id: 'wl-big-000001', text: 'a'.repeat(100_000) }),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe(
      'Tu mensaje es demasiado largo. Envía un texto más corto, por favor.',
    );
  });

  it('serves the chat and the inbox with their security headers', { timeout: 30_000 }, async () => {
    const chat = await fetch(`${worker.base}/`);
    const chatPolicy = chat.headers.get('content-security-policy') ?? '';
    expect(chatPolicy).toMatch(/script-src 'sha256-/);
    expect(chatPolicy).not.toMatch(/unsafe-inline/);
    const login = await fetch(`${worker.base}/staff/login`);
    expect(login.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(login.headers.get('x-frame-options')).toBe('DENY');
  });
});
