/**
 * The web chat page: server-rendered HTML (hono/html escapes every value), a small style
 * sheet and the chat's script (client.ts), both inline and allowed by their hashes in the
 * Content-Security-Policy (src/http/security/headers.ts); no event handler in the markup.
 * Light enough for a cheap phone on a slow connection; all words come from locales/, the
 * page's own in every language, so the script switches them with the conversation's. An
 * emergency's reply has a style of its own, and the office's emergency lines (phoneLines, from
 * knowledge/office.yaml) where a reply names them are tap-to-call links.
 */
import { html, raw } from 'hono/html';
import { inlineScript, inlineStyle } from '../../core/inline-assets.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import type { I18n, Translate } from '../../i18n/create-i18n.ts';
import { chatClientScript } from './client.ts';

// Made for a phone first: the page is one screen tall, and only the conversation scrolls, so
// the form stays at hand and the latest reply with its buttons can be brought into view.
const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,sans-serif;background:#f4f6f8;color:#1b1f23}
#enlace{max-width:40rem;margin:0 auto;height:100vh;height:100dvh;display:flex;flex-direction:column;background:#fff}
header{padding:.5rem 1rem;background:#0b5d4b;color:#fff}header h1{font-size:1.05rem;margin:0}
header p{margin:.2rem 0 0;font-size:.85rem}nav{margin-top:.3rem;font-size:.9rem}nav a{color:#fff;margin-right:.75rem}
nav a[aria-current]{font-weight:700;text-decoration:none}
[data-scroll]{flex:1;min-height:0;overflow-y:auto;overscroll-behavior:contain}
ol{list-style:none;margin:0;padding:1rem 1rem .25rem}
.msg{margin:0 0 .75rem;max-width:90%}
.msg p{margin:0;padding:.6rem .8rem;border-radius:.8rem;white-space:pre-wrap;overflow-wrap:anywhere;background:#eef1f4}
.msg a{color:inherit;text-decoration:underline}
.msg.person{margin-left:auto}.msg.person p{background:#0b5d4b;color:#fff}.msg.staff p{background:#fff4d6}
.who{display:block;font-size:.75rem;color:#57606a;margin:0 .3rem .15rem}
.choices{display:flex;flex-wrap:wrap;gap:.4rem;padding:0 1rem 1rem}
.choices button{font:inherit;padding:.45rem .8rem;border:1px solid #0b5d4b;border-radius:1.2rem;background:#fff;color:#0b5d4b;text-align:left;overflow-wrap:anywhere}
form{display:flex;gap:.5rem;padding:.6rem .75rem;border-top:1px solid #d0d7de}
input{flex:1;min-width:0;font:inherit;padding:.6rem;border:1px solid #8c959f;border-radius:.5rem}
form button{font:inherit;padding:.6rem 1rem;border:0;border-radius:.5rem;background:#0b5d4b;color:#fff}
[data-status]{padding:0 1rem;font-size:.85rem;color:#a40e26}[data-status]:not(:empty){padding:.2rem 1rem}
.msg.emergency{max-width:100%}.msg.emergency p{background:#fff0f0;border:2px solid #a40e26;border-left-width:.5rem;color:#1b1f23}
.msg.emergency .who{color:#a40e26;font-weight:700}
.msg a.tel{display:inline-block;margin:.15rem 0;padding:.2rem .7rem;border-radius:1rem;background:#a40e26;color:#fff;font-weight:700;text-decoration:none}
`;

// Registered once at load, so the policy's hashes are known before the first page.
const STYLE_TAG = raw(inlineStyle('web-chat', STYLE));
const SCRIPT_TAG = raw(inlineScript('web-chat', chatClientScript));

const LANGUAGE_NAMES: Record<Lang, string> = { es: 'Español', en: 'English', ht: 'Kreyòl' };

/** The page's own words in one language, for the script to switch them in place. */
function pageTexts(t: Translate, office: string) {
  return {
    title: t('web.title', { office }),
    intro: t('web.intro'),
    language: t('web.language'),
    placeholder: t('web.placeholder'),
    send: t('web.send'),
    person: t('web.you'),
    bot: t('web.bot'),
    staff: t('web.staff'),
    emergency: t('web.emergency'),
    call: t('web.call'),
    sending: t('web.sending'),
    error: t('web.error'),
  };
}

export function chatPage(lang: Lang, i18n: I18n, office: string, phoneLines: readonly string[] = []) {
  const t = i18n.t(lang);
  const texts = JSON.stringify(Object.fromEntries(LANGS.map((l) => [l, pageTexts(i18n.t(l), office)])));
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('web.title', { office })}</title>
${STYLE_TAG}
</head>
<body>
<main id="enlace" data-lang="${lang}" data-texts="${texts}" data-phones="${JSON.stringify(phoneLines)}">
<header>
<h1>${t('web.title', { office })}</h1>
<p>${t('web.intro')}</p>
<nav aria-label="${t('web.language')}">
${LANGS.map(
  (l) =>
    html`<a href="?lang=${l}" hreflang="${l}" ${l === lang ? html`aria-current="true"` : ''}>${LANGUAGE_NAMES[l]}</a>`,
)}
</nav>
</header>
<noscript><p>${t('web.noscript')}</p></noscript>
<div data-scroll><ol data-log aria-live="polite"></ol></div>
<div data-status role="status"></div>
<form>
<input name="text" autocomplete="off" maxlength="2000" placeholder="${t('web.placeholder')}" aria-label="${t('web.placeholder')}">
<button type="submit">${t('web.send')}</button>
</form>
</main>
${SCRIPT_TAG}
</body>
</html>`;
}
