/**
 * The lock check (scripts/check-lock.ts, `npm run lock:check`): the project's own lock passes
 * and holds every platform's binaries; a lock that lost another platform's optional binary
 * (the lock `npm ci` refused before issue 35), a range changed in package.json alone, a locked
 * version outside its range and a missing nested dependency each fail with what is wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Lock,
  lockProblems,
  type Manifest,
  platformBinaries,
  resolve,
  satisfies,
} from '../../scripts/check-lock.ts';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const copy = <T>(value: T): T => structuredClone(value);

describe('lock check', () => {
  it("passes the project's lock, which holds every platform's Biome and workerd binaries", () => {
    expect(lockProblems(manifest, lock)).toEqual([]);
    const families = platformBinaries(lock);
    expect(families.get('@biomejs/cli')).toHaveLength(10);
    expect(families.get('@biomejs/cli')).toEqual(expect.arrayContaining(['darwin-arm64', 'win32-x64']));
    expect(families.get('@cloudflare/workerd')).toEqual(
      expect.arrayContaining(['darwin-64', 'darwin-arm64', 'windows-64', 'linux-64']),
    );
  });

  it("fails a lock that lost another platform's optional binary", () => {
    const broken = copy(lock);
    delete broken.packages['node_modules/@biomejs/cli-darwin-arm64'];
    delete broken.packages['node_modules/@cloudflare/workerd-windows-64'];
    expect(lockProblems(manifest, broken)).toEqual([
      expect.stringMatching(/^missing: @biomejs\/cli-darwin-arm64 \(optional dependency of @biomejs\/biome/),
      expect.stringMatching(/^missing: @cloudflare\/workerd-windows-64 \(optional dependency of workerd/),
    ]);
  });

  it('fails when package.json and the lock drift apart', () => {
    const changed = copy(manifest);
    changed.dependencies = { ...changed.dependencies, yaml: '^3.0.0', 'left-pad': '^1.3.0' };
    const problems = lockProblems(changed, lock);
    expect(problems).toContain('dependencies.yaml: package.json has ^3.0.0, the lock ^2.9.1');
    expect(problems).toContain('dependencies.left-pad: package.json has ^1.3.0, the lock nothing');

    const moved = copy(lock);
    const yaml = moved.packages['node_modules/yaml'];
    if (yaml) yaml.version = '3.0.0';
    expect(lockProblems(manifest, moved)).toContain(
      "node_modules/yaml is 3.0.0, outside package.json's dependency range ^2.9.1",
    );
  });

  it('finds nested dependencies as Node does, and misses what is nowhere', () => {
    const small: Lock = {
      name: 'x',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '^1.0.0' } },
        'node_modules/a': { version: '1.2.0', dependencies: { b: '~2.1.0', c: '^0.3.0' } },
        'node_modules/a/node_modules/b': { version: '2.1.4' },
      },
    };
    expect(resolve(small, 'node_modules/a', 'b')).toBe('node_modules/a/node_modules/b');
    expect(resolve(small, 'node_modules/a/node_modules/b', 'a')).toBe('node_modules/a');
    expect(lockProblems({ name: 'x', version: '1.0.0', dependencies: { a: '^1.0.0' } }, small)).toEqual([
      'missing: c (dependency of a, ^0.3.0) has no entry in the lock',
    ]);
  });

  it('reads the range forms the project uses', () => {
    expect(satisfies('2.9.3', '^2.9.1')).toBe(true);
    expect(satisfies('3.0.0', '^2.9.1')).toBe(false);
    expect(satisfies('0.3.9', '^0.3.1')).toBe(true);
    expect(satisfies('0.4.0', '^0.3.1')).toBe(false);
    expect(satisfies('2.1.9', '~2.1.0')).toBe(true);
    expect(satisfies('2.2.0', '~2.1.0')).toBe(false);
    expect(satisfies('5.33.3', '5.33.3')).toBe(true);
    expect(satisfies('5.33.4', '5.33.3')).toBe(false);
    expect(satisfies('26.10.0', '>=22.18.0')).toBe(true);
    expect(satisfies('1.0.0', '1.x || 2.x')).toBeNull();
  });
});
