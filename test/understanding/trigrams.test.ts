/**
 * The language detector counts trigrams itself, with numbers for keys, instead of calling
 * trigram-utils' asTuples on every message: the result must stay exactly asTuples', same
 * trigrams, same counts, same order, on every message of the project's own sets.
 */
import { readFile } from 'node:fs/promises';
import { asTuples } from 'trigram-utils';
import { describe, expect, it } from 'vitest';
import { trigramCounts } from '../../src/understanding/detect-language.ts';
import { fold } from '../../src/understanding/fold.ts';

const asText = (key: number) =>
  String.fromCharCode(Math.floor(key / 0x100000000), Math.floor(key / 0x10000) % 0x10000, key % 0x10000);

describe('trigram counting', () => {
  it('gives what trigram-utils gives, on every message of the project sets', async () => {
    let compared = 0;
    for (const file of ['tuning.jsonl', 'heldout.jsonl', 'emergency-train.jsonl', 'emergency-review.jsonl']) {
      for (const line of (await readFile(`test/fixtures/understanding/${file}`, 'utf8'))
        .split('\n')
        .filter(Boolean)) {
        const text = fold(JSON.parse(line).text).slice(0, 200);
        expect(
          trigramCounts(text).map(([key, count]) => [asText(key), count]),
          text,
        ).toEqual(asTuples(text));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(900);
  });
});
