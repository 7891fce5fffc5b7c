/**
 * The staff inbox's forms are plain HTML forms (application/x-www-form-urlencoded), never
 * file uploads. A POST in another encoding is refused with 415 before anything reads it:
 * a malformed multipart body made the form parser throw, which answered 500 (found by the
 * fuzz tests, test/fuzz/), and nothing of ours needs to parse one.
 */
import type { MiddlewareHandler } from 'hono';

const FORM = 'application/x-www-form-urlencoded';

export function staffFormsOnly(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type');
    if (c.req.method === 'POST' && type !== undefined && type.split(';')[0]?.trim().toLowerCase() !== FORM)
      return c.text(`Send the staff forms as ${FORM}, as the inbox's own pages do.`, 415);
    await next();
  };
}
