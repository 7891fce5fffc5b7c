/**
 * The keyed hashes the login limits are kept under: the store never holds a typed name, an
 * address or a device cookie, only HMACs of them with the server's secret (Web Crypto), so a
 * copy of the store lists no names and a key cannot be made without the secret.
 */
export { keyedHash } from '../core/keyed-hash.ts';

/** A typed account name as the limits count it: case and width folded, so "Ana" and "ana" share a count. */
export const foldName = (name: string) => name.normalize('NFKC').trim().toLowerCase().slice(0, 100);

/** Compares two hex strings in constant time (for their length). */
export function sameHex(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i) || 0) ^ b.charCodeAt(i);
  return diff === 0;
}
