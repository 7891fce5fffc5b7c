/**
 * The staff login page and what stands behind it: the throttle, the password check off the
 * event loop, server-side sessions and the audit log, built once per inbox from its options
 * (staffSecurity), and the two routes GET/POST /staff/login. A refused login says why and,
 * when the next attempt must wait, for how long (429 with Retry-After while throttled), in
 * the language the browser asks for; the same answer for a made-up name as for a real one.
 */
import type { Context, Hono } from 'hono';
import { LANGS, type Lang } from '../../core/types.ts';
import { type Audit, createAudit } from '../../staff/audit.ts';
import { createLogin, type LoginOutcome } from '../../staff/login.ts';
import { createLoginThrottle, loginPolicy } from '../../staff/login-throttle.ts';
import { clientAddress } from '../limits/client-address.ts';
import type { InboxOptions } from './routes.ts';
import { type InboxEnv, type SessionDeps, startSession } from './session.ts';
import { loginPage } from './views.ts';

/** Without a setting: Node's socket address (behind a proxy, pass the limits' header-reading one). */
const socketAddress = clientAddress();

/** The inbox's security parts, shared by its routes. */
export interface StaffSecurity {
  audit: Audit;
  sessions: SessionDeps;
  login: ReturnType<typeof createLogin>;
  /** The client's address, as the runtime knows it ("unknown" when it cannot tell). */
  addressOf: (c: Context) => string;
}

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
      audit,
      ...(options.scrypt ? { scrypt: options.scrypt } : {}),
    }),
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

export function loginRoutes(app: Hono<InboxEnv>, options: InboxOptions, security: StaffSecurity) {
  app.get('/login', (c) => c.html(loginPage(options.i18n.t(browserLang(c)))));
  app.post('/login', async (c) => {
    const t = options.i18n.t(browserLang(c));
    const form = await c.req.parseBody();
    const now = security.sessions.now();
    const outcome: LoginOutcome = await security.login({
      name: String(form.name ?? '').slice(0, MAX_FIELD),
      password: String(form.password ?? '').slice(0, MAX_FIELD),
      address: security.addressOf(c),
      now,
    });
    if (outcome.ok) {
      await startSession(c, security.sessions, outcome.account.name);
      return c.redirect('/staff');
    }
    if (outcome.reason === 'disabled') return c.html(loginPage(t, t('inbox.signin.disabled')), 403);
    const waitMs = outcome.retryAt - now;
    const seconds = Math.ceil(waitMs / 1000);
    const wait =
      waitMs <= 0
        ? ''
        : outcome.locked
          ? t('inbox.signin.locked', { minutes: Math.ceil(waitMs / 60_000) })
          : seconds < 60
            ? t('inbox.signin.waitSeconds', { seconds })
            : t('inbox.signin.waitMinutes', { minutes: Math.ceil(waitMs / 60_000) });
    if (outcome.reason === 'throttled')
      return c.html(loginPage(t, wait), 429, { 'retry-after': String(Math.max(1, seconds)) });
    return c.html(loginPage(t, [t('inbox.badLogin'), wait].filter(Boolean).join(' ')), 401);
  });
}
