/**
 * The `ask` contract, run as a real process: one JSON line out per line in, same order,
 * exactly the fields {id, lang, topic, handoff, emergency, reply}.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function ask(lines: object[]) {
  const input = lines.map((l) => JSON.stringify(l)).join('\n');
  const run = spawnSync(process.execPath, ['src/cli/ask.ts', '--jsonl'], {
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

describe('npm run ask -- --jsonl', () => {
  it('answers every line, in order, with exactly the contract fields', () => {
    const out = ask([
      { id: 'a', text: 'necesito apostillar el acta de nacimiento de mi hija nacida en texas' },
      { id: 'b', text: 'bonjou' },
      { id: 'c', text: 'they kidnapped my brother and want money' },
      { id: 'd', text: 'quiero hablar con una persona' },
    ]);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    for (const o of out)
      expect(Object.keys(o).sort()).toEqual([
        'danger',
        'emergency',
        'handoff',
        'id',
        'lang',
        'reply',
        'topic',
      ]);
    expect(out[0]).toMatchObject({ lang: 'es', topic: 'apostille', emergency: false, danger: 'none' });
    expect(out[1]).toMatchObject({ lang: 'ht', topic: 'none', emergency: false, danger: 'none' });
    expect(out[2]).toMatchObject({
      lang: 'en',
      topic: 'emergency',
      emergency: true,
      handoff: true,
      danger: 'emergency',
    });
    expect(out[3]).toMatchObject({ topic: 'human', handoff: true });
    expect(out[0].reply).toMatch(/\n1\. /);
  });

  it('reports a bad input line and goes on with the rest', () => {
    const run = spawnSync(process.execPath, ['src/cli/ask.ts', '--jsonl'], {
      input: 'not json\n{"id":"ok","text":"hola"}\n',
      encoding: 'utf8',
    });
    expect(run.stderr).toMatch(/line 1/);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[1]).toMatchObject({ id: 'ok', lang: 'es', topic: 'none' });
  });
});
