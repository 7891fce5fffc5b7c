/**
 * WEB_CHAT_FRAME_ANCESTORS: the sites allowed to show the web chat in a frame (an office's own
 * website, through widget.js or an iframe), besides the chat's own origin. Everything else is
 * refused by the chat's `frame-ancestors`, so another site cannot dress the chat up as its own
 * or trick a person into clicks. The staff inbox is never framed, whatever this says.
 */
import { z } from 'zod';

// An origin, optionally for every subdomain: https://www.office.example, https://*.office.example:8443
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

/**
 * The setting's value (origins separated by spaces or commas; `*` for any site; `self`, the
 * default, for none but the chat's own) as CSP sources, `'self'` first; null when an entry
 * is neither.
 */
export function parseFrameAncestors(value: string): string[] | null {
  const sources = new Set(["'self'"]);
  for (const raw of value.split(/[\s,]+/).filter(Boolean)) {
    const entry = raw.toLowerCase().replace(/\/$/, '');
    if (entry === 'self' || entry === "'self'") continue;
    if (entry !== '*' && !ORIGIN.test(entry)) return null;
    sources.add(entry);
  }
  return [...sources];
}

/** The setting as both servers' configuration reads it. */
export const frameAncestorsSetting = z
  .string()
  .default('self')
  .transform((value, ctx) => {
    const sources = parseFrameAncestors(value);
    if (sources) return sources;
    ctx.addIssue({
      code: 'custom',
      message:
        "origins separated by spaces, such as 'https://www.your-office.example https://*.your-office.example', or * for any site, or self",
    });
    return z.NEVER;
  });
