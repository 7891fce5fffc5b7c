/**
 * Random bytes from a fixed seed (mulberry32), for commands that must print the same output on the
 * same input: `converse` draws folios and case codes from it, so a conversation replayed message by
 * message keeps its folio. Never for anything secret: the live assistant draws from crypto.
 */
export function seededBytes(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return (n) => Uint8Array.from({ length: n }, () => next() & 0xff);
}
