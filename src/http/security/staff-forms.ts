/**
 * The staff inbox's forms are plain HTML forms (application/x-www-form-urlencoded); the one
 * file upload (a reviewed translation, at the paths given as `uploads`) is multipart/form-data.
 * A POST in another encoding is refused with 415 before anything reads it: a malformed
 * multipart body made the form parser throw, which answered 500 (found by the fuzz tests,
 * test/fuzz/); where an upload is allowed, a body that does not parse is a 400 (routes.ts).
 */
import type { MiddlewareHandler } from 'hono';

const FORM = 'application/x-www-form-urlencoded';
const UPLOAD = 'multipart/form-data';

export function staffFormsOnly(uploads: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    const allowed = type === FORM || (type === UPLOAD && uploads.includes(c.req.path));
    if (c.req.method === 'POST' && type !== undefined && !allowed)
      return c.text(`Send the staff forms as ${FORM}, as the inbox's own pages do.`, 415);
    await next();
  };
}
