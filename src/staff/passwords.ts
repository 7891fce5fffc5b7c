/**
 * Staff passwords: scrypt, stored as `scrypt$N$r$p$salt$hash` (base64), so each hash carries
 * the parameters it was made with. Hashing a new password (`npm run staff`) is synchronous,
 * from @noble/hashes. Checking one at login, and rehashing it with today's parameters after a
 * right password (password-upgrade.ts), is asynchronous so it never holds the server's event
 * loop: @noble/hashes's scryptAsync (yields every few milliseconds; the same code runs on
 * Workers), or on Node the thread pool's scrypt (scrypt.node.ts), passed in as `ScryptAsync`.
 * A login for a name that does not exist checks against DUMMY_HASH, made with today's
 * parameters, so it costs as long.
 */
import { scrypt, scryptAsync } from '@noble/hashes/scrypt.js';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  dkLen: number;
}

/**
 * Today's parameters: OWASP's Password Storage Cheat Sheet asks N=2^17, r=8, p=1 or an equal
 * cost; of its list we take N=2^14, r=8, p=5 (the same 16 MiB as the N=2^14, p=1 hashes made
 * before, five times the work). Why not more memory: Workers runs @noble/hashes in plain
 * JavaScript inside an isolate of at most 128 MB, and each check holds 128·N·r bytes while it
 * runs, so N=2^17 (128 MiB) cannot run at all and N=2^16 (64 MiB) one login at a time; 16 MiB
 * lets several run at once there, fits Node's default scrypt maxmem (32 MiB), and keeps the
 * 4 checks of Node's thread pool at 64 MiB. It is also the cheapest of the list in CPU, which
 * is what parallel logins queue for on a 2-core server: 236 ms a check there with node:crypto
 * (N=2^17: 438 ms), 400 ms with @noble/hashes (was 52 and 100 ms with p=1).
 */
export const PASSWORD_PARAMS: Readonly<ScryptParams> = { N: 2 ** 14, r: 8, p: 5, dkLen: 32 };

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** scrypt that does not block: resolves with the derived key. */
export type ScryptAsync = (password: string, salt: Uint8Array, params: ScryptParams) => Promise<Uint8Array>;

/** The portable one: pure JavaScript, giving the event loop back every 5 ms. */
export const nobleScryptAsync: ScryptAsync = (password, salt, params) =>
  scryptAsync(password, salt, { ...params, asyncTick: 5 });

const encode = (params: ScryptParams, salt: Uint8Array, hash: Uint8Array) =>
  ['scrypt', params.N, params.r, params.p, b64(salt), b64(hash)].join('$');

/**
 * What an unknown name's login is checked against, with today's parameters (built from them,
 * so it cannot lag behind), so it takes as long as a real one's. Its "hash" is 32 random
 * bytes no password gives.
 */
export const DUMMY_HASH = encode(
  PASSWORD_PARAMS,
  unb64('9m2tVmV0qx7hB1x8p0m8Aw=='),
  unb64('y3mS6g3Q6pC7Gm8o0m8mM3t8Q6qZl2n8S6p0y1m8qQk='),
);

/** A new hash, with today's parameters (tests pass older ones to make the hashes of before). */
export function hashPassword(password: string, params: ScryptParams = PASSWORD_PARAMS): string {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return encode(params, salt, scrypt(password.normalize('NFKC'), salt, params));
}

/** A new hash with today's parameters, off the event loop (a login's rehash). */
export async function hashPasswordAsync(password: string, run: ScryptAsync = nobleScryptAsync) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return encode(PASSWORD_PARAMS, salt, await run(password.normalize('NFKC'), salt, PASSWORD_PARAMS));
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

/** The parameters a stored hash was made with (null when it is no scrypt hash of ours). */
export function hashParams(stored: string): ScryptParams | null {
  return parse(stored)?.params ?? null;
}

/**
 * Whether a stored hash is weaker than today's: less memory (N·r) or less work (N·r·p). Any
 * of OWASP's equal choices (N=2^17 p=1, N=2^16 p=2, N=2^15 p=3) counts as strong enough and
 * is kept; the N=2^14, p=1 hashes of before are not.
 */
export function isOutdated(stored: string): boolean {
  const params = hashParams(stored);
  if (!params) return false;
  const { N, r, p } = PASSWORD_PARAMS;
  return params.N * params.r < N * r || params.N * params.r * params.p < N * r * p;
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
