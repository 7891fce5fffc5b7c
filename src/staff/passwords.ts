/**
 * Staff passwords: scrypt (N=2^14, r=8, p=1) from @noble/hashes, pure JavaScript so that the
 * same check runs on Node and on Workers. Stored as `scrypt$N$r$p$salt$hash` (base64).
 */
import { scrypt } from '@noble/hashes/scrypt.js';

const PARAMS = { N: 2 ** 14, r: 8, p: 1, dkLen: 32 };
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export function hashPassword(password: string): string {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = scrypt(password.normalize('NFKC'), salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, b64(salt), b64(hash)].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = unb64(hash);
  const actual = scrypt(password.normalize('NFKC'), unb64(salt), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    dkLen: expected.length,
  });
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
