/**
 * The security headers of every response, with Hono's secureHeaders: a strict
 * Content-Security-Policy whose only scripts and styles are the pages' own inline blocks,
 * allowed by their SHA-256 hashes (src/core/inline-assets.ts; no 'unsafe-inline', no other
 * script source, so an injected tag or handler does not run); no <base>, no plugins, forms
 * only to this server. The staff inbox can never be framed (frame-ancestors 'none',
 * X-Frame-Options DENY); the web chat only by the sites in WEB_CHAT_FRAME_ANCESTORS (its own
 * origin by default). HSTS only when cookies are secure (COOKIE_SECURE), i.e. behind HTTPS.
 * A header a route set itself (the staff media route's sandbox) is kept.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { type InlineScope, inlineBlocks } from '../../core/inline-assets.ts';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

export interface SecurityOptions {
  /** Send Strict-Transport-Security (the server is reached over HTTPS). */
  hsts: boolean;
  /** CSP sources allowed to frame the web chat (src/http/security/frame-ancestors.ts). */
  webChatFrameAncestors: readonly string[];
}

export const DEFAULT_SECURITY: SecurityOptions = { hsts: false, webChatFrameAncestors: ["'self'"] };

/** One year, the value HSTS preload lists ask for. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** `'sha256-…'` for a block's exact text, as the browser hashes it (UTF-8). */
export async function hashSource(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** Whether a path belongs to the staff inbox. */
export const isStaffPath = (path: string) => path === '/staff' || path.startsWith('/staff/');

type Hashes = { scripts: string[]; styles: string[] };

/** The directives both kinds of page share; each page's own blocks are its only scripts and styles. */
function directives(hashes: Hashes) {
  return {
    defaultSrc: ["'none'"],
    scriptSrc: hashes.scripts.length ? hashes.scripts : ["'none'"],
    styleSrc: hashes.styles.length ? hashes.styles : ["'none'"],
    // The inbox shows the photos and plays the voice notes people send, from this server.
    imgSrc: ["'self'"],
    mediaSrc: ["'self'"],
    // The chat's fetches and the inbox's live updates (EventSource), to this server only.
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
  };
}

function policies(options: SecurityOptions, staff: Hashes, chat: Hashes) {
  const shared: SecureHeadersOptions = {
    strictTransportSecurity: options.hsts ? HSTS : false,
    // Nothing of ours uses these; a page that was made to ask gets no prompt.
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
    overwrite: false,
  };
  const framedOnlyBySelf = options.webChatFrameAncestors.every((s) => s === "'self'");
  return {
    staff: secureHeaders({
      ...shared,
      xFrameOptions: 'DENY',
      contentSecurityPolicy: { ...directives(staff), frameAncestors: ["'none'"] },
    }),
    // widget.js is loaded by other sites' pages, so the chat's files are not same-origin only;
    // X-Frame-Options has no way to name other sites, so frame-ancestors alone speaks then.
    chat: secureHeaders({
      ...shared,
      crossOriginResourcePolicy: false,
      xFrameOptions: framedOnlyBySelf ? 'SAMEORIGIN' : false,
      contentSecurityPolicy: { ...directives(chat), frameAncestors: [...options.webChatFrameAncestors] },
    }),
  };
}

async function hashesOf(scope: InlineScope): Promise<Hashes> {
  const { scripts, styles } = inlineBlocks(scope);
  return {
    scripts: await Promise.all(scripts.map(hashSource)),
    styles: await Promise.all(styles.map(hashSource)),
  };
}

const blockCount = () =>
  (['staff', 'web-chat'] as const)
    .map((scope) => inlineBlocks(scope))
    .reduce((n, b) => n + b.scripts.length + b.styles.length, 0);

export function securityHeaders(options: SecurityOptions = DEFAULT_SECURITY): MiddlewareHandler {
  // Hashed on the first request (Web Crypto is async), again if a page module registered more.
  let built: { count: number; ready: Promise<ReturnType<typeof policies>> } | undefined;
  const current = () => {
    const count = blockCount();
    if (built?.count !== count) {
      const ready = Promise.all([hashesOf('staff'), hashesOf('web-chat')]).then(([staff, chat]) =>
        policies(options, staff, chat),
      );
      built = { count, ready };
    }
    return built.ready;
  };
  return async (c, next) => {
    const policy = await current();
    return (isStaffPath(c.req.path) ? policy.staff : policy.chat)(c, next);
  };
}
