/**
 * Staff sessions and CSRF tokens, with Web Crypto only. A session is held server-side, in the
 * store (StaffSecurityStore), for 12 hours: the cookie (signed, HttpOnly, SameSite=Strict)
 * carries only a random token, and the store keeps the session under the token's SHA-256, so
 * logging out, "sign out everywhere" and disabling an account end it at once on every
 * instance, and a copy of the cookie is worth nothing afterwards. Every request reads it from
 * the store. The CSRF token is an HMAC of the session's token, in every form, checked on every POST.
 */
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { StaffSecurityStore } from '../../core/ports/staff-security-store.ts';
import type { StaffAccount } from '../../staff/accounts.ts';

const COOKIE = 'enlace_staff';
export const SESSION_HOURS = 12;
const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export interface StaffSession {
  account: StaffAccount;
  csrf: string;
  /** The store's id of this session (the SHA-256 of the cookie's token). */
  id: string;
}

/** What the inbox's routes see on the context once the session is read. */
export type InboxEnv = { Variables: { session: StaffSession } };

export interface SessionDeps {
  store: Pick<StaffSecurityStore, 'saveSession' | 'getSession' | 'endSession'>;
  secret: string;
  secureCookies: boolean;
  now: () => number;
}

async function hmacHex(secret: string, value: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(`csrf|${value}`)));
}

const idOf = async (token: string) => hex(await crypto.subtle.digest('SHA-256', encoder.encode(token)));

/** Opens a session for the account and sets its cookie. */
export async function startSession(c: Context, deps: SessionDeps, account: string) {
  const token = hex(crypto.getRandomValues(new Uint8Array(32)));
  await deps.store.saveSession(await idOf(token), {
    account,
    expiresAt: deps.now() + SESSION_HOURS * 3_600_000,
  });
  await setSignedCookie(c, COOKIE, token, deps.secret, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: deps.secureCookies,
    path: '/staff',
    maxAge: SESSION_HOURS * 3600,
  });
}

/** Ends this session in the store (every copy of the cookie with it) and clears the cookie. */
export async function endSession(c: Context, deps: SessionDeps, session: StaffSession) {
  await deps.store.endSession(session.id);
  deleteCookie(c, COOKIE, { path: '/staff' });
}

/** The request's session: its cookie is signed, its session is in the store, its account exists. */
export async function readSession(
  c: Context,
  deps: SessionDeps,
  accounts: () => StaffAccount[],
): Promise<StaffSession | null> {
  const token = await getSignedCookie(c, deps.secret, COOKIE);
  // Anything else (an old "name|expiry" cookie, a forged one) is no session.
  if (typeof token !== 'string' || !/^[0-9a-f]{64}$/.test(token)) return null;
  const id = await idOf(token);
  const kept = await deps.store.getSession(id, deps.now());
  const account = kept && accounts().find((a) => a.name === kept.account);
  if (!account) return null;
  return { account, csrf: await hmacHex(deps.secret, token), id };
}

/** Constant-time comparison of two tokens. */
export function sameToken(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i) || 0) ^ b.charCodeAt(i);
  return diff === 0;
}
