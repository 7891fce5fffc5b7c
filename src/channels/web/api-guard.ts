/**
 * Who may write to the web chat's API: only its own page, or a page on a site the office
 * named in WEB_CHAT_FRAME_ANCESTORS, and only as application/json. A page on another site
 * could otherwise make its visitors' browsers post messages (a cross-site `text/plain` POST
 * needs no permission from us), each from the visitor's own address, and open urgent tickets
 * by the thousand (issue 31). JSON from another origin needs a CORS preflight we never
 * grant; the Origin check refuses what a browser still sends. Requests without Origin
 * (a tool, a test) must still be JSON. Refusals are JSON errors an operator can act on.
 * Web-standard APIs only.
 */
import type { MiddlewareHandler } from 'hono';
import type { I18n } from '../../i18n/create-i18n.ts';

const JSON_TYPE = 'application/json';

/** Whether `origin` matches one CSP source as WEB_CHAT_FRAME_ANCESTORS gives them ('self', *, https://*.x.example). */
function matches(source: string, origin: string, own: string): boolean {
  if (source === "'self'") return origin === own;
  if (source === '*') return true;
  const wildcard = /^(https?:\/\/)\*\.(.+)$/.exec(source);
  if (!wildcard) return origin === source;
  const [, scheme = '', rest = ''] = wildcard;
  return origin.startsWith(scheme) && origin.endsWith(`.${rest}`);
}

/** Whether the request comes from a page allowed to write (see above). */
function allowedSender(request: Request, sources: readonly string[]): boolean {
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  // The browser itself says the page is ours (behind a proxy that speaks HTTPS for us, too).
  if (site === 'same-origin') return true;
  if (origin === null) return site === null || site === 'none';
  const own = new URL(request.url).origin;
  return sources.some((source) => matches(source, origin.toLowerCase(), own));
}

export function chatApiGuard(options: { sources: readonly string[]; i18n: I18n }): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const t = options.i18n.t('en');
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== JSON_TYPE) return c.json({ error: t('http.chatJsonOnly') }, 415);
    if (!allowedSender(c.req.raw, options.sources)) return c.json({ error: t('http.chatOrigin') }, 403);
    return next();
  };
}
