/**
 * Request body limits: each path takes what its route needs and no more, and a bigger body
 * is refused with 413 before it is read (Hono's bodyLimit: a declared Content-Length is
 * refused at once; a streamed body is cut off as soon as it passes the limit). One limit per
 * request, picked by the longest matching path, so a streamed body is counted once. A
 * route that reads its body itself after checking who sent it (a webhook, `ChannelRoute.
 * readsBodyItself`) gets only the declared-length check here: reading a streamed body first
 * would read a stranger's body before the route could refuse it. Web-standard APIs only.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Lang } from '../../core/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';

const KiB = 1024;

/** The sizes, in bytes, of the routes the app itself serves; channels declare their own (ChannelRoute.maxBody). */
export const BODY_LIMITS = {
  /** Staff sign-in: a name and a password. */
  staffLogin: 4 * KiB,
  /** Staff forms: a reply or note of up to 4,000 characters, percent-encoded. */
  staffForm: 64 * KiB,
  /** A reviewed translation file uploaded on the review page: every text of a language, with its Spanish. */
  staffUpload: 4 * 1024 * KiB,
  /** Any other path, and a channel route that does not say. */
  other: 64 * KiB,
} as const;

/** A path's limit; `readsBodyItself` when its route bounds a streamed body itself, after its own checks. */
export type BodyLimit = readonly [path: string, bytes: number, readsBodyItself?: boolean];

/** The paths and their limits (read at each request, so routes mounted later count); `fallback` for any other path. */
export function bodyLimits(
  limits: ReadonlyArray<BodyLimit>,
  fallback: number,
  options: { i18n: I18n; lang: (acceptLanguage: string | undefined) => Lang },
): MiddlewareHandler {
  const tooLarge = (c: Context) => {
    const text = options.i18n.t(options.lang(c.req.header('accept-language')))('http.tooLarge');
    // The rest of the body is not read: the connection closes rather than take it in and drop it.
    const close = { connection: 'close' };
    // Forms in a browser get the sentence; the web chat's script and others get JSON.
    return (c.req.header('accept') ?? '').includes('text/html')
      ? c.text(text, 413, close)
      : c.json({ error: text }, 413, close);
  };
  const middlewares = new Map<number, MiddlewareHandler>();
  const middleware = (bytes: number) => {
    const known = middlewares.get(bytes);
    if (known) return known;
    const made = bodyLimit({ maxSize: bytes, onError: tooLarge });
    middlewares.set(bytes, made);
    return made;
  };
  // As Hono's bodyLimit does: a declared length counts unless the body is chunked.
  const declaredPast = (request: Request, bytes: number) =>
    !request.headers.has('transfer-encoding') &&
    Number.parseInt(request.headers.get('content-length') ?? '0', 10) > bytes;
  const matches = (path: string, prefix: string) =>
    path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
  return async (c, next) => {
    let best: BodyLimit | undefined;
    for (const entry of limits)
      if (matches(c.req.path, entry[0]) && entry[0].length > (best?.[0].length ?? -1)) best = entry;
    if (best?.[2]) return declaredPast(c.req.raw, best[1]) ? tooLarge(c) : next();
    return middleware(best ? best[1] : fallback)(c, next);
  };
}
