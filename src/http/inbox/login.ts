/**
 * The staff login page and what stands behind it: the throttle, the password check off the
 * event loop, server-side sessions, device cookies and the audit log, built once per inbox
 * from its options (staffSecurity), and the two routes GET/POST /staff/login. A refused login
 * says why and, when the next attempt must wait, for how long (429 with Retry-After while
 * throttled), in the language the browser asks for; the same answer for a made-up name as for
 * a real one, and for a disabled account as for a wrong password. The form and the device
 * cookies are read through zod; a signed-in browser gets its device cookie for the account.
 */
import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { LANGS, type Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { createAudit } from '../../staff/audit.ts';
import {
  createDeviceCookies,
  DEVICE_COOKIE_DAYS,
  DEVICE_COOKIE_PREFIX,
  type DeviceCookie,
  deviceCookieSchema,
} from '../../staff/device-cookie.ts';
import { createLogin, type LoginOutcome } from '../../staff/login.ts';
import { createLoginThrottle, loginPolicy } from '../../staff/login-throttle.ts';
import { clientAddress } from '../limits/client-address.ts';
import type { InboxOptions, StaffSecurity } from './inbox-options.ts';
import { type InboxEnv, startSession } from './session.ts';
import { loginPage } from './views.ts';

/** Without a setting: Node's socket address (behind a proxy, pass the limits' header-reading one). */
const socketAddress = clientAddress();

export function staffSecurity(options: InboxOptions, now: () => number): StaffSecurity {
  const audit = options.audit ?? createAudit(options.store, { now });
  const throttle = createLoginThrottle(options.store, options.secret, options.loginPolicy ?? loginPolicy());
  return {
    audit,
    sessions: { store: options.store, secret: options.secret, secureCookies: options.secureCookies, now },
    login: createLogin({
      store: options.store,
      accounts: options.accounts,
      throttle,
      devices: createDeviceCookies(options.secret),
      audit,
      ...(options.scrypt ? { scrypt: options.scrypt } : {}),
      ...(options.countLogin ? { count: options.countLogin } : {}),
      ...(options.saveHash ? { saveHash: options.saveHash } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    }),
    unlock: (name) => throttle.unlock(name, now()),
    addressOf: (c) => (options.clientAddress ?? socketAddress)(c.req.raw, c.env),
  };
}

/** The language a browser asks for (Accept-Language), among ours; Spanish when none fits. */
function browserLang(c: Context): Lang {
  const wanted = (c.req.header('accept-language') ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((code) => LANGS.includes(code as Lang));
  return (wanted as Lang | undefined) ?? 'es';
}

/** The longest name and password read; anything longer is cut (and fails). */
const MAX_FIELD = 1024;
/** A form field: a missing one, or a file, reads as empty. */
const field = z
  .string()
  .catch('')
  .transform((value) => value.slice(0, MAX_FIELD));
const loginForm = z.object({ name: field, password: field });

/** The browser's device cookies that have the shape of ours (whether they are ours, the login checks). */
function deviceCookies(c: Context): DeviceCookie[] {
  return Object.entries(getCookie(c))
    .filter(([name]) => name.startsWith(DEVICE_COOKIE_PREFIX))
    .flatMap(([name, value]) => {
      const parsed = deviceCookieSchema.safeParse({ name, value });
      return parsed.success ? [parsed.data] : [];
    });
}

/** What to tell a refused login about waiting ('' when it need not wait). */
function waitText(t: Translate, outcome: Extract<LoginOutcome, { ok: false }>, now: number): string {
  const waitMs = outcome.retryAt - now;
  const seconds = Math.ceil(waitMs / 1000);
  const minutes = Math.ceil(waitMs / 60_000);
  if (waitMs <= 0) return '';
  if (outcome.locked) return t('inbox.signin.locked', { minutes });
  if (outcome.slowed) return t('inbox.signin.slowed', { seconds });
  return seconds < 60
    ? t('inbox.signin.waitSeconds', { seconds })
    : t('inbox.signin.waitMinutes', { minutes });
}

export function loginRoutes(app: Hono<InboxEnv>, options: InboxOptions, security: StaffSecurity) {
  app.get('/login', (c) => c.html(loginPage(options.i18n.t(browserLang(c)))));
  app.post('/login', async (c) => {
    const t = options.i18n.t(browserLang(c));
    const form = loginForm.parse(await c.req.parseBody());
    const now = security.sessions.now();
    const outcome: LoginOutcome = await security.login({
      ...form,
      address: security.addressOf(c),
      devices: deviceCookies(c),
      now,
    });
    if (outcome.ok) {
      await startSession(c, security.sessions, outcome.account.name);
      setCookie(c, outcome.device.name, outcome.device.value, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: options.secureCookies,
        path: '/staff/login',
        maxAge: DEVICE_COOKIE_DAYS * 86_400,
      });
      return c.redirect('/staff');
    }
    const wait = waitText(t, outcome, now);
    if (outcome.reason === 'throttled') {
      const seconds = Math.max(1, Math.ceil((outcome.retryAt - now) / 1000));
      return c.html(loginPage(t, wait), 429, { 'retry-after': String(seconds) });
    }
    return c.html(loginPage(t, [t('inbox.badLogin'), wait].filter(Boolean).join(' ')), 401);
  });
}
