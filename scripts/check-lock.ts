/**
 * `npm run lock:check` (part of `npm test` and CI): fails when package-lock.json would make
 * `npm ci` refuse it or install something else on another machine: the lock's root differs
 * from package.json, a dependency's locked version is outside its range, or a package's
 * dependency, above all another platform's optional binary (Biome, workerd, esbuild,
 * rolldown), has no entry. Lists the platform binaries it found, by family. To repair:
 * `npm install --package-lock-only` (fills in what is missing without upgrading anything).
 */
import { readFileSync } from 'node:fs';

type Deps = Record<string, string>;
export type LockEntry = {
  version?: string;
  link?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  dependencies?: Deps;
  optionalDependencies?: Deps;
  peerDependencies?: Deps;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Deps;
};
export type Lock = {
  name?: string;
  version?: string;
  lockfileVersion?: number;
  packages: Record<string, LockEntry>;
};
export type Manifest = {
  name?: string;
  version?: string;
  dependencies?: Deps;
  devDependencies?: Deps;
  optionalDependencies?: Deps;
  peerDependencies?: Deps;
};

const KINDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

const parts = (v: string) => v.split(/[.+-]/).slice(0, 3).map(Number);
function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Whether a version meets a range of the forms this project uses (^, ~, >=, exact); null when the form is another. */
export function satisfies(version: string, range: string): boolean | null {
  const m = /^(\^|~|>=)?\s*v?(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!m) return null;
  const [, op = '', ...nums] = m;
  const want = nums.map(Number) as [number, number, number];
  const have = parts(version);
  if (have.some(Number.isNaN) || /-/.test(version.split('+')[0] ?? '')) return op === '' && version === range;
  if (op === '') return compare(have, want) === 0;
  if (op === '>=') return compare(have, want) >= 0;
  if (compare(have, want) < 0) return false;
  const [major, minor] = want;
  if (op === '~') return have[0] === major && have[1] === minor;
  if (major > 0) return have[0] === major;
  return minor > 0 ? have[0] === 0 && have[1] === minor : compare(have, want) === 0;
}

/** The entry a package at `from` gets for `name`, found as Node finds it: its own node_modules, then each parent's. */
export function resolve(lock: Lock, from: string, name: string): string | null {
  let at = from;
  for (;;) {
    const path = at === '' ? `node_modules/${name}` : `${at}/node_modules/${name}`;
    if (lock.packages[path]) return path;
    if (at === '') return null;
    const cut = at.lastIndexOf('/node_modules/');
    at = cut < 0 ? '' : at.slice(0, cut);
  }
}

/** What is wrong with the lock against package.json, one line each (none: `npm ci` takes it). */
export function lockProblems(manifest: Manifest, lock: Lock): string[] {
  const problems: string[] = [];
  const root = lock.packages[''] ?? {};
  if ((lock.lockfileVersion ?? 0) < 2)
    problems.push(`lockfileVersion ${lock.lockfileVersion}: npm 7 or later writes 3`);
  for (const key of ['name', 'version'] as const)
    if (manifest[key] !== lock[key])
      problems.push(`${key}: package.json has ${manifest[key]}, the lock ${lock[key]}`);
  for (const kind of KINDS) {
    const want = manifest[kind] ?? {};
    const have = root[kind] ?? {};
    for (const name of new Set([...Object.keys(want), ...Object.keys(have)]))
      if (want[name] !== have[name])
        problems.push(
          `${kind}.${name}: package.json has ${want[name] ?? 'nothing'}, the lock ${have[name] ?? 'nothing'}`,
        );
  }
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (entry.link) continue;
    const own: [string, string, string][] = [
      ...Object.entries(entry.dependencies ?? {}).map(
        ([n, r]) => ['dependency', n, r] as [string, string, string],
      ),
      ...Object.entries(entry.optionalDependencies ?? {}).map(
        ([n, r]) => ['optional dependency', n, r] as [string, string, string],
      ),
      ...Object.entries(entry.peerDependencies ?? {})
        .filter(([n]) => !entry.peerDependenciesMeta?.[n]?.optional)
        .map(([n, r]) => ['peer dependency', n, r] as [string, string, string]),
      ...(path === ''
        ? Object.entries(entry.devDependencies ?? {}).map(
            ([n, r]) => ['dev dependency', n, r] as [string, string, string],
          )
        : []),
    ];
    const who = path === '' ? 'package.json' : path.replace(/^.*node_modules\//, '');
    for (const [kind, name, range] of own) {
      const found = resolve(lock, path, name);
      if (!found) {
        problems.push(`missing: ${name} (${kind} of ${who}, ${range}) has no entry in the lock`);
        continue;
      }
      const version = lock.packages[found]?.version;
      if (version && satisfies(version, range) === false)
        problems.push(`${found} is ${version}, outside ${who}'s ${kind} range ${range}`);
    }
  }
  return problems;
}

/** The lock's platform-specific packages (an `os` or `cpu` of their own), by family (name without its platform). */
export function platformBinaries(lock: Lock): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!entry.os && !entry.cpu) continue;
    const name = path.replace(/^.*node_modules\//, '');
    const family = name.replace(
      /[-/](android|darwin|linux|win32|windows|freebsd|openbsd|netbsd|sunos|aix|openharmony|wasm32).*$/,
      '',
    );
    const platform =
      name.slice(family.length + 1) || [entry.os?.join('|'), entry.cpu?.join('|')].filter(Boolean).join('-');
    families.set(family, [...(families.get(family) ?? []), platform]);
  }
  return families;
}

if (import.meta.main) {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
  const problems = lockProblems(manifest, lock);
  const families = platformBinaries(lock);
  console.log(`package-lock.json: ${Object.keys(lock.packages).length - 1} packages; platform binaries:`);
  for (const [family, platforms] of [...families].sort())
    console.log(`  ${family}: ${platforms.length} (${platforms.sort().join(', ')})`);
  if (problems.length > 0) {
    console.error(`\nThe lock does not match package.json (npm ci would refuse it or install otherwise):`);
    for (const p of problems) console.error(`  ${p}`);
    console.error('\nRepair: npm install --package-lock-only (no upgrade), then npm run lock:check again.');
    process.exit(1);
  }
  console.log('The lock matches package.json and holds every dependency of every package.');
}
