/**
 * knowledge/reviews.yaml and the files reviewers send back, in-process: a malformed registry
 * is a knowledge:check problem naming the field; what awaits review is information, never a
 * failure; a CSV saved by Excel in Spanish (semicolons, CRLF, a byte-order mark) reads as
 * the export wrote it; and a topic file saved with Windows line ends keeps them.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReviews } from '../../src/knowledge/review-check.node.ts';
import { entryUnits, writeEntryUnits } from '../../src/knowledge/review-entry-units.ts';
import { fromCsv } from '../../src/knowledge/review-formats.ts';

describe('files as other tools save them', () => {
  it('reads a CSV saved by Excel in Spanish: semicolons, CRLF line ends, a byte-order mark', () => {
    const csv =
      '\ufefffile;unit;lang;spanish;text;notes\r\ntopics/apostille/ht.md;reply.1;ht;"Uno;\r\ndos [^a]";"En;\r\nde [^a]";\r\n';
    expect(fromCsv(csv)).toEqual([
      {
        file: 'topics/apostille/ht.md',
        unit: 'reply.1',
        lang: 'ht',
        spanish: 'Uno;\r\ndos [^a]',
        text: 'En;\r\nde [^a]',
      },
    ]);
  });

  it('keeps the Windows line ends of a topic file an editor saved that way', async () => {
    const crlf = (await readFile('knowledge/topics/productive_projects/es.md', 'utf8')).replace(
      /\n/g,
      '\r\n',
    );
    const units = entryUnits('es.md', crlf);
    expect(units.some((u) => u.text.includes('\r'))).toBe(false);
    expect(writeEntryUnits('es.md', crlf, new Map(units.map((u) => [u.id, u.text])))).toBe(crlf);
    const list = units.find((u) => u.text.includes('\n'));
    const changed = writeEntryUnits('es.md', crlf, new Map([[list?.id ?? '', `${list?.text} Más.`]]));
    expect(changed.replace(/\r\n/g, '')).not.toContain('\n');
    expect(changed).toContain(`${list?.text.replace(/\n/g, '\r\n')} Más.`);
  });
});

describe('knowledge:check and reviews.yaml', () => {
  it('reports a malformed registry as a problem, naming the field', async () => {
    const root = await mkdtemp(join(tmpdir(), 'enlace-reviews-'));
    await cp('knowledge', join(root, 'knowledge'), { recursive: true });
    await writeFile(
      join(root, 'knowledge', 'reviews.yaml'),
      'entries:\n  apostille:\n    ht: {status: reviewed, date: 2026-11-20, spanish: "0123456789abcdef"}\n',
    );
    const check = await checkReviews({ knowledge: join(root, 'knowledge'), locales: 'locales' });
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatch(/reviews\.yaml.*entries\.apostille\.ht\.by/s);
  });

  it('says what awaits review per language as information, never as a problem', async () => {
    const check = await checkReviews({ knowledge: 'knowledge', locales: 'locales' });
    expect(check.problems).toEqual([]);
    expect(
      check.info.filter((l) => /^(es|en|ht): topic entries \d+ reviewed, \d+ machine/.test(l)),
    ).toHaveLength(3);
  });
});
