/**
 * fastText's hash as the learned models need it (src/understanding/features.ts): the fast
 * path for ASCII text must give exactly what hashing the UTF-8 bytes gives, and text with
 * accents or Kreyòl letters must still go through its bytes.
 */
import { describe, expect, it } from 'vitest';
import { fastTextHash } from '../../src/understanding/features.ts';

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
