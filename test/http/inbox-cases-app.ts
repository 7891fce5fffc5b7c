/**
 * The inbox cases' tests' server (inbox-cases.test.ts, inbox-case-page.test.ts): the whole app
 * (test/support/server.ts) at a fixed time, with cases the real engine opened: a remains form
 * filled in on the web chat, people who asked for a person in Spanish and English, on the web
 * and on a second channel (Telegram); an admin ("ana", Spanish and Kreyòl) and two agents
 * ("jean", Kreyòl; "mary", English); and the helpers that read a list page.
 */
import { expect } from 'vitest';
import type { Channel } from '../../src/core/ports/channel.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { cookieJar, form, personWrites, STAFF_PASSWORD, testServer } from '../support/server.ts';

/** 22 Nov 2026, 20:05 UTC: 14:05 in Durango's office (America/Monterrey). */
export const QUEUED = Date.UTC(2026, 10, 22, 20, 5);
const SECOND: Channel = { name: 'telegram', choices: 'buttons' };
const hash = hashPassword(STAFF_PASSWORD);

/** A family's remains case, told and sent from the web chat's form (name and place first). */
export const REMAINS_FORM = [
  'mi tio fallecio en phoenix y la familia quiere traerlo a durango',
  'sí',
  'Ramón Gil Ortega',
  'Phoenix, Arizona',
  'el 3 de noviembre',
  'sobrino',
  'Lerdo, Durango',
  'este chat',
  'sí',
] as const;

export async function casesServer() {
  const server = await testServer({
    channels: [SECOND],
    accounts: [
      { name: 'ana', role: 'admin', langs: ['es', 'ht'], hash },
      { name: 'jean', role: 'agent', langs: ['ht'], hash },
      { name: 'mary', role: 'agent', langs: ['en'], hash },
    ],
  });
  const say = (channel: string, chatId: string, texts: readonly string[]) =>
    personWrites(server, channel, chatId, texts);
  server.clock.time = QUEUED;
  const remains = await say('web', 'remains1', REMAINS_FORM);
  const passport = await say('web', 'passport1', [
    'perdí mi pasaporte en Chicago y necesito hablar con una persona del instituto',
  ]);
  const english = await say('web', 'english1', ['I lost my passport in Chicago', 'yes']);
  const elsewhere = await say('telegram', '4242', ['humano']);
  server.clock.time = QUEUED + 7 * 60_000;
  async function signedIn(name = 'ana') {
    const agent = cookieJar(server.app);
    expect((await agent('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
    return agent;
  }
  const folioOf = async (id: string) => (await server.store.getTicket(id))?.folio ?? '';
  return { server, say, signedIn, folioOf, ids: { remains, passport, english, elsewhere } };
}

export const csrfOf = (page: string) => /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
/** The conversations a list page links to, in order. */
export const listed = (page: string) =>
  [...page.matchAll(/<a href="\/staff\/c\/([^"?]+)[^"]*">/g)].map((m) => decodeURIComponent(m[1] ?? ''));
/** One conversation's row of a list page. */
export const rowOf = (page: string, id: string) =>
  new RegExp(
    `<li class="case[^"]*"[^>]*>(?:(?!</li>).)*?${encodeURIComponent(id)}(?:(?!</li>).)*</li>`,
    's',
  ).exec(page)?.[0] ?? '';
