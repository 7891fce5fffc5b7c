/**
 * Meta's webhook signature: `X-Hub-Signature-256: sha256=<hex>`, the HMAC-SHA256 of the raw
 * request body with the app secret. Checked with WebCrypto's `verify`, which compares in
 * constant time, so this runs on Node and Workers alike (no node:crypto).
 */
const encoder = new TextEncoder();
const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

/** Imports the app secret once; the key is reused for every request. */
export function signatureKey(appSecret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(appSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

/**
 * The 32 bytes a well-formed header carries; undefined when it is missing or not
 * `sha256=<64 hex digits>`, which the webhook refuses before it reads the body.
 */
export function signatureBytes(header: string | undefined | null): Uint8Array<ArrayBuffer> | undefined {
  const hex = SIGNATURE.exec(header?.trim() ?? '')?.[1];
  if (!hex) return undefined;
  const given = new Uint8Array(32);
  for (let i = 0; i < 32; i++) given[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return given;
}

/** Whether `header` is the signature of `body` (the bytes as received, before any parsing). */
export async function verifySignature(
  key: CryptoKey,
  body: ArrayBuffer | Uint8Array<ArrayBuffer>,
  header: string | undefined | null,
): Promise<boolean> {
  const given = signatureBytes(header);
  if (!given) return false;
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  return crypto.subtle.verify('HMAC', key, given, bytes);
}

/** The header value Meta would send for `body`: for tests and the local Graph API stub. */
export async function signBody(appSecret: string, body: string): Promise<string> {
  const key = await signatureKey(appSecret);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)));
  return `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
