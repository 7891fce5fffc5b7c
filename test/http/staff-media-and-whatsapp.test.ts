/**
 * Files people send while with staff (kept, played or offered for download in the inbox,
 * never run), and the admin page of the WhatsApp connection with its QR and its banner.
 */
import { describe, expect, it } from 'vitest';
import type { ChannelStatus } from '../../src/http/inbox/channel-status.ts';
import { cookieJar, form, STAFF_PASSWORD, testServer } from '../support/server.ts';

type Server = Awaited<ReturnType<typeof testServer>>;

async function signedIn(server: Server, name = 'ana') {
  const agent = cookieJar(server.app);
  expect((await agent('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
  return agent;
}

/** A WhatsApp conversation waiting for staff, as the engine leaves it. */
async function waitingOnWhatsApp(server: Server, chatId: string) {
  const { engine } = server;
  const send = (id: string, text: string) =>
    engine.handle({
      id,
      channel: 'whatsapp',
      chatId,
      name: '<b>Rosa</b> Díaz',
      content: { type: 'text', text },
    });
  await send(`${chatId}-1`, 'hola');
  await send(`${chatId}-2`, 'quiero hablar con una persona');
  return { channel: 'whatsapp', chatId };
}

describe('files in the staff inbox', () => {
  it('keeps a voice note sent while waiting, plays it in the transcript and serves it byte for byte', async () => {
    const server = await testServer();
    const address = await waitingOnWhatsApp(server, '5215550001@c.us');
    const voice = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0, 1, 2, 255]);
    await server.engine.attachMedia(address, {
      kind: 'voice',
      mimetype: 'audio/ogg; codecs=opus',
      data: voice,
    });

    const agent = await signedIn(server);
    const page = await (await agent(`/staff/c/${encodeURIComponent('whatsapp:5215550001@c.us')}`)).text();
    // The display name the channel gave, escaped like everything a person sends.
    expect(page).toContain('<dd>&lt;b&gt;Rosa&lt;/b&gt; Díaz</dd>');
    // On the list, the name and the channel, never the id (it holds the phone number).
    const list = await (await agent('/staff')).text();
    expect(list).toContain(
      '<span class="person">&lt;b&gt;Rosa&lt;/b&gt; Díaz</span> <span class="channel-mark">WhatsApp</span>',
    );
    expect(list).not.toContain('>whatsapp:5215550001@c.us');
    const src = /<audio controls preload="none" src="([^"]+)"/.exec(page)?.[1];
    expect(src).toMatch(/^\/staff\/c\/whatsapp%3A5215550001%40c\.us\/media\/[0-9a-f-]{36}$/);
    const file = await agent(src ?? '');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('audio/ogg; codecs=opus');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(voice);
    // Not for anyone without a session.
    expect((await cookieJar(server.app)(src ?? '')).status).toBe(302);
  });

  it('offers a file that could run code (SVG, HTML) only as a download, never inline', async () => {
    const server = await testServer();
    const address = await waitingOnWhatsApp(server, '5215550002@c.us');
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    await server.engine.attachMedia(address, {
      kind: 'document',
      mimetype: 'image/svg+xml',
      data: svg,
      filename: 'a"b<c>.svg',
    });
    const agent = await signedIn(server);
    const page = await (await agent(`/staff/c/${encodeURIComponent('whatsapp:5215550002@c.us')}`)).text();
    expect(page).not.toContain('<img');
    const href = /<a href="([^"]+\/media\/[^"]+)" download/.exec(page)?.[1] ?? '';
    const file = await agent(href);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="a_b_c_.svg"');
  });

  it('says when a file was too large to keep, and what to do', async () => {
    const server = await testServer();
    const address = await waitingOnWhatsApp(server, '5215550003@c.us');
    await server.engine.attachMedia(address, {
      kind: 'video',
      mimetype: 'video/mp4',
      data: new Uint8Array(17 * 2 ** 20),
    });
    const agent = await signedIn(server);
    const page = await (await agent(`/staff/c/${encodeURIComponent('whatsapp:5215550003@c.us')}`)).text();
    expect(page).toMatch(/\[video\] Archivo de 17\.0 MB: demasiado grande .* Pide a la persona/);
    expect(page).not.toContain('/media/');
  });
});

describe('the WhatsApp page for admins', () => {
  function channel(status: ChannelStatus) {
    return { status: () => status, qrSvg: async (qr: string) => `<svg data-qr="${qr.length}"></svg>` };
  }

  it('shows the QR while pairing, for admins only', async () => {
    const server = await testServer({
      whatsapp: channel({ state: 'pairing', since: Date.UTC(2026, 10, 22, 10, 0, 0), qr: '2@abc,def' }),
    });
    const admin = await signedIn(server);
    const page = await (await admin('/staff/whatsapp')).text();
    expect(page).toContain('esperando que se escanee el código QR');
    expect(page).toContain('<svg data-qr="9"></svg>');
    expect(page).toContain('Dispositivos vinculados');
    const agent = await signedIn(server, 'luis');
    expect((await agent('/staff/whatsapp')).status).toBe(403);
  });

  it('puts a banner on the inbox while WhatsApp is disconnected, with the reason and next attempt on its page', async () => {
    const server = await testServer({
      whatsapp: channel({
        state: 'disconnected',
        since: Date.UTC(2026, 10, 22, 10, 0, 0),
        problem: { code: 'unreachable', detail: 'net::ERR_NAME_NOT_RESOLVED' },
        retryAt: Date.UTC(2026, 10, 22, 10, 0, 30),
      }),
    });
    const admin = await signedIn(server);
    const list = await (await admin('/staff')).text();
    expect(list).toMatch(/<a href="\/staff\/whatsapp">WhatsApp: desconectado\./);
    const page = await (await admin('/staff/whatsapp')).text();
    // The reason in the admin's words (from locales), with the detail the connection gave.
    expect(page).toContain(
      'No se puede llegar a WhatsApp (web.whatsapp.com: net::ERR_NAME_NOT_RESOLVED): revisa la conexión a internet del servidor',
    );
    expect(page).toContain('10:00:30 UTC');
    expect(page).not.toContain('<svg');
  });

  it('shows no banner when connected, and says so when WhatsApp is not on', async () => {
    const on = await testServer({ whatsapp: channel({ state: 'ready', since: 0 }) });
    const list = await (await (await signedIn(on))('/staff')).text();
    expect(list).not.toContain('role="status"'); // no banner
    expect(list).toContain('<a href="/staff/whatsapp">WhatsApp</a>'); // the admin's link in the menu
    expect(await (await (await signedIn(on, 'luis'))('/staff')).text()).not.toContain('/staff/whatsapp');
    const off = await testServer();
    const response = await (await signedIn(off))('/staff/whatsapp');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('WHATSAPP_ENABLED=true');
  });
});
