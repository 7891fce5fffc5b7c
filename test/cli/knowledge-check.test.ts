/**
 * `npm run knowledge:check` as a real process on a copy of the knowledge folder: it passes on
 * the folder as committed, and says to run `npm run train` once a training example is added
 * and the model no longer matches what it would be trained on. The dialogue model is stale only
 * when a row it learns from reads otherwise: a danger pattern no row matches leaves it as it is.
 */
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function check(dir: string) {
  return spawnSync(process.execPath, ['src/cli/knowledge-check.ts'], {
    env: { ...process.env, KNOWLEDGE_DIR: dir },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run knowledge:check', () => {
  it('passes as committed, and asks for training when the examples change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'enlace-knowledge-'));
    await cp('knowledge', dir, { recursive: true });
    const fresh = check(dir);
    expect(fresh.stdout + fresh.stderr).toMatch(/knowledge OK/);
    expect(fresh.status).toBe(0);

    const line = {
      id: 'added-1',
      text: 'una pregunta nueva sobre la credencial',
      lang: 'es',
      topic: 'none',
      kind: 'vague',
    };
    await appendFile(join(dir, 'training', 'team-gaps.jsonl'), `${JSON.stringify(line)}\n`);
    const stale = check(dir);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/npm run train/);
  });

  it('keeps the dialogue model for a danger pattern no row matches, and asks for it when a row changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'enlace-knowledge-'));
    await cp('knowledge', dir, { recursive: true });
    const signals = join(dir, 'signals', 'emergency.yaml');
    const yaml = await readFile(signals, 'utf8');
    // A new farewell no follow-up of the training says: the rows read the same.
    const unmatched = "      - '\\bzzqx nunca dicho zzqx\\b'\n";
    await writeFile(signals, yaml.replace(/( {2}- kind: farewell\n {4}es:\n)/, `$1${unmatched}`));
    expect(await readFile(signals, 'utf8')).toContain('zzqx nunca dicho');
    const kept = check(dir);
    expect(kept.stdout + kept.stderr).toMatch(/knowledge OK/);

    const dialogue = join(dir, 'signals', 'dialogue.yaml');
    const lists = await readFile(dialogue, 'utf8');
    await writeFile(dialogue, lists.replace(/(\n {2}es: \[)/, '$1zzqx de acuerdo zzqx, '));
    expect(await readFile(dialogue, 'utf8')).toContain('zzqx de acuerdo');
    const stale = check(dir);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/dialogue\.json was trained on other rows/);
  });
});
