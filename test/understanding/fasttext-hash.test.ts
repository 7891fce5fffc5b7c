/**
 * fastText's hash as the learned models need it (src/understanding/features.ts): the fast
 * path for ASCII text must give exactly what hashing the UTF-8 bytes gives, and text with
 * accents or Kreyòl letters must still go through its bytes.
 */
import { describe, expect, it } from 'vitest';
import { fastTextHash, ngramBuckets } from '../../src/understanding/features.ts';

/** The definition: 32-bit FNV-1a over the UTF-8 bytes, each byte sign-extended first. */
function byBytes(text: string): number {
  let h = 2166136261;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte > 127 ? (byte | 0xffffff00) >>> 0 : byte;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

describe("fastText's hash", () => {
  it('gives the same value by the ASCII path and by the bytes', () => {
    for (const text of ['bzwn', '<bezwen>', 'w:apostilla', '</s>', 'q onda', 'a', '', '12345']) {
      expect(fastTextHash(text)).toBe(byBytes(text));
    }
  });

  it('hashes accented and Kreyòl text by its UTF-8 bytes', () => {
    for (const text of ['kreyòl', 'niño', 'dezè', 'mèsi', 'ç', '😀']) {
      expect(fastTextHash(text)).toBe(byBytes(text));
      // Hashing the characters' codes instead would differ for these.
      let naive = 2166136261;
      for (let i = 0; i < text.length; i++) naive = Math.imul(naive ^ text.charCodeAt(i), 16777619) >>> 0;
      expect(fastTextHash(text)).not.toBe(naive >>> 0);
    }
  });
});

/** The definition of the word-pair buckets: fastText's uint64 arithmetic, in BigInt. */
function pairsByBigInt(hashes: readonly number[], bucket: number, wordNgrams: number): number[] {
  const asU64 = (h: number) => BigInt.asUintN(64, BigInt(h | 0));
  const out: number[] = [];
  for (let i = 0; i < hashes.length; i++) {
    let h = asU64(hashes[i] as number);
    for (let j = i + 1; j < hashes.length && j < i + wordNgrams; j++) {
      h = BigInt.asUintN(64, h * 116049371n + asU64(hashes[j] as number));
      out.push(Number(h % BigInt(bucket)));
    }
  }
  return out;
}

describe("fastText's word-pair buckets", () => {
  it('are those of 64-bit arithmetic, for hashes of every size and several bucket counts', () => {
    // A fixed sequence of 32-bit numbers, half of them at or above 2^31 (sign-extended).
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    const edges = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, fastTextHash('</s>'), fastTextHash('hola')];
    const hashes = [...edges, ...Array.from({ length: 4000 }, next)];
    for (const bucket of [5000, 2_000_000, 7, 1]) {
      for (const wordNgrams of [2, 3]) {
        const shape = { hasWord: () => false, bucket, minn: 0, maxn: 0, wordNgrams };
        expect(ngramBuckets(hashes, shape)).toEqual(pairsByBigInt(hashes, bucket, wordNgrams));
      }
    }
  });
});
