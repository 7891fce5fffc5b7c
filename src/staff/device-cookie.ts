/**
 * Device cookies, as OWASP has them ("Slow Down Online Guessing Attacks with Device
 * Cookies"): a browser that signed in to an account gets a cookie bound to that account and
 * signed with the server's secret (HttpOnly, SameSite=Strict, Secure over HTTPS, sent to the
 * login page only). At the next login to the same account it marks a known device: its
 * attempts count under their own key (one per cookie) instead of the account-wide slowdown
 * that strangers share, so guessers elsewhere cannot keep staff out. A cookie that is not
 * ours, or another account's, is no cookie at all; a stolen one that keeps failing locks
 * itself out and then counts as a stranger (login-throttle.ts). Web Crypto only.
 */
import { z } from 'zod';
import { hex } from '../core/keyed-hash.ts';
import { foldName, keyedHash, sameHex } from './login-keys.ts';

/** Every device cookie's name starts so; the rest is an HMAC of the account's name. */
export const DEVICE_COOKIE_PREFIX = 'enlace_device_';
/** How long a browser stays known without signing in again. */
export const DEVICE_COOKIE_DAYS = 180;

/** A device cookie's name and value as a browser may send them; anything else is dropped unread. */
export const deviceCookieSchema = z.object({
  name: z.string().regex(new RegExp(`^${DEVICE_COOKIE_PREFIX}[0-9a-f]{16}$`)),
  value: z.string().regex(/^[0-9a-f]{32}\.[0-9a-f]{64}$/),
});
export type DeviceCookie = z.infer<typeof deviceCookieSchema>;

export function createDeviceCookies(secret: string) {
  const hash = keyedHash(secret, 'device-cookie');
  const nameFor = async (account: string) =>
    `${DEVICE_COOKIE_PREFIX}${(await hash(`name|${foldName(account)}`)).slice(0, 16)}`;
  const signature = (account: string, nonce: string) => hash(`sign|${foldName(account)}|${nonce}`);

  return {
    /** A new cookie for a browser that just signed in to `account`. */
    async issue(account: string): Promise<DeviceCookie> {
      const nonce = hex(crypto.getRandomValues(new Uint8Array(16)));
      return { name: await nameFor(account), value: `${nonce}.${await signature(account, nonce)}` };
    },
    /** The device's nonce when one of the cookies is ours for the typed account name; else null. */
    async deviceOf(account: string, cookies: readonly DeviceCookie[]): Promise<string | null> {
      const name = await nameFor(account);
      const cookie = cookies.find((c) => c.name === name);
      if (!cookie) return null;
      const [nonce = '', signed = ''] = cookie.value.split('.');
      return sameHex(signed, await signature(account, nonce)) ? nonce : null;
    },
  };
}

export type DeviceCookies = ReturnType<typeof createDeviceCookies>;
