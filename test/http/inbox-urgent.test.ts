/**
 * Urgent cases in the inbox through app.request, on tickets the real engine opened (issue 30,
 * item 4): under a flood of 200 one-message urgent web chats, one real Telegram emergency is
 * the first row of the first page and the flood is one row below it, with its counts; a fake
 * that writes again leaves the fold; the row and the case page show the kind in words, the
 * place with its map link and the latest lines; an urgent case nobody takes is re-alerted
 * (a live event that rings, "alerted again ×N, waiting M min" on the row) until someone takes it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/ports/channel.ts';
import type { InboxEvent } from '../../src/core/ports/staff-desk.ts';
import { cookieJar, form, personWrites, STAFF_PASSWORD, testServer } from '../support/server.ts';
import { DANGERS } from '../support/urgent.ts';

const TELEGRAM: Channel = { name: 'telegram', choices: 'buttons' };
const MINUTE = 60_000;
const REAL = 'telegram:777';

let server: Awaited<ReturnType<typeof testServer>>;
const events: InboxEvent[] = [];

/** The conversations a list page links to, in order (rows inside a folded burst too). */
const listed = (page: string) =>
  [...page.matchAll(/<a href="\/staff\/c\/([^"?]+)[^"]*">/g)].map((m) => decodeURIComponent(m[1] ?? ''));
/** The top-level rows' conversations, in order: what is outside a folded burst. */
const outsideFold = (page: string) => listed(page.replace(/<details[\s\S]*?<\/details>/g, ''));
const rowOf = (page: string, id: string) =>
  new RegExp(
    `<li class="case[^"]*"[^>]*>(?:(?!</li>).)*?${encodeURIComponent(id)}(?:(?!</li>).)*</li>`,
    's',
  ).exec(page)?.[0] ?? '';

async function signedIn() {
  const agent = cookieJar(server.app);
  expect((await agent('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }))).status).toBe(302);
  return agent;
}

beforeAll(async () => {
  server = await testServer({ channels: [TELEGRAM], urgentRealertMs: 3 * MINUTE });
  server.events.subscribe((event) => events.push(event));
  // 200 urgent web chats, one message each, a second apart; a real emergency on Telegram halfway.
  for (let i = 0; i < 200; i++) {
    server.clock.time += 1_000;
    await personWrites(server, 'web', `fake${i}`, [DANGERS[i % DANGERS.length] ?? '']);
    if (i === 100)
      await personWrites(server, 'telegram', '777', [
        'nos tienen secuestrados en una casa en reynosa ayuda',
        'somos cinco y hay niños',
      ]);
  }
  await personWrites(server, 'web', 'asked', ['quiero hablar con una persona sobre mi pasaporte']);
}, 120_000);

describe('the urgent list under a flood', () => {
  it('shows the real emergency first on the first page and folds the flood into one row below it', async () => {
    const page = await (await (await signedIn())('/staff')).text();
    expect(outsideFold(page)).toEqual([REAL, 'web:asked']);
    expect(listed(page)[0]).toBe(REAL);
    expect(page).toContain(
      '200 chats web urgentes abiertos en 4 min sin nada escrito después: posible avalancha',
    );
    expect(page).toContain('Página 1 de 1 · 202 casos');
    expect(page).toContain('Urgentes reales arriba: 1 · en posible avalancha: 200');
    // The fold shows its newest 50 and links to the rest, unfolded.
    const fold = /<details id="flood-[\s\S]*?<\/details>/.exec(page)?.[0] ?? '';
    expect(listed(fold)).toHaveLength(50);
    expect(listed(fold)[0]).toBe('web:fake199');
    expect(fold).toContain('href="/staff?f=unassigned&amp;flood=open"');
  });

  it('lists every case unfolded, 25 a page, newest urgent first', async () => {
    const agent = await signedIn();
    const first = await (await agent('/staff?f=unassigned&flood=open')).text();
    expect(listed(first)).toHaveLength(25);
    expect(listed(first)[0]).toBe('web:fake199');
    expect(first).toContain('Página 1 de 9 · 202 casos');
    expect(first).toContain('href="/staff?f=unassigned&amp;flood=open&amp;p=2"');
    const last = await (await agent('/staff?f=unassigned&flood=open&p=9')).text();
    expect(listed(last).at(-1)).toBe('web:asked');
  });

  it('takes a fake out of the fold when its person writes again', async () => {
    server.clock.time += 1_000;
    await server.engine.handle({
      id: 'fake150-again',
      channel: 'web',
      chatId: 'fake150',
      content: { type: 'text', text: 'estoy escondida en un baño de la central' },
    });
    const page = await (await (await signedIn())('/staff')).text();
    expect(outsideFold(page)).toEqual(['web:fake150', REAL, 'web:asked']);
    expect(page).toContain('199 chats web urgentes abiertos en 4 min');
  });
});

describe('what an urgent case shows', () => {
  it('its kind, its place with a map link and the latest lines, on the row and on its page', async () => {
    // She says where she is: the flow keeps it on the ticket.
    await server.engine.handle({
      id: 'real-place',
      channel: 'telegram',
      chatId: '777',
      content: { type: 'text', text: 'estoy en Reynosa, una casa azul junto a la gasolinera' },
    });
    const agent = await signedIn();
    const row = rowOf(await (await agent('/staff')).text(), REAL);
    expect(row).toContain('secuestro');
    expect(row).toContain(
      '<span class="place-text">estoy en Reynosa, una casa azul junto a la gasolinera</span>',
    );
    expect(row).toContain(
      'href="https://www.openstreetmap.org/search?query=estoy%20en%20Reynosa%2C%20una%20casa%20azul%20junto%20a%20la%20gasolinera"',
    );
    expect(row).toContain(
      '<q>nos tienen secuestrados en una casa en reynosa ayuda</q><q>somos cinco y hay niños</q><q>estoy en Reynosa, una casa azul junto a la gasolinera</q>',
    );
    const page = await (await agent(`/staff/c/${encodeURIComponent(REAL)}`)).text();
    expect(page).toMatch(/<dt>Emergencia<\/dt><dd>secuestro<\/dd>/);
    expect(page).toContain('openstreetmap.org/search?query=estoy%20en%20Reynosa');
    expect(page).toContain('<q>somos cinco y hay niños</q>');
  });

  it('is re-alerted while nobody takes it: a live event that rings, and the count on its row', async () => {
    const agent = await signedIn();
    const realerts = () => events.filter((e) => e.kind === 'realert' && e.conversationId === REAL);
    const since = (await server.store.getTicket(REAL))?.since ?? 0;
    server.clock.time = since + 3 * MINUTE;
    await server.engine.sweep();
    expect(realerts()).toEqual([{ kind: 'realert', conversationId: REAL, urgent: true }]);
    expect(rowOf(await (await agent('/staff')).text(), REAL)).toContain(
      'Alertada de nuevo ×1, esperando 3 min',
    );
    server.clock.time = since + 6 * MINUTE;
    await server.engine.sweep();
    expect(realerts()).toHaveLength(2);
    const page = await (await agent(`/staff/c/${encodeURIComponent(REAL)}`)).text();
    expect(page).toContain('Alertada de nuevo ×2, esperando 6 min');

    const csrf = /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
    await agent(`/staff/c/${encodeURIComponent(REAL)}/claim`, form({ csrf }));
    expect((await server.store.getTicket(REAL))?.assignee).toBe('ana');
    server.clock.time = since + 12 * MINUTE;
    await server.engine.sweep();
    expect(realerts()).toHaveLength(2);
    expect(rowOf(await (await agent('/staff?f=mine')).text(), REAL)).not.toContain('Alertada de nuevo');
  });
});
