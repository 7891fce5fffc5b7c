/**
 * Staff passwords: scrypt (N=2^14, r=8, p=1), stored as `scrypt$N$r$p$salt$hash` (base64).
 * Hashing a new password (`npm run staff`) is synchronous, from @noble/hashes. Checking one
 * at login is asynchronous so it never holds the server's event loop: @noble/hashes's
 * scryptAsync (yields every few milliseconds; the same code runs on Workers), or on Node the
 * thread pool's scrypt (scrypt.node.ts), passed in as `ScryptAsync`. A login for a name that
 * does not exist checks against DUMMY_HASH, with the same parameters, so it costs as long.
 */
import { scrypt, scryptAsync } from '@noble/hashes/scrypt.js';

const PARAMS = { N: 2 ** 14, r: 8, p: 1, dkLen: 32 };
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** scrypt that does not block: resolves with the derived key. */
export type ScryptAsync = (
  password: string,
  salt: Uint8Array,
  params: { N: number; r: number; p: number; dkLen: number },
) => Promise<Uint8Array>;

/** The portable one: pure JavaScript, giving the event loop back every 5 ms. */
export const nobleScryptAsync: ScryptAsync = (password, salt, params) =>
  scryptAsync(password, salt, { ...params, asyncTick: 5 });

/**
 * A hash of a random password nobody knows, with the parameters every account has: what an
 * unknown name's login is checked against, so it takes as long as a real one's.
 */
export const DUMMY_HASH =
  'scrypt$16384$8$1$9m2tVmV0qx7hB1x8p0m8Aw==$y3mS6g3Q6pC7Gm8o0m8mM3t8Q6qZl2n8S6p0y1m8qQk=';

export function hashPassword(password: string): string {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = scrypt(password.normalize('NFKC'), salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, b64(salt), b64(hash)].join('$');
}

function parse(stored: string) {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return null;
  const expected = unb64(hash);
  return {
    salt: unb64(salt),
    expected,
    params: { N: Number(n), r: Number(r), p: Number(p), dkLen: expected.length },
  };
}

/** Compares in constant time. */
function same(actual: Uint8Array, expected: Uint8Array): boolean {
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}

/** Synchronous check, for tools and tests (the server uses checkPassword). */
export function verifyPassword(password: string, stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return false;
  return same(scrypt(password.normalize('NFKC'), parsed.salt, parsed.params), parsed.expected);
}

/** Checks a password without blocking the event loop; a malformed hash checks against DUMMY_HASH (and fails). */
export async function checkPassword(
  password: string,
  stored: string,
  run: ScryptAsync = nobleScryptAsync,
): Promise<boolean> {
  const parsed = parse(stored);
  const used = parsed ?? (parse(DUMMY_HASH) as NonNullable<ReturnType<typeof parse>>);
  const actual = await run(password.normalize('NFKC'), used.salt, used.params);
  return parsed !== null && same(actual, used.expected);
}
