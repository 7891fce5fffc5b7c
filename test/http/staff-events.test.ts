/**
 * /staff/events re-checks its right at every event: an open stream stops delivering once its
 * session ends (a disabled account, signing out), a role changed in the accounts applies to
 * streams already open, and a viewer hears only that the figures changed, never a
 * conversation id (a WhatsApp one is a phone number) nor its urgency.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { StaffAccount } from '../../src/staff/accounts.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { cookieJar, form, STAFF_PASSWORD, testServer } from '../support/server.ts';

const hash = hashPassword(STAFF_PASSWORD);
const PHONE = 'whatsapp:5215550001234';
const urgent = { kind: 'queued' as const, conversationId: PHONE, urgent: true };

let server: Awaited<ReturnType<typeof testServer>>;
let accounts: StaffAccount[];
beforeEach(async () => {
  accounts = [
    { name: 'ana', role: 'admin', langs: ['es'], hash },
    { name: 'luis', role: 'agent', langs: ['es'], hash },
    { name: 'vera', role: 'viewer', langs: ['es'], hash },
  ];
  server = await testServer({ accounts });
});

async function signedIn(name: string) {
  const staff = cookieJar(server.app);
  expect((await staff('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
  return staff;
}

/** An open stream, read as text: `until` reads until the text matches or the stream ends. */
async function openStream(staff: ReturnType<typeof cookieJar>) {
  const response = await staff('/staff/events');
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('the events stream has no body');
  let text = '';
  let ended = false;
  const until = async (pattern: RegExp) => {
    while (!ended && !pattern.test(text)) {
      const chunk = await reader.read();
      if (chunk.done) ended = true;
      else text += chunk.value;
    }
    return text;
  };
  return { until, ended: () => ended, close: () => reader.cancel() };
}

const csrfOf = (page: string) => /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';

describe('live updates re-check their right', () => {
  it('an agent hears the conversation; once the account is disabled the stream ends unheard', async () => {
    const stream = await openStream(await signedIn('luis'));
    server.events.emit(urgent);
    expect(await stream.until(/5215550001234/)).toContain('"urgent":true');

    const admin = await signedIn('ana');
    const csrf = csrfOf(await (await admin('/staff/accounts')).text());
    expect((await admin('/staff/accounts/disable', form({ csrf, name: 'luis' }))).status).toBe(302);
    server.events.emit({ ...urgent, conversationId: 'whatsapp:5215550009999' });
    const heard = await stream.until(/5215550009999/);
    expect(stream.ended()).toBe(true);
    expect(heard).not.toContain('5215550009999');
  });

  it('signing out ends the stream before the next event', async () => {
    const luis = await signedIn('luis');
    const stream = await openStream(luis);
    const csrf = csrfOf(await (await luis('/staff')).text());
    expect((await luis('/staff/logout', form({ csrf }))).status).toBe(302);
    server.events.emit(urgent);
    expect(await stream.until(/5215550001234/)).not.toContain('5215550001234');
    expect(stream.ended()).toBe(true);
  });

  it('a viewer is told only that the figures changed', async () => {
    const stream = await openStream(await signedIn('vera'));
    server.events.emit(urgent);
    server.events.emit({ kind: 'message', conversationId: 'telegram:99887766' });
    const heard = await stream.until(/figures/);
    stream.close();
    expect(heard).toContain('data: {"kind":"figures"}');
    expect(heard).not.toMatch(/conversationId|urgent|5215550001234|99887766/);
  });

  it('a role changed while the stream is open applies to the next event', async () => {
    const stream = await openStream(await signedIn('luis'));
    const luis = accounts.find((a) => a.name === 'luis') as StaffAccount;
    luis.role = 'viewer';
    server.events.emit(urgent);
    const heard = await stream.until(/figures|5215550001234/);
    stream.close();
    expect(heard).toContain('"kind":"figures"');
    expect(heard).not.toContain('5215550001234');
  });
});
