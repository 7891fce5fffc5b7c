/**
 * The inbox's order under a flood (src/staff/urgent-list.ts), rule by rule: urgent above the
 * rest, real urgent cases newest first, a burst of one-message web emergencies folded into
 * one row below them, what makes a ticket real, what is too small or too spread out to fold,
 * and pages of 25 rows.
 */
import { describe, expect, it } from 'vitest';
import type { HandoffTicket } from '../../src/core/ticket.ts';
import { arrangeQueue, FLOOD_RULE, PAGE_SIZE, pageOf, unproven } from '../../src/staff/urgent-list.ts';

const T0 = Date.UTC(2026, 10, 23, 15);
const SECOND = 1_000;

function ticket(id: string, since: number, more: Partial<HandoffTicket> = {}): HandoffTicket {
  return {
    conversationId: id,
    lang: 'es',
    reason: 'emergency',
    urgent: true,
    topic: 'emergency',
    since,
    written: 1,
    ...more,
  };
}
/** `n` one-message urgent web chats, one every `every` ms from `from`. */
const fakes = (n: number, from: number, every = SECOND, prefix = 'f') =>
  Array.from({ length: n }, (_, i) => ticket(`web:${prefix}${i}`, from + i * every));
const ids = (rows: ReturnType<typeof arrangeQueue<HandoffTicket>>['rows']) =>
  rows.map((r) => (r.kind === 'case' ? r.ticket.conversationId : `flood(${r.burst.tickets.length})`));

describe('what is real', () => {
  it('a one-message urgent web chat with no place, no case and nobody on it is unproven', () => {
    expect(unproven(ticket('web:a', T0))).toBe(true);
    expect(unproven(ticket('web:a', T0, { written: 0 }))).toBe(true); // the danger button, nothing typed
  });
  it('writing again, a place told after the opening, another channel, a case or a staff member makes it real', () => {
    expect(unproven(ticket('web:a', T0, { written: 2 }))).toBe(false);
    expect(unproven(ticket('web:a', T0, { place: { text: 'Sásabe', at: T0 + 60 * SECOND } }))).toBe(false);
    // A place typed in the opening message proves nothing a script cannot type.
    expect(unproven(ticket('web:a', T0, { place: { text: 'Sásabe', at: T0 } }))).toBe(true);
    expect(unproven(ticket('telegram:1', T0))).toBe(false);
    expect(unproven(ticket('whatsapp:521', T0))).toBe(false);
    expect(unproven(ticket('web:a', T0, { assignee: 'ana' }))).toBe(false);
    expect(unproven(ticket('web:a', T0, { case: { form: 'missing', answers: {} } }))).toBe(false);
    expect(unproven(ticket('web:a', T0, { urgent: false }))).toBe(false);
  });
});

describe('the order of the open cases', () => {
  it('200 fake urgent web chats and one real Telegram emergency: the real one is the first row of the first page', () => {
    const real = ticket('telegram:77', T0 + 60 * SECOND, { lines: ['nos tienen encerrados'] });
    const normal = { ...ticket('web:asked', T0 - 3_600_000), urgent: false, reason: 'asked' as const };
    // The flood opens over 200 seconds, the real one in the middle of it, and the list comes oldest first.
    const all = [...fakes(200, T0), real, normal].sort(
      (a, b) => Number(b.urgent) - Number(a.urgent) || a.since - b.since,
    );
    const arranged = arrangeQueue(all);
    expect(ids(arranged.rows)).toEqual(['telegram:77', 'flood(200)', 'web:asked']);
    expect(arranged).toMatchObject({ realUrgent: 1, folded: 200 });
    const first = pageOf(arranged.rows, 1);
    expect(first).toMatchObject({ page: 1, pages: 1 });
    expect(first.rows[0]).toEqual({ kind: 'case', ticket: real });
    const flood = arranged.rows[1];
    expect(flood?.kind === 'flood' && flood.burst).toMatchObject({ from: T0, to: T0 + 199 * SECOND });
    expect(flood?.kind === 'flood' && flood.burst.tickets[0]?.conversationId).toBe('web:f199'); // newest first
  });

  it('real urgent cases come newest first, above folded bursts, above every other case', () => {
    const rows = arrangeQueue([
      { ...ticket('web:old-normal', T0 - 9_999_999), urgent: false },
      ticket('telegram:early', T0),
      ticket('web:wrote-twice', T0 + 30 * SECOND, { written: 2 }),
      ...fakes(6, T0 + 10 * SECOND, 20 * SECOND),
      ticket('whatsapp:late', T0 + 500 * SECOND),
    ]).rows;
    expect(ids(rows)).toEqual([
      'whatsapp:late',
      'web:wrote-twice',
      'telegram:early',
      'flood(6)',
      'web:old-normal',
    ]);
  });

  it('folds only a burst: fewer than five, or opened more than three minutes apart, stay as rows', () => {
    expect(FLOOD_RULE).toEqual({ minBurst: 5, gapMs: 180_000 });
    expect(ids(arrangeQueue(fakes(4, T0)).rows)).toEqual(['web:f3', 'web:f2', 'web:f1', 'web:f0']);
    expect(ids(arrangeQueue(fakes(5, T0, 180_000)).rows)).toEqual(['flood(5)']);
    expect(ids(arrangeQueue(fakes(5, T0, 180_001)).rows)).toHaveLength(5);
    // Two bursts an hour apart are two rows, the newer first; a lone one between them is a row of its own.
    const rows = arrangeQueue([
      ...fakes(7, T0, SECOND, 'a'),
      ticket('web:lone', T0 + 1_800_000),
      ...fakes(9, T0 + 3_600_000, SECOND, 'b'),
    ]).rows;
    expect(ids(rows)).toEqual(['web:lone', 'flood(9)', 'flood(7)']);
  });

  it('lists every ticket as its own row when unfolded', () => {
    const arranged = arrangeQueue(fakes(30, T0), { fold: false });
    expect(arranged.rows).toHaveLength(30);
    expect(arranged.folded).toBe(0);
  });
});

describe('pages', () => {
  it(`holds ${PAGE_SIZE} rows a page, a folded burst counting as one`, () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...ticket(`telegram:${i}`, T0 + i * 600_000),
      urgent: false,
    }));
    const rows = arrangeQueue([...many, ...fakes(100, T0)]).rows;
    expect(rows).toHaveLength(61);
    expect(pageOf(rows, 1)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(rows, 1).rows[0]?.kind).toBe('flood');
    expect(pageOf(rows, 3).rows).toHaveLength(11);
    // A page past the end, or no number at all, still shows a page.
    expect(pageOf(rows, 99).page).toBe(3);
    expect(pageOf(rows, Number.NaN).page).toBe(1);
    expect(pageOf([], 1)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});
