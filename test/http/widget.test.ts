/**
 * widget.js frames the chat's own address, never one a request names: `npm start` with
 * PUBLIC_URL, asked over real HTTP with a forged Host header, answers a script that frames
 * PUBLIC_URL; without PUBLIC_URL the script reads its address in the browser from its own
 * `src` (what that gives in Chromium: test/browser/widget.browser.test.ts) and names no host.
 * Either way the script is the same for every request, so it is cached an hour like chat.js.
 * PUBLIC_URL is an https:// address (http:// only for localhost).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/runtime/config.node.ts';
import { readWorkerConfig } from '../../src/runtime/worker-config.ts';
import { startServer } from '../support/runtime.ts';
import { testServer } from '../support/server.ts';

const FORGED = 'evil.example';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({
    SESSION_SECRET: 'widget-test-secret-widget-test-secret-00',
    STAFF_FILE: '/nonexistent/staff.json',
    PUBLIC_URL: 'https://chat.office.example',
  });
}, 90_000);
afterAll(() => server?.process.kill('SIGTERM'));

/** GET over a real connection with the Host header given (fetch may not set one). */
function getWithHost(url: string, host: string): Promise<{ body: string; cacheControl: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ body, cacheControl: response.headers['cache-control'] ?? '' }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('widget.js', () => {
  it('frames PUBLIC_URL whatever Host the request names, and may be cached', async () => {
    const { body, cacheControl } = await getWithHost(`${server.base}/widget.js`, FORGED);
    expect(body).not.toContain(FORGED);
    expect(body).toContain('const src="https://chat.office.example/"');
    expect(body).toContain('f.src=src');
    expect(cacheControl).toBe('public, max-age=3600');
  });

  it('without PUBLIC_URL, names no host: the browser reads the address from the script’s own src', async () => {
    const { app } = await testServer();
    const response = await app.request(`http://${FORGED}/widget.js`, { headers: { host: FORGED } });
    const body = await response.text();
    expect(body).not.toContain(FORGED);
    expect(body).toContain("new URL('./',me.src)");
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
  });
});

describe('PUBLIC_URL', () => {
  it('takes an https:// address (http:// for localhost), kept with a trailing slash, on Node and Workers', () => {
    expect(readConfig({ PUBLIC_URL: 'https://Chat.Office.example' }).PUBLIC_URL).toBe(
      'https://chat.office.example/',
    );
    expect(readConfig({ PUBLIC_URL: 'https://office.example/chat' }).PUBLIC_URL).toBe(
      'https://office.example/chat/',
    );
    expect(readConfig({ PUBLIC_URL: 'http://localhost:3000' }).PUBLIC_URL).toBe('http://localhost:3000/');
    expect(readConfig({}).PUBLIC_URL).toBeUndefined();
    const worker = readWorkerConfig({
      SESSION_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://chat.office.example',
    });
    expect(worker.PUBLIC_URL).toBe('https://chat.office.example/');
  });

  it.each([
    ['http://chat.office.example', /http:\/\/ only for localhost/],
    ['https://chat.office.example/?x=1', /without a user, a \?query or a #fragment/],
    ['javascript:alert(1)', /PUBLIC_URL: the address people reach the web chat at/],
    ['chat.office.example', /PUBLIC_URL: the address people reach the web chat at/],
  ])('refuses %s, saying what it expects', (value, message) => {
    expect(() => readConfig({ PUBLIC_URL: value })).toThrow(message);
  });
});
