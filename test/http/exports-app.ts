/**
 * The whole app for the exports' tests: the office's name with the Monterrey time zone, the
 * admin "ana", the agent "luis" and the viewer "vera", a clock set where a test needs it;
 * and readers for the CSV files as sent (their bytes, BOM included).
 */
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import type { ConversationSummary } from '../../src/core/ports/activity-store.ts';
import type { ExportOffice } from '../../src/http/inbox/inbox-options.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { sharedKnowledge } from '../support/assistant.ts';
import { cookieJar, form, STAFF_PASSWORD, testServer } from '../support/server.ts';

export const ZONE = 'America/Monterrey';
export const at = (iso: string) => Date.parse(iso);
const hash = hashPassword(STAFF_PASSWORD);

export async function exportServer(now: string) {
  const { knowledge } = await sharedKnowledge();
  const office: ExportOffice = { name: knowledge.office.name, timeZone: ZONE };
  const inbox: NonNullable<NonNullable<Parameters<typeof testServer>[0]>['inbox']> & {
    office: ExportOffice;
  } = {
    office,
  };
  const server = await testServer({
    inbox,
    accounts: [
      { name: 'ana', role: 'admin', langs: ['es'], hash },
      { name: 'luis', role: 'agent', langs: ['es'], hash },
      { name: 'vera', role: 'viewer', langs: ['es'], hash },
    ],
  });
  server.clock.time = at(now);
  const as = async (name: string) => {
    const browse = cookieJar(server.app);
    await browse('/staff/login', form({ name, password: STAFF_PASSWORD }));
    return browse;
  };
  return { ...server, as, office };
}

/** The file as sent: its bytes start with the UTF-8 BOM (Response.text() would drop it). */
export const csvOf = async (response: Response) => {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1);
};
export const rowsOf = async (response: Response) => parse(await csvOf(response)) as string[][];

export const summary = (s: Partial<ConversationSummary> & Pick<ConversationSummary, 'conversationId'>) => ({
  channel: 'web',
  lang: 'es' as const,
  firstAt: at('2026-03-10T18:00:00Z'),
  lastAt: at('2026-03-10T18:05:00Z'),
  turns: 1,
  topics: [],
  facets: [],
  missed: 0,
  notHelped: 0,
  danger: 'none' as const,
  ...s,
});
