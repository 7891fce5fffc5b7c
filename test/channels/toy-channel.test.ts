/**
 * A new channel needs no edit anywhere else: a toy channel written here, on the Channel port
 * alone (src/core/ports/channel.ts), is registered in the same composition function the
 * servers use (src/runtime/compose.ts); the app mounts its route, the engine words prompts
 * for how it shows options and delivers every turn's messages through it, staff replies
 * included, and the staff inbox lists its conversations like any other.
 */
import { describe, expect, it } from 'vitest';
import type { Address } from '../../src/core/address.ts';
import type { Outbound } from '../../src/core/messages.ts';
import type { Channel } from '../../src/core/ports/channel.ts';
import { cookieJar, form, STAFF_PASSWORD, testServer } from '../support/server.ts';

/** The toy: people post {"from", "text"} to /toy/messages; replies are kept in `sent`. */
function createToyChannel() {
  const sent: Array<{ address: Address; messages: readonly Outbound[] }> = [];
  let n = 0;
  const channel: Channel = {
    name: 'toy',
    choices: 'numbered',
    async deliver(address, messages) {
      sent.push({ address, messages });
    },
    routes: (conversations) => [
      {
        path: '/toy',
        async fetch(request) {
          const url = new URL(request.url);
          if (request.method !== 'POST' || url.pathname !== '/messages')
            return new Response(null, { status: 404 });
          const { from, text } = (await request.json()) as { from: string; text: string };
          await conversations.handle({
            id: `toy-${++n}`,
            channel: 'toy',
            chatId: from,
            content: { type: 'text', text },
          });
          return new Response(null, { status: 202 });
        },
      },
    ],
  };
  return { channel, sent };
}

const post = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const textsTo = (sent: ReturnType<typeof createToyChannel>['sent'], chatId: string) =>
  sent.filter((s) => s.address.chatId === chatId).flatMap((s) => s.messages.map((m) => m.text));

describe('a channel built on the port alone', () => {
  it('is mounted by the app, answered by the engine through its own deliver, prompts worded for it', async () => {
    const toy = createToyChannel();
    const server = await testServer({ channels: [toy.channel] });
    const response = await server.app.request('/toy/messages', post({ from: 'ana', text: 'hola' }));
    expect(response.status).toBe(202);
    expect(toy.sent[0]?.address).toEqual({ channel: 'toy', chatId: 'ana' });
    const texts = textsTo(toy.sent, 'ana');
    expect(texts[0]).toContain('Hola, soy Enlace');
    // Options are typed as numbers on this channel: the engine's prompt says so.
    expect(texts.join('\n')).toContain(server.i18n.t('es')('menu.prompt_numbered'));
    expect(toy.sent.at(-1)?.messages.at(-1)?.buttons.length).toBeGreaterThan(5);

    // The other routes are still there.
    expect((await server.app.request('/healthz')).status).toBe(200);
    expect(await (await server.app.request('/')).text()).toContain('<html lang="es">');
    expect((await server.app.request('/toy/elsewhere', post({}))).status).toBe(404);
  });

  it('reaches staff, and staff replies from the inbox go out through it', async () => {
    const toy = createToyChannel();
    const server = await testServer({ channels: [toy.channel] });
    await server.app.request('/toy/messages', post({ from: 'luis', text: 'quiero hablar con una persona' }));
    expect((await server.store.getTicket('toy:luis'))?.conversationId).toBe('toy:luis');

    const agent = cookieJar(server.app);
    await agent('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
    const list = await (await agent('/staff')).text();
    // Listed by its link (the row names the person and the channel, not the id).
    expect(list).toContain(`href="/staff/c/${encodeURIComponent('toy:luis')}"`);
    const page = await (await agent(`/staff/c/${encodeURIComponent('toy:luis')}`)).text();
    const csrf = /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
    const before = toy.sent.length;
    await agent(
      `/staff/c/${encodeURIComponent('toy:luis')}/reply`,
      form({ csrf, text: 'Hola Luis, soy Ana.' }),
    );
    const delivered = toy.sent.slice(before).flatMap((s) => s.messages.map((m) => m.text));
    expect(delivered.join('\n')).toContain('Hola Luis, soy Ana.');
  });
});
