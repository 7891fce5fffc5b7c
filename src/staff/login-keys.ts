/**
 * The keyed hashes the login limits are kept under: the store never holds a typed name, an
 * address or a device cookie, only HMACs of them with the server's secret (Web Crypto), so a
 * copy of the store lists no names and a key cannot be made without the secret.
 */
const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A typed account name as the limits count it: case and width folded, so "Ana" and "ana" share a count. */
export const foldName = (name: string) => name.normalize('NFKC').trim().toLowerCase().slice(0, 100);

/** HMAC-SHA-256 of `purpose|text` under the secret, as 64 hex digits. */
export function keyedHash(secret: string, purpose: string) {
  const key = crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return async (text: string) =>
    hex(await crypto.subtle.sign('HMAC', await key, encoder.encode(`${purpose}|${text}`)));
}

/** Compares two hex strings in constant time (for their length). */
export function sameHex(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i) || 0) ^ b.charCodeAt(i);
  return diff === 0;
}
