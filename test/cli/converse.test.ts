/**
 * The `converse` command, run as a real process: a conversation replayed, and the same
 * conversation run again with one message more, get the same folio and case code (a judge
 * replaying a chat message by message saw its case number change every time).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { seededBytes } from '../../src/cli/seeded-bytes.ts';

function converse(turns: string[]): string[] {
  const input = JSON.stringify({ id: 'c', lang: 'es', turns: turns.map((text) => ({ text })) });
  const run = spawnSync(process.execPath, ['src/cli/converse.ts', '--jsonl'], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim()).turns.map((t: { reply: string }) => t.reply);
}

const folioIn = (reply: string) => /\b[A-Z]{3}-\d{4}\b/.exec(reply)?.[0];

describe('npm run converse -- --jsonl', () => {
  it('keeps the folio when the conversation is replayed with one message more', () => {
    const opening = [
      'mi hermano murió en Dallas y queremos traerlo a Durango',
      'quiero hablar con una persona',
    ];
    const first = converse(opening);
    const again = converse([...opening, 'cual es mi folio?']);
    expect(folioIn(first[1] ?? '')).toBeDefined();
    expect(folioIn(again[1] ?? '')).toBe(folioIn(first[1] ?? ''));
  });
});

describe('seeded bytes', () => {
  it('repeat for a seed and differ between seeds', () => {
    expect(seededBytes(7)(16)).toEqual(seededBytes(7)(16));
    expect(seededBytes(7)(16)).not.toEqual(seededBytes(8)(16));
  });
});
