/**
 * `WHATSAPP_ENABLED=true npm start`: the real Client in Debian's Chromium. WhatsApp Web must
 * not load here, with internet or without: the Chromium it is given is Debian's behind a
 * wrapper that resolves no host name. So instead of a QR code the server reports, in its log
 * (in English, for the operator) and at /staff/whatsapp (in the admin's language), that it
 * cannot reach WhatsApp and when it tries again; the web chat keeps working, and SIGTERM
 * leaves no Chromium behind. (The QR path itself is covered with the library's Client in
 * test/channels/whatsapp-connection.test.ts and the page test.)
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.ts';
import { httpClient, startServer } from '../support/runtime.ts';

const chromiumOn = (dir: string) => {
  try {
    return execFileSync('pgrep', ['-f', dir], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
};

describe('npm start with WhatsApp', () => {
  it('says at /staff/whatsapp and in its log that WhatsApp cannot be reached, keeps serving, and stops cleanly', {
    timeout: 90_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'enlace-wa-start-'));
    const staffFile = join(dir, 'staff.json');
    writeFileSync(
      staffFile,
      JSON.stringify({
        accounts: [{ name: 'ana', role: 'admin', langs: ['es'], hash: hashPassword('una clave larga') }],
      }),
    );
    // Debian's Chromium, told that no host name resolves (and to use no proxy that would).
    const chromium = join(dir, 'chromium');
    writeFileSync(
      chromium,
      `#!/bin/sh\nexec ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} '--host-resolver-rules=MAP * ~NOTFOUND' --no-proxy-server "$@"\n`,
    );
    chmodSync(chromium, 0o755);
    const server = await startServer({
      WHATSAPP_ENABLED: 'true',
      WHATSAPP_CHROMIUM_PATH: chromium,
      WHATSAPP_DATA_DIR: join(dir, 'wa'),
      STAFF_FILE: staffFile,
      SESSION_SECRET: 'whatsapp-start-secret-whatsapp-start-0',
    });
    try {
      const admin = httpClient();
      await admin(`${server.base}/staff/login`, {
        method: 'POST',
        body: new URLSearchParams({ name: 'ana', password: 'una clave larga' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      let page = '';
      const until = Date.now() + 30_000;
      while (!page.includes('desconectado') && Date.now() < until) {
        page = await (await admin(`${server.base}/staff/whatsapp`)).text();
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(page).toContain('desconectado');
      expect(page).toMatch(
        /No se puede llegar a WhatsApp \(web\.whatsapp\.com: net::ERR_[A-Z_]+\): revisa la conexión/,
      );
      expect(page).toMatch(/Próximo intento<\/dt><dd>\d\d:\d\d:\d\d UTC/);
      expect(await (await admin(`${server.base}/staff`)).text()).toContain('href="/staff/whatsapp"');
      expect(server.output()).toMatch(/cannot reach WhatsApp/);

      const chat = await httpClient()(`${server.base}/api/chat/messages`, {
        method: 'POST',
        body: JSON.stringify({ id: 'wa-start-001', text: 'hola' }),
        headers: { 'content-type': 'application/json' },
      });
      expect(chat.status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => server.process.once('exit', resolve));
      server.process.kill('SIGTERM');
      await exited;
    }
    expect(chromiumOn(join(dir, 'wa'))).toBe('');
  });
});
