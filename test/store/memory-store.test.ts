/**
 * The memory store against the shared store contract, and its own bounds: a transcript
 * keeps its last lines, files stay within one budget for the process (the oldest go first).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryMedia } from '../../src/store/memory/memory-media.ts';
import { createMemoryStore, MEMORY_KEEP_LINES } from '../../src/store/memory/memory-store.ts';
import { turn } from '../contracts/fixtures.ts';
import { storeContract } from '../contracts/store.contract.ts';

storeContract('memory', async () => createMemoryStore());

describe('memory store', () => {
  it('keeps the last lines of a transcript, numbered on', async () => {
    const store = createMemoryStore();
    const lines = Array.from({ length: MEMORY_KEEP_LINES + 3 }, (_, i) => ({
      at: i,
      from: 'bot' as const,
      text: `l${i + 1}`,
    }));
    await turn(store, 'web:long', { transcript: lines });
    const kept = await store.getTranscript('web:long', 10_000);
    expect(kept).toHaveLength(MEMORY_KEEP_LINES);
    expect([kept[0]?.seq, kept.at(-1)?.seq]).toEqual([4, MEMORY_KEEP_LINES + 3]);
  });

  it('keeps files within its budget, dropping the oldest first but never the one just saved', () => {
    const media = createMemoryMedia(10);
    const first = media.save('a', { mimetype: 'x/y', data: new Uint8Array(6) });
    const second = media.save('b', { mimetype: 'x/y', data: new Uint8Array(6) });
    expect(media.get('a', first)).toBeNull();
    expect(media.get('b', second)?.data).toHaveLength(6);
    const big = media.save('b', { mimetype: 'x/y', data: new Uint8Array(12) });
    expect(media.get('b', second)).toBeNull();
    expect(media.get('b', big)?.data).toHaveLength(12);
    media.erase('b');
    expect(media.bytes()).toBe(0);
  });

  it('counts its conversations', async () => {
    const store = createMemoryStore();
    await turn(store, 'web:1');
    await turn(store, 'web:2');
    expect(store.size()).toBe(2);
  });
});
