/**
 * The conversations CSV through the whole app: it holds exactly the saved summaries of the
 * period (office days, America/Monterrey), quoted so an independent parser reads every field
 * back, and never a word a person wrote, nor does the yearly report.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../support/assistant.ts';
import { at, csvOf, exportServer, rowsOf, summary, ZONE } from './exports-app.ts';

describe('the conversations CSV', () => {
  it('has one row per saved summary of the period, field for field, in the office time zone', async () => {
    const s = await exportServer('2026-04-02T12:00:00Z');
    const full = summary({
      conversationId: 'web:a,"1"\nb',
      lang: 'ht',
      firstAt: at('2026-03-01T15:15:00Z'),
      lastAt: at('2026-03-02T01:00:30Z'),
      turns: 7,
      topics: ['apostille', 'us_pension'],
      facets: ['apostille.cost'],
      missed: 2,
      notHelped: 1,
      danger: 'possible',
      handoffAt: at('2026-03-01T16:00:00Z'),
      urgent: true,
      firstResponseMs: 150_000,
      resolutionMs: 3_600_000,
      rating: 'notHelped',
    });
    const bare = summary({ conversationId: 'telegram:42', channel: 'we"b,\r\nx' });
    // Last seen 28 Feb 23:30 in Monterrey (1 March in UTC): before the period.
    const before = summary({
      conversationId: 'web:before',
      firstAt: at('2026-03-01T05:00:00Z'),
      lastAt: at('2026-03-01T05:30:00Z'),
    });
    // Began 31 March 23:30 in Monterrey (1 April in UTC): in it.
    const lateIn = summary({
      conversationId: 'web:late',
      firstAt: at('2026-04-01T05:30:00Z'),
      lastAt: at('2026-04-01T07:00:00Z'),
      rating: 'helped',
    });
    const after = summary({
      conversationId: 'web:after',
      firstAt: at('2026-04-01T06:30:00Z'),
      lastAt: at('2026-04-01T07:00:00Z'),
    });
    for (const one of [after, lateIn, bare, before, full]) await s.store.saveSummary(one);

    const response = await (await s.as('ana'))(
      '/staff/export/conversations.csv?from=2026-03-01&to=2026-03-31',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="conversations-2026-03-01-2026-03-31.csv"',
    );
    const rows = await rowsOf(response);
    expect(rows[0]).toEqual([
      'conversation_id',
      'channel',
      'language',
      'time_zone',
      'first_at',
      'last_at',
      'turns',
      'topics',
      'facets',
      'missed',
      'not_helped',
      'danger',
      'handoff_at',
      'urgent',
      'first_response_minutes',
      'resolution_minutes',
      'rating',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        'web:a,"1"\nb',
        'web',
        'ht',
        ZONE,
        '2026-03-01T09:15:00-06:00',
        '2026-03-01T19:00:30-06:00',
        '7',
        'apostille us_pension',
        'apostille.cost',
        '2',
        '1',
        'possible',
        '2026-03-01T10:00:00-06:00',
        'true',
        '2.5',
        '60',
        'not_helped',
      ],
      [
        'telegram:42',
        'we"b,\r\nx',
        'es',
        ZONE,
        '2026-03-10T12:00:00-06:00',
        '2026-03-10T12:05:00-06:00',
        '1',
        '',
        '',
        '0',
        '0',
        'none',
        '',
        'false',
        '',
        '',
        '',
      ],
      [
        'web:late',
        'web',
        'es',
        ZONE,
        '2026-03-31T23:30:00-06:00',
        '2026-04-01T01:00:00-06:00',
        '1',
        '',
        '',
        '0',
        '0',
        'none',
        '',
        'false',
        '',
        '',
        'helped',
      ],
    ]);
  });

  it('never holds a word a person wrote: every cell is an id, a fixed word, a time or a number', async () => {
    const s = await exportServer('2026-05-10T18:00:00Z');
    const typed = [
      'Hola',
      'necesito apostillar el acta de nacimiento de mi hija Xiomara Quetzalli en Tucson',
      'blorfix zanquetal wibbleton',
      'quiero hablar con una persona, soy Evaristo Zapotlán, teléfono 5512345678',
    ];
    for (const [n, text] of typed.entries())
      await s.engine.handle({ id: `m${n}`, channel: 'web', chatId: 'p1', content: { type: 'text', text } });
    const browse = await s.as('ana');
    const csv = await csvOf(await browse('/staff/export/conversations.csv?from=2026-05-10&to=2026-05-10'));
    const rows = parse(csv) as string[][];
    expect(rows.length).toBe(2); // the header and the one conversation
    const [header = [], row = []] = rows;
    const cell = (name: string) => row[header.indexOf(name)] ?? '';
    expect(Number(cell('turns'))).toBe(typed.length);
    expect(Number(cell('missed'))).toBeGreaterThan(0);
    const topicIds = new Set((await sharedKnowledge()).knowledge.entries.map((e) => e.id));
    const shapes: Record<string, RegExp> = {
      conversation_id: /^web:p1$/,
      channel: /^web$/,
      language: /^(es|en|ht)$/,
      time_zone: /^America\/Monterrey$/,
      danger: /^(emergency|possible|none)$/,
      urgent: /^(true|false)$/,
      rating: /^(helped|not_helped|)$/,
      facets: /^([a-z_]+\.[a-z_]+( |$))*$/,
    };
    for (const [i, name] of header.entries()) {
      const value = row[i] ?? '';
      if (name === 'topics')
        for (const topic of value.split(' ').filter(Boolean)) expect(topicIds).toContain(topic);
      else if (shapes[name]) expect(value, name).toMatch(shapes[name]);
      else expect(value, name).toMatch(/^(\d+(\.\d+)?|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d|)$/);
    }
    const report = [
      await (await browse('/staff/export/report-2026.csv')).text(),
      await (await browse('/staff/export/report?year=2026')).text(),
    ];
    for (const text of [csv, ...report])
      for (const word of [
        'Xiomara',
        'Quetzalli',
        'Tucson',
        'blorfix',
        'zanquetal',
        'wibbleton',
        'Evaristo',
        'Zapotl',
        '5512345678',
      ])
        expect(text.toLowerCase()).not.toContain(word.toLowerCase());
  });
});
