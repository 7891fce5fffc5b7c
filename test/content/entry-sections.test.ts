/**
 * The sections of a topic's entry (issue 28): a named answer is read with how people ask it, and
 * a header the parser cannot read, or an answer with no ways of asking it, stops the build with
 * a message that says how to write it, instead of silently becoming text of the section before.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/knowledge/parse-entry.ts';

let base: string;

beforeAll(async () => {
  // The fixture topic's Spanish entry, without its sections: a valid frontmatter and reply.
  const text = await readFile('test/fixtures/new-topic/es.md', 'utf8');
  base = text.split(/^<!--\s*(?:facet|case|answer)/m)[0] ?? text;
});

const ANSWER = [
  '<!-- answer: lost_card | asks: perdí mi credencial; se me perdió la credencial de la biblioteca -->',
  'Si pierdes tu credencial, pide otra en el mostrador. [^a]',
].join('\n');

describe('an entry’s named answers', () => {
  it('are read with the ways people ask them', () => {
    const entry = parseEntry('topics/library_card/es.md', `${base.trimEnd()}\n\n${ANSWER}\n`);
    expect(entry.answers.lost_card?.asks).toEqual([
      'perdí mi credencial',
      'se me perdió la credencial de la biblioteca',
    ]);
    expect(entry.answers.lost_card?.text).toMatch(/^Si pierdes tu credencial/);
    expect(entry.reply).not.toMatch(/pierdes/);
  });

  it('stop the build when a header cannot be read, saying how to write it', () => {
    const bad = ANSWER.replace('lost_card', 'lost_card_2');
    expect(() => parseEntry('topics/library_card/es.md', `${base.trimEnd()}\n\n${bad}\n`)).toThrow(
      /lost_card_2.*cannot be read: write <!-- facet: NAME -->/s,
    );
  });

  it('stop the build when an answer says no way of asking it', () => {
    const bare = ANSWER.replace(/ \| asks: .*?(?= -->)/, '');
    expect(() => parseEntry('topics/library_card/es.md', `${base.trimEnd()}\n\n${bare}\n`)).toThrow(
      /the answer "lost_card" needs how people ask it/,
    );
  });
});
