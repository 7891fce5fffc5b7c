/**
 * Keyed hashes (HMAC-SHA-256 with the server's secret, Web Crypto): what the store keeps in
 * place of something that names a person or a client (a typed name, an address, a chat id),
 * so a copy of the store lists none of them and a key cannot be made without the secret.
 */
const encoder = new TextEncoder();
/** Bytes as lowercase hex. */
export const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

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
