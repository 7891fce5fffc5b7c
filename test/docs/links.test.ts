/**
 * The README is a front page and the rest lives in docs/ (issue 35): every relative link in
 * README.md and docs/*.md reaches a file that exists and, with an #anchor, a heading of that
 * file (GitHub's slugs); the README links every page the sections moved to; and every docs/
 * page is reachable from the README.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, -1, -2 for repeats. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6} (.+)$/.exec(line);
    if (!heading?.[1]) continue;
    const base = heading[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\- _]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

/** The relative links of a markdown file (targets of [text](target) outside code, and <img src>). */
function links(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [
    ...[...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? ''),
    ...[...prose.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ].filter((t) => !/^(https?:|mailto:)/.test(t));
}

const pages = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const text = new Map(pages.map((p) => [p, readFileSync(p, 'utf8')]));

/** Where a link in `from` points: the file (normalised) and its anchor. */
function target(from: string, link: string): { file: string; anchor: string } {
  const [path = '', anchor = ''] = link.split('#');
  return { file: path === '' ? from : normalize(join(dirname(from), path)), anchor };
}

describe('README and docs/', () => {
  it('link only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const page of pages)
      for (const link of links(text.get(page) ?? '')) {
        const { file, anchor } = target(page, link);
        if (!existsSync(file)) broken.push(`${page}: ${link} (no file ${file})`);
        else if (anchor && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(anchor))
          broken.push(`${page}: ${link} (no heading #${anchor} in ${file})`);
      }
    expect(broken).toEqual([]);
  });

  it('link from the README every page its sections moved to, and every docs/ page is reachable', () => {
    const readme = links(text.get('README.md') ?? '').map((l) => target('README.md', l).file);
    const moved = ['what-it-does', 'channels', 'staff', 'deployment', 'configuration', 'security'];
    moved.push('architecture', 'knowledge', 'measurements', 'development');
    expect(moved.filter((p) => !readme.includes(`docs/${p}.md`))).toEqual([]);

    const reached = new Set(['README.md']);
    const queue = ['README.md'];
    for (let page = queue.shift(); page; page = queue.shift())
      for (const link of links(text.get(page) ?? '')) {
        const { file } = target(page, link);
        if (text.has(file) && !reached.has(file)) reached.add(file) && queue.push(file);
      }
    expect(pages.filter((p) => !reached.has(p))).toEqual([]);
  });

  it('keep the README a front page: the two commands and the engine warnings on its first screen', () => {
    const firstScreen = (text.get('README.md') ?? '').split('\n').slice(0, 25).join('\n');
    expect(firstScreen).toContain('npm ci && npm start');
    expect(firstScreen).toContain('npm test');
    expect(firstScreen).toContain('EBADENGINE');
    expect((text.get('README.md') ?? '').split('\n').length).toBeLessThan(150);
  });
});

describe('GitHub anchors', () => {
  it('are made as GitHub makes them', () => {
    const made = anchors(
      "# What `npm test` covers\n## whatsapp-web.js (unofficial, no Business account)\n## Your office's knowledge\n```\n# not a heading\n```\n## Limits\n## Limits",
    );
    expect([...made]).toEqual([
      'what-npm-test-covers',
      'whatsapp-webjs-unofficial-no-business-account',
      'your-offices-knowledge',
      'limits',
      'limits-1',
    ]);
  });
});
