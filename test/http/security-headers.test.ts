/**
 * The security headers over HTTP (Hono's app.request): every response, pages, files, APIs and
 * errors alike, carries a Content-Security-Policy with no 'unsafe-inline' and the usual
 * headers; each page's inline scripts and styles are exactly the ones its policy allows by
 * hash, with no event handler or style attribute in the markup; the inbox can never be framed
 * and the web chat only by its own origin or the sites in WEB_CHAT_FRAME_ANCESTORS; HSTS only
 * when asked (COOKIE_SECURE); the media route keeps its own sandbox; a staff POST that is not
 * a plain form is a 415, not the 500 the fuzz tests found.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineScript } from '../../src/core/inline-assets.ts';
import { parseFrameAncestors } from '../../src/http/security/frame-ancestors.ts';
import { hashSource } from '../../src/http/security/headers.ts';
import { readConfig } from '../../src/runtime/config.node.ts';
import { readWorkerConfig } from '../../src/runtime/worker-config.ts';
import { cookieJar, form, json, STAFF_PASSWORD, testServer } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof testServer>>;
type Client = ReturnType<typeof cookieJar>;
let server: Server;
let agent: Client;
let conversation = '';

const csrfOf = (page: string) => /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';

/** The policy as directive → sources. */
function policyOf(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

beforeAll(async () => {
  server = await testServer();
  const person = cookieJar(server.app);
  await person('/api/chat/messages', json({ id: 'sec-0000001', text: 'hola' }));
  await person('/api/chat/messages', json({ id: 'sec-0000002', text: 'quiero hablar con una persona' }));
  await person('/api/chat/messages', json({ id: 'sec-0000003', text: 'sí' }));
  conversation = (await server.store.listTickets())[0]?.conversationId ?? '';
  expect(conversation).toMatch(/^web:/);
  agent = cookieJar(server.app);
  await agent('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
});

/** Every kind of response: pages, scripts, JSON, redirects and errors, signed out and in. */
async function everyResponse(): Promise<Array<[string, Response]>> {
  const anonymous = cookieJar(server.app);
  const c = encodeURIComponent(conversation);
  return [
    ['GET /', await anonymous('/')],
    ['GET /?lang=ht', await anonymous('/?lang=ht')],
    ['GET /chat.js', await anonymous('/chat.js')],
    ['GET /widget.js', await anonymous('/widget.js')],
    ['GET /api/chat/history', await anonymous('/api/chat/history')],
    ['POST /api/chat/messages (400)', await anonymous('/api/chat/messages', json({ nope: 1 }))],
    ['GET /healthz', await anonymous('/healthz')],
    ['GET /metrics', await anonymous('/metrics')],
    ['GET /no/such/page (404)', await anonymous('/no/such/page')],
    ['GET /staff (redirect)', await anonymous('/staff')],
    ['GET /staff/login', await anonymous('/staff/login')],
    ['POST /staff/login (401)', await anonymous('/staff/login', form({ name: 'ana', password: 'x' }))],
    [
      'POST /staff/login cross-site (403)',
      await anonymous('/staff/login', {
        ...form({ name: 'a' }),
        headers: { ...form({}).headers, origin: 'https://evil.example' },
      }),
    ],
    ['GET /staff (signed in)', await agent('/staff')],
    ['GET /staff?f=closed', await agent('/staff?f=closed')],
    ['GET /staff/c/:id', await agent(`/staff/c/${c}`)],
    ['GET /staff/c/unknown (404)', await agent('/staff/c/web%3Anobody')],
    ['GET /staff/canned', await agent('/staff/canned')],
    ['GET /staff/accounts', await agent('/staff/accounts')],
    ['GET /staff/audit', await agent('/staff/audit')],
    ['GET /staff/no-such-page (to the list)', await agent('/staff/no-such-page')],
  ];
}

describe('security headers', () => {
  it('puts a strict policy and the usual headers on every response, errors included', async () => {
    for (const [what, response] of await everyResponse()) {
      const policy = policyOf(response);
      const header = response.headers.get('content-security-policy') ?? '';
      expect(header, what).not.toBe('');
      expect(header, what).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*\s|data:/);
      expect(policy.get('default-src'), what).toEqual(["'none'"]);
      expect(policy.get('base-uri'), what).toEqual(["'none'"]);
      expect(policy.get('object-src'), what).toEqual(["'none'"]);
      expect(policy.get('form-action'), what).toEqual(["'self'"]);
      for (const source of policy.get('script-src') ?? []) expect(source, what).toMatch(/^'sha256-/);
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
      // No HTTPS here (COOKIE_SECURE off): no HSTS, which would lock a plain-HTTP host out.
      expect(response.headers.get('strict-transport-security'), what).toBeNull();
    }
  });

  it('never lets the inbox be framed, and the chat only by its own origin by default', async () => {
    for (const [what, response] of await everyResponse()) {
      const staff = what.includes('/staff');
      expect(policyOf(response).get('frame-ancestors'), what).toEqual(staff ? ["'none'"] : ["'self'"]);
      expect(response.headers.get('x-frame-options'), what).toBe(staff ? 'DENY' : 'SAMEORIGIN');
    }
  });

  it("allows each page's own inline scripts and styles by hash, and nothing in the markup", async () => {
    const pages = (await everyResponse()).filter(([, r]) =>
      r.headers.get('content-type')?.startsWith('text/html'),
    );
    expect(pages.length).toBeGreaterThanOrEqual(7);
    const chatScripts = policyOf(pages[0]?.[1] as Response).get('script-src') ?? [];
    for (const [what, response] of pages) {
      const html = await response.text();
      const policy = policyOf(response);
      const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      const styles = [...html.matchAll(/<style([^>]*)>([\s\S]*?)<\/style>/g)];
      expect(styles.length, what).toBeGreaterThan(0);
      for (const [, attributes, code = ''] of scripts) {
        expect(attributes, `${what}: a script from a file`).toBe('');
        expect(policy.get('script-src'), what).toContain(await hashSource(code));
      }
      for (const [, , css = ''] of styles)
        expect(policy.get('style-src'), what).toContain(await hashSource(css));
      // Handlers and style attributes would need 'unsafe-inline' / 'unsafe-hashes'.
      expect(html, what).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html, what).not.toMatch(/<[^>]+\sstyle\s*=/i);
      // The inbox's policy does not carry the chat's script, nor the other way round.
      if (what.includes('/staff'))
        for (const s of chatScripts) expect(policy.get('script-src'), what).not.toContain(s);
    }
    const chat = await (await server.app.request('/')).text();
    expect(chat).toMatch(/<script>[\s\S]*getElementById\('enlace'\)/);
    const list = await (await agent('/staff')).text();
    expect(list).toMatch(/<script>[\s\S]*EventSource/);
  });

  it('lets the sites in WEB_CHAT_FRAME_ANCESTORS frame the chat, never the inbox, and sends HSTS when asked', async () => {
    const office = await testServer({
      security: {
        hsts: true,
        webChatFrameAncestors:
          parseFrameAncestors('https://www.office.example, https://*.office.example') ?? [],
      },
    });
    const chat = await office.app.request('/');
    expect(policyOf(chat).get('frame-ancestors')).toEqual([
      "'self'",
      'https://www.office.example',
      'https://*.office.example',
    ]);
    // X-Frame-Options cannot name other sites; frame-ancestors speaks alone.
    expect(chat.headers.get('x-frame-options')).toBeNull();
    const login = await office.app.request('/staff/login');
    expect(policyOf(login).get('frame-ancestors')).toEqual(["'none'"]);
    expect(login.headers.get('x-frame-options')).toBe('DENY');
    for (const response of [chat, login, await office.app.request('/healthz')])
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
  });

  it('keeps the sandbox the media route sets for a file a person sent', async () => {
    const id = await server.store.saveMedia(conversation, {
      mimetype: 'image/png',
      data: new Uint8Array([137, 80, 78, 71]),
    });
    const response = await agent(`/staff/c/${encodeURIComponent(conversation)}/media/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses a staff POST that is not a plain form with 415, before reading it (it was a 500)', async () => {
    const multipart = { 'content-type': 'multipart/form-data; boundary=x', origin: 'http://localhost' };
    const login = await cookieJar(server.app)('/staff/login', {
      method: 'POST',
      body: 'junk',
      headers: multipart,
    });
    expect(login.status).toBe(415);
    expect(await login.text()).toMatch(/application\/x-www-form-urlencoded/);
    const page = await (await agent(`/staff/c/${encodeURIComponent(conversation)}`)).text();
    const reply = await agent(`/staff/c/${encodeURIComponent(conversation)}/reply`, {
      method: 'POST',
      body: `--x\r\ncontent-disposition: form-data; name="csrf"\r\n\r\n${csrfOf(page)}\r\n--`,
      headers: multipart,
    });
    expect(reply.status).toBe(415);
    // The one upload takes multipart, and a body that does not parse is refused, never a 500.
    const upload = await agent('/staff/reviews/import', { method: 'POST', body: 'junk', headers: multipart });
    expect(upload.status).toBe(403);
  });
});

describe('WEB_CHAT_FRAME_ANCESTORS', () => {
  it('reads origins separated by spaces or commas, with self always first', () => {
    expect(parseFrameAncestors('self')).toEqual(["'self'"]);
    expect(parseFrameAncestors('')).toEqual(["'self'"]);
    expect(parseFrameAncestors('https://Office.example/ http://localhost:8080')).toEqual([
      "'self'",
      'https://office.example',
      'http://localhost:8080',
    ]);
    expect(parseFrameAncestors('*')).toEqual(["'self'", '*']);
  });

  it('refuses anything that is not an origin, naming the setting on both servers', () => {
    for (const bad of [
      "https://a.example 'unsafe-inline'",
      'javascript:alert(1)',
      'https://a.example/path',
      'a.example;',
    ])
      expect(parseFrameAncestors(bad), bad).toBeNull();
    expect(() => readConfig({ WEB_CHAT_FRAME_ANCESTORS: 'https://a.example; script-src *' })).toThrow(
      /WEB_CHAT_FRAME_ANCESTORS: origins separated by spaces/,
    );
    expect(() =>
      readWorkerConfig({ SESSION_SECRET: 'x'.repeat(32), WEB_CHAT_FRAME_ANCESTORS: 'data:' }),
    ).toThrow(/WEB_CHAT_FRAME_ANCESTORS/);
    expect(readConfig({}).WEB_CHAT_FRAME_ANCESTORS).toEqual(["'self'"]);
  });
});

describe('inline blocks', () => {
  it('refuses a block that would end its own element early', () => {
    expect(() => inlineScript('web-chat', 'x = "</SCRIPT><script>alert(1)"')).toThrow(/must not contain/);
  });
});
