/**
 * The tree is the architecture: these rules keep its arrows pointing one way.
 * flows/ knows only xstate and the shared vocabulary; core/, understanding/ and
 * knowledge/ use Web-standard APIs only (no node:*, no process), so the same engine runs
 * on Workers; nothing imports the composition roots or the command-line tools.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function sources(dir: string): Promise<Array<{ file: string; text: string }>> {
  const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.ts'));
  return Promise.all(
    names.map(async (n) => ({ file: join(dir, n), text: await readFile(join(dir, n), 'utf8') })),
  );
}

const importsOf = (text: string) =>
  [...text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');

describe('architecture', () => {
  it('flows import only xstate, other flows and src/core/types.ts', async () => {
    for (const { file, text } of await sources('flows')) {
      for (const spec of importsOf(text)) {
        const ok = spec === 'xstate' || spec.startsWith('./') || spec === '../src/core/types.ts';
        expect(ok, `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it('core, understanding, knowledge, i18n and store use no Node-only API (except *.node.ts files)', async () => {
    for (const dir of [
      'src/core',
      'src/understanding',
      'src/knowledge',
      'src/i18n',
      'src/store',
      'src/http',
      'src/staff',
      'src/channels/telegram',
    ]) {
      for (const { file, text } of await sources(dir)) {
        if (file.endsWith('.node.ts')) continue;
        for (const spec of importsOf(text))
          expect(spec.startsWith('node:'), `${file} imports ${spec}`).toBe(false);
        expect(/\bprocess\.(env|argv|exit|cwd|stdout|stdin|on)\b/.test(text), `${file} uses process`).toBe(
          false,
        );
      }
    }
  });

  it('nothing imports the composition roots or the command-line tools, except the tools themselves', async () => {
    const all = [...(await sources('src')), ...(await sources('flows'))];
    for (const { file, text } of all) {
      if (file.startsWith('src/cli') || file.startsWith('src/runtime')) continue;
      for (const spec of importsOf(text))
        expect(/\/(runtime|cli)\//.test(spec), `${file} imports ${spec}`).toBe(false);
    }
  });

  it('keeps files under about 300 lines', async () => {
    for (const { file, text } of [...(await sources('src')), ...(await sources('flows'))]) {
      expect(text.split('\n').length, file).toBeLessThanOrEqual(320);
    }
  });

  it('opens every source file with a comment saying what it is for', async () => {
    for (const { file, text } of [...(await sources('src')), ...(await sources('flows'))]) {
      expect(text.trimStart().startsWith('/**'), file).toBe(true);
    }
  });
});
