/**
 * Staff sessions and CSRF tokens, with Web Crypto only. The session is a signed, HttpOnly,
 * SameSite=Strict cookie holding "name|expiry"; the CSRF token for a session is an HMAC of
 * that value, put in every form and checked on every POST.
 */
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { StaffAccount } from '../../staff/accounts.ts';

const COOKIE = 'enlace_staff';
const HOURS = 12;
const encoder = new TextEncoder();

export interface StaffSession {
  account: StaffAccount;
  csrf: string;
}

async function hmacHex(secret: string, value: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`csrf|${value}`)));
  return [...signature].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function startSession(c: Context, secret: string, name: string, secure: boolean) {
  const value = `${name}|${Date.now() + HOURS * 3_600_000}`;
  await setSignedCookie(c, COOKIE, value, secret, {
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    path: '/staff',
    maxAge: HOURS * 3600,
  });
}

export function endSession(c: Context) {
  deleteCookie(c, COOKIE, { path: '/staff' });
}

export async function readSession(
  c: Context,
  secret: string,
  accounts: () => StaffAccount[],
): Promise<StaffSession | null> {
  const value = await getSignedCookie(c, secret, COOKIE);
  if (typeof value !== 'string') return null;
  const [name, expiry] = value.split('|');
  const account = accounts().find((a) => a.name === name);
  if (!account || !(Number(expiry) > Date.now())) return null;
  return { account, csrf: await hmacHex(secret, value) };
}

/** Constant-time comparison of two tokens. */
export function sameToken(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i) || 0) ^ b.charCodeAt(i);
  return diff === 0;
}
