/**
 * The rows of a fastText supervised model that a message switches on, computed exactly as
 * fastText 0.9.2 does (dictionary.cc: getLine, computeSubwords, addWordNgrams), so the
 * model trained by Debian's `fasttext` can be run here without fastText: each word of the
 * vocabulary ("w:word"), the hashed letter groups of every word ("h:<bucket>", so "bzwn"
 * and "bezwen" share most of theirs), the hashed pairs of neighbouring words, and the
 * end-of-line token. Web-standard only (TextEncoder) so it runs on Workers.
 */

export interface InputShape {
  /** Words of the model's vocabulary. */
  hasWord(word: string): boolean;
  bucket: number;
  minn: number;
  maxn: number;
  wordNgrams: number;
}

const EOS = '</s>';
const encoder = new TextEncoder();

/** fastText's hash: 32-bit FNV-1a over the UTF-8 bytes, each byte sign-extended first. */
export function fastTextHash(text: string): number {
  let h = 2166136261;
  // Most text is ASCII, whose UTF-8 bytes are its character codes: no encoding needed.
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 128;
  if (ascii) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h >>> 0;
  }
  for (const byte of encoder.encode(text)) {
    h ^= byte > 127 ? (byte | 0xffffff00) >>> 0 : byte;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

/** The letter groups of words already seen, per model shape (a word's are always the same). */
const known = new WeakMap<InputShape, Map<string, string[]>>();
/** Words remembered per shape before the memory starts again. */
const KNOWN_WORDS = 20_000;

/** Letter groups of minn..maxn characters of "<word>", as fastText's computeSubwords. */
function subwords(word: string, shape: InputShape, out: string[]): void {
  let memory = known.get(shape);
  if (!memory) {
    memory = new Map();
    known.set(shape, memory);
  }
  let groups = memory.get(word);
  if (!groups) {
    groups = [];
    letterGroups(word, shape, groups);
    if (memory.size >= KNOWN_WORDS) memory.clear();
    memory.set(word, groups);
  }
  for (const g of groups) out.push(g);
}

function letterGroups(word: string, shape: InputShape, out: string[]): void {
  const chars = [...`<${word}>`];
  for (let i = 0; i < chars.length; i++) {
    let gram = '';
    for (let j = i, n = 1; j < chars.length && n <= shape.maxn; n++) {
      gram += chars[j++];
      if (n >= shape.minn && !(n === 1 && (i === 0 || j === chars.length)))
        out.push(`h:${fastTextHash(gram) % shape.bucket}`);
    }
  }
}

const TWO32 = 2 ** 32;
/** fastText's word-pair multiplier (dictionary.cc: addWordNgrams). */
const PAIR_FACTOR = 116049371;

/**
 * fastText's uint64 word-pair hash, as two 32-bit halves held in Numbers: BigInt arithmetic
 * allocated several numbers per pair of words of every message. Each product is split so that
 * no intermediate value passes 2^53, so the halves are exact; test/understanding/
 * fasttext-hash.test.ts holds them equal to BigInt arithmetic.
 */
interface U64 {
  hi: number;
  lo: number;
}

/** An int32 read as fastText reads it into a uint64: sign-extended. */
const asU64 = (h: number): U64 => ({ hi: (h | 0) < 0 ? 0xffffffff : 0, lo: h >>> 0 });

/** (h × PAIR_FACTOR + next) mod 2^64. */
function pairStep(h: U64, next: U64): U64 {
  const low16 = (h.lo & 0xffff) * PAIR_FACTOR;
  const high16 = (h.lo >>> 16) * PAIR_FACTOR;
  const t = low16 + (high16 % 0x10000) * 0x10000;
  const carry = Math.floor(t / TWO32) + Math.floor(high16 / 0x10000);
  const lo = (t % TWO32) + next.lo;
  const hi = Math.imul(h.hi, PAIR_FACTOR) + carry + next.hi + (lo >= TWO32 ? 1 : 0);
  return { hi: hi >>> 0, lo: lo % TWO32 };
}

/** A uint64 modulo a bucket count below 2^26 (so each product stays exact). */
const modulo = (h: U64, bucket: number) => ((h.hi % bucket) * (TWO32 % bucket) + h.lo) % bucket;

/** A line's tokens as fastText's getLine splits it, the end-of-line token last. */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (token) => out.push(token));
  return out;
}

/** fastText's word separators (dictionary.cc: readWord): space, \n, \r, \t, \v, \f and \0. */
const isSeparator = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0;

/**
 * Each token of a line in order, the end-of-line token last, as tokensOf lists them: the runs of
 * characters between separators, without making the list (a scorer reads every message's).
 */
export function forEachToken(text: string, visit: (token: string) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSeparator(text.charCodeAt(i))) {
      if (start >= 0) visit(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) visit(text.slice(start));
  visit(EOS);
}

/** The rows one token switches on: its word when the vocabulary has it, and its letter groups. */
export function tokenFeatures(token: string, shape: InputShape, out: string[]): void {
  if (shape.hasWord(token)) {
    out.push(`w:${token}`);
    if (token !== EOS && shape.maxn > 0) subwords(token, shape, out);
  } else if (token !== EOS) subwords(token, shape, out);
}

/** The buckets of the hashed word n-grams of a line, from its tokens' hashes, as addWordNgrams. */
export function ngramBuckets(hashes: readonly number[], shape: InputShape): number[] {
  const out: number[] = [];
  ngramBucketsInto(hashes, hashes.length, shape, out);
  return out;
}

/**
 * The same for the first `count` hashes, written into `out` from its start (arrays the caller
 * keeps from one message to the next); returns how many buckets were written.
 */
export function ngramBucketsInto(
  hashes: readonly number[],
  count: number,
  shape: InputShape,
  out: number[],
): number {
  let written = 0;
  for (let i = 0; i < count; i++) {
    let h = asU64(hashes[i] as number);
    for (let j = i + 1; j < count && j < i + shape.wordNgrams; j++) {
      h = pairStep(h, asU64(hashes[j] as number));
      out[written++] = modulo(h, shape.bucket);
    }
  }
  return written;
}

/** The model rows a line of text switches on; a row may appear more than once, as in fastText. */
export function featuresOf(text: string, shape: InputShape): string[] {
  const tokens = tokensOf(text);
  const out: string[] = [];
  for (const token of tokens) tokenFeatures(token, shape, out);
  for (const b of ngramBuckets(tokens.map(fastTextHash), shape)) out.push(`h:${b}`);
  return out;
}
