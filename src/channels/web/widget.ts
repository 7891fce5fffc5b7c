/**
 * widget.js, the embed script other sites load to show the web chat in a corner (`<script
 * src="https://chat.your-office.example/widget.js" async>`), and PUBLIC_URL, the chat's
 * address it frames. The script never depends on the request: built from the address it was
 * loaded from would echo the Host header, and a cache in between could keep a forged one and
 * hand it to every site (a frame of someone else's page dressed as the office's chat). With
 * PUBLIC_URL set it frames that address; without it, the browser works the address out from
 * the script's own `src`, which the page that embeds it wrote, not whoever sent a request.
 */
import { z } from 'zod';

/** Plain HTTP is for a server on this machine only (development): anywhere else, HTTPS. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const EXPECTED = 'the address people reach the web chat at, such as https://chat.your-office.example';

/** What is wrong with a PUBLIC_URL value, in words for the operator; undefined when nothing is. */
function publicUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return EXPECTED;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure) return `${EXPECTED} (https://; http:// only for localhost)`;
  if (url.username || url.password || url.search || url.hash)
    return `${EXPECTED}, without a user, a ?query or a #fragment`;
  return undefined;
}

/** PUBLIC_URL as both servers' settings read it: the address with a trailing slash. */
export const publicUrlSetting = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const problem = publicUrlProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    const url = new URL(value);
    return `${url.origin}${url.pathname.replace(/\/*$/, '/')}`;
  });

const FRAME_STYLE =
  'position:fixed;right:1rem;bottom:1rem;width:min(24rem,calc(100vw - 2rem));height:min(36rem,calc(100vh - 2rem));border:1px solid #d0d7de;border-radius:.8rem;z-index:2147483647;background:#fff';

/**
 * The script, the same for every request. `publicUrl` (PUBLIC_URL) when set; otherwise the
 * folder the browser loaded widget.js from (document.currentScript, null only when the
 * script is run some other way than from a `<script src>` tag, which the console then says).
 */
export function widgetScript(publicUrl?: string): string {
  const address = publicUrl
    ? `const src=${JSON.stringify(publicUrl)};`
    : "const me=document.currentScript;if(!me){console.error('Enlace widget.js: load it with <script src=\"…/widget.js\">, or set PUBLIC_URL on the server');return;}const src=new URL('./',me.src).href;";
  return `(()=>{${address}const f=document.createElement('iframe');f.src=src;f.title='Enlace';f.style.cssText=${JSON.stringify(FRAME_STYLE)};document.body.append(f);})();`;
}
