/**
 * The tree is the architecture, and these rules keep its arrows pointing one way:
 * channels → engine → flows (machines) with knowledge and understanding → store, over a
 * ground of types and ports (src/core). Each rule fails with the file and the import that
 * breaks it. Also: no circle between folders or between files, files under 300 lines that open
 * with a comment saying what they are for, and Web-standard APIs only where the code must run on
 * Workers.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

interface Source {
  file: string;
  text: string;
  /** Where each import points, as a path from the repository root ("src/core/types.ts"), or a package name. */
  imports: string[];
}

async function sources(dir: string): Promise<Source[]> {
  const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.ts'));
  return Promise.all(
    names.map(async (n) => {
      const file = join(dir, n);
      const text = await readFile(file, 'utf8');
      return { file, text, imports: importsOf(file, text) };
    }),
  );
}

/** What a file's `import … from`, `import type … from`, `export … from` and bare `import '…'` name. */
function importsOf(file: string, text: string): string[] {
  const specs = [
    ...text.matchAll(/^(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm),
  ].map((m) => m[1] ?? m[2] ?? '');
  return specs.map((s) => (s.startsWith('.') ? normalize(join(dirname(file), s)) : s));
}

/** The folder an architecture rule speaks of: flows, or src/<name> (channels per channel). */
function unit(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'flows') return 'flows';
  if (parts[0] !== 'src') return parts[0] ?? path;
  if (parts[1] === 'channels' && parts.length > 3) return `src/channels/${parts[2]}`;
  return `src/${parts[1]}`;
}

let all: Source[];
beforeAll(async () => {
  all = [...(await sources('src')), ...(await sources('flows'))];
});

/** Every import from `from` into a unit outside `allowed` (and its own), as "file → import". */
function breaking(from: (u: string) => boolean, allowed: (target: string) => boolean): string[] {
  return all.flatMap((s) =>
    from(unit(s.file))
      ? s.imports
          .filter(
            (i) =>
              (i.startsWith('src/') || i.startsWith('flows/')) &&
              unit(i) !== unit(s.file) &&
              !allowed(unit(i)),
          )
          .map((i) => `${s.file} → ${i}`)
      : [],
  );
}

/**
 * One circle through each group of files that reach one another by imports (Tarjan's strongly
 * connected groups), written as a path that ends where it starts, so the failure names the
 * imports to undo. A group is reported once, by one circle, however many circles run through it.
 */
function fileCircles(sources: Source[]): string[][] {
  const files = new Set(sources.map((s) => s.file));
  const edges = new Map(sources.map((s) => [s.file, [...new Set(s.imports.filter((i) => files.has(i)))]]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const connect = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) connect(next);
      if (stack.includes(next)) low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let top: string | undefined;
    do {
      top = stack.pop();
      if (top !== undefined) group.push(top);
    } while (top !== undefined && top !== file);
    if (group.length > 1 || edges.get(file)?.includes(file)) groups.push(group);
  };
  for (const file of [...files].sort()) if (!index.has(file)) connect(file);
  return groups.map((group) => circleWithin(group.sort(), edges));
}

/** The shortest way from the group's first file back to itself, staying inside the group. */
function circleWithin(group: string[], edges: Map<string, string[]>): string[] {
  const [start = ''] = group;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let at = queue.shift(); at !== undefined && !cameFrom.has(start); at = queue.shift()) {
    for (const next of edges.get(at) ?? []) {
      if (!group.includes(next) || cameFrom.has(next)) continue;
      cameFrom.set(next, at);
      if (next !== start) queue.push(next);
    }
  }
  const path = [start];
  for (let at = cameFrom.get(start); at !== undefined && at !== start; at = cameFrom.get(at))
    path.unshift(at);
  return [start, ...path];
}

describe('architecture: import directions', () => {
  it('the ground (src/core) imports nothing of the project', () => {
    expect(
      breaking(
        (u) => u === 'src/core',
        () => false,
      ),
    ).toEqual([]);
  });
  it('flows import only the ground', () => {
    expect(
      breaking(
        (u) => u === 'flows',
        (t) => t === 'src/core',
      ),
    ).toEqual([]);
  });
  it('stores import only the ground', () => {
    expect(
      breaking(
        (u) => u === 'src/store',
        (t) => t === 'src/core',
      ),
    ).toEqual([]);
  });
  it('knowledge, i18n and staff stand on the ground only; understanding on knowledge too', () => {
    expect(
      breaking(
        (u) => ['src/knowledge', 'src/i18n', 'src/staff'].includes(u),
        (t) => t === 'src/core',
      ),
    ).toEqual([]);
    expect(
      breaking(
        (u) => u === 'src/understanding',
        (t) => ['src/core', 'src/knowledge'].includes(t),
      ),
    ).toEqual([]);
  });
  it('channels use the ground, texts and shared channel helpers: never flows, the engine, stores or http', () => {
    const ok = (t: string) => t === 'src/core' || t === 'src/i18n' || t === 'src/channels';
    expect(breaking((u) => u.startsWith('src/channels/'), ok)).toEqual([]);
  });
  it('http (the app and the staff inbox) uses the ground, texts and staff accounts', () => {
    expect(
      breaking(
        (u) => u === 'src/http',
        (t) => ['src/core', 'src/i18n', 'src/staff'].includes(t),
      ),
    ).toEqual([]);
  });
  it('the engine meets flows, understanding and knowledge, over the store port; never a store, a channel or http', () => {
    const ok = (t: string) =>
      ['src/core', 'flows', 'src/understanding', 'src/knowledge', 'src/i18n'].includes(t);
    expect(breaking((u) => u === 'src/engine', ok)).toEqual([]);
  });
  it('only the engine imports flows; no other folder imports understanding, flows and a store together', () => {
    expect(
      breaking(
        (u) => u !== 'src/engine',
        (t) => t !== 'flows',
      ),
    ).toEqual([]);
    const meets = new Map<string, Set<string>>();
    for (const s of all)
      for (const i of s.imports)
        if (['flows', 'src/understanding', 'src/store'].includes(unit(i)))
          meets.set(unit(s.file), (meets.get(unit(s.file)) ?? new Set()).add(unit(i)));
    expect([...meets].filter(([u, set]) => u !== 'src/engine' && set.size === 3).map(([u]) => u)).toEqual([]);
  });
  it('command-line tools do not use test helpers; nothing imports the composition roots or the tools', () => {
    expect(
      breaking(
        (u) => u === 'src/cli',
        (t) => t !== 'src/testing',
      ),
    ).toEqual([]);
    const roots = ['src/runtime', 'src/cli', 'src/bench'];
    expect(
      breaking(
        (u) => !roots.includes(u),
        (t) => !roots.includes(t),
      ),
    ).toEqual([]);
  });
});

describe('architecture: shape', () => {
  it('has no import circle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const s of all)
      for (const i of s.imports)
        if ((i.startsWith('src/') || i.startsWith('flows/')) && unit(i) !== unit(s.file))
          edges.set(unit(s.file), (edges.get(unit(s.file)) ?? new Set()).add(unit(i)));
    const circles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) {
        circles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect([...new Set(circles)]).toEqual([]);
  });

  it('has no import circle between files (type-only imports and re-exports included)', () => {
    const circles = fileCircles(all).map((circle) => circle.join(' → '));
    expect(circles).toEqual([]);
  });

  it('names a circle made of a type-only import and a re-export, file by file', () => {
    const file = (name: string, text: string): Source => ({
      file: name,
      text,
      imports: importsOf(name, text),
    });
    const circle = fileCircles([
      file('src/a/options.ts', "import type { Route } from './routes.ts';\n"),
      file('src/a/routes.ts', "export { helper } from '../b/helper.ts';\n"),
      file('src/b/helper.ts', "import type {\n  Options,\n} from '../a/options.ts';\n"),
      file('src/b/apart.ts', "import { helper } from './helper.ts';\n"),
    ]);
    expect(circle).toEqual([['src/a/options.ts', 'src/a/routes.ts', 'src/b/helper.ts', 'src/a/options.ts']]);
  });

  it('keeps files under 300 lines', () => {
    const long = all
      .filter((s) => s.text.split('\n').length > 300)
      .map((s) => `${s.file}: ${s.text.split('\n').length} lines`);
    expect(long).toEqual([]);
  });

  it('opens every source file with a comment saying what it is for', () => {
    expect(all.filter((s) => !s.text.trimStart().startsWith('/**')).map((s) => s.file)).toEqual([]);
  });

  it('uses no Node-only API where code must also run on Workers (except *.node.ts files)', () => {
    const portable = [
      'src/core',
      'src/engine',
      'flows',
      'src/understanding',
      'src/knowledge',
      'src/i18n',
      'src/store',
      'src/http',
      'src/staff',
      'src/channels/web',
      'src/channels/telegram',
      'src/channels/whatsapp-cloud',
    ];
    const offending = all
      .filter((s) => portable.some((p) => s.file.startsWith(p)) && !s.file.endsWith('.node.ts'))
      .flatMap((s) => [
        ...s.imports.filter((i) => i.startsWith('node:')).map((i) => `${s.file} → ${i}`),
        ...(/\bprocess\.(env|argv|exit|cwd|stdout|stdin|on)\b/.test(s.text)
          ? [`${s.file} uses process`]
          : []),
      ]);
    expect(offending).toEqual([]);
  });
});
