/**
 * The contract of the office's filed examples (FiledExampleStore): every filing comes back as
 * filed, oldest first, the same one twice kept twice (a store appends, never merges); the last
 * `maxFiledExamples` only, the oldest dropped; and they are the office's, not a person's, so
 * an erased conversation leaves them as they were. With `makePair`, two instances file into
 * and read one list.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILED_EXAMPLES } from '../../src/core/ports/example-book.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { filedExample, turn } from './fixtures.ts';

export function filedExamplesContract(
  make: () => Promise<Store>,
  makePair?: () => Promise<[Store, Store]>,
  /** How many filings the store under test keeps (the DO test Worker keeps fewer, for speed). */
  maxFiledExamples = MAX_FILED_EXAMPLES,
) {
  describe('the office’s filed examples', () => {
    it('gives back every filing as filed, oldest first', async () => {
      const store = await make();
      expect(await store.filedExamples()).toEqual([]);
      const filings = [
        filedExample('necesito papeles para el asilo'),
        filedExample('where do I get a work permit', { topic: 'work', lang: 'en', by: 'luis' }),
        filedExample('ki lè biwo a louvri', { topic: 'none', lang: 'ht', added: '2026-03-02' }),
        filedExample('necesito papeles para el asilo'), // the same again: a second filing
      ];
      for (const example of filings) await store.fileExample(example);
      expect(await store.filedExamples()).toEqual(filings);
      // What comes back is a copy: changing it changes nothing kept.
      const read = await store.filedExamples();
      if (read[0]) read[0].text = 'changed';
      expect(await store.filedExamples()).toEqual(filings);
    });

    it(`keeps the last ${maxFiledExamples} filings, dropping the oldest`, async () => {
      const store = await make();
      const filings = Array.from({ length: maxFiledExamples + 2 }, (_, i) => filedExample(`ejemplo ${i}`));
      // One after the other: the order they are filed in is the point.
      for (const example of filings) await store.fileExample(example);
      const kept = await store.filedExamples();
      expect(kept).toHaveLength(maxFiledExamples);
      expect(kept).toEqual(filings.slice(2)); // ejemplo 0 and ejemplo 1 are gone
      await store.fileExample(filedExample('el más nuevo'));
      const after = await store.filedExamples();
      expect(after).toHaveLength(maxFiledExamples);
      expect([after[0]?.text, after.at(-1)?.text]).toEqual(['ejemplo 3', 'el más nuevo']);
    }, 60_000);

    it('keeps them when a conversation is erased (they are the office’s, not the person’s)', async () => {
      const store = await make();
      await turn(store, 'wa:gone', { transcript: [{ at: 1, from: 'person', text: 'necesito un abogado' }] });
      const filings = [filedExample('necesito un abogado'), filedExample('hay trabajo', { topic: 'work' })];
      for (const example of filings) await store.fileExample(example);
      await turn(store, 'wa:gone', { value: 'erased', erase: true });
      expect(await store.getTranscript('wa:gone')).toEqual([]);
      expect(await store.filedExamples()).toEqual(filings);
    });

    if (makePair)
      it('shares one office’s filings between instances', async () => {
        const [a, b] = await makePair();
        await a.fileExample(filedExample('primero'));
        await b.fileExample(filedExample('segundo', { by: 'luis' }));
        await a.fileExample(filedExample('tercero'));
        expect((await b.filedExamples()).map((e) => e.text)).toEqual(['primero', 'segundo', 'tercero']);
        expect(await a.filedExamples()).toEqual(await b.filedExamples());
      });
  });
}
