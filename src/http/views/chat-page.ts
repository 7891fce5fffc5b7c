/**
 * The web chat page: server-rendered HTML (hono/html escapes every value), a small style
 * sheet, and /chat.js. Light enough for a cheap phone on a slow connection; all words
 * come from locales/.
 */
import { html } from 'hono/html';
import type { Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,sans-serif;background:#f4f6f8;color:#1b1f23}
#enlace{max-width:40rem;margin:0 auto;min-height:100vh;display:flex;flex-direction:column;background:#fff}
header{padding:.75rem 1rem;background:#0b5d4b;color:#fff}header h1{font-size:1.1rem;margin:0}
header p{margin:.25rem 0 0;font-size:.9rem}nav{margin-top:.4rem;font-size:.9rem}nav a{color:#fff;margin-right:.75rem}
nav a[aria-current]{font-weight:700;text-decoration:none}
ol{list-style:none;margin:0;padding:1rem;flex:1;overflow-y:auto}
.msg{margin:0 0 .75rem;max-width:90%}.msg p{margin:0;padding:.6rem .8rem;border-radius:.8rem;white-space:pre-wrap;background:#eef1f4}
.msg.person{margin-left:auto}.msg.person p{background:#0b5d4b;color:#fff}.msg.staff p{background:#fff4d6}
.who{display:block;font-size:.75rem;color:#57606a;margin:0 .3rem .15rem}
.choices{display:flex;flex-wrap:wrap;gap:.4rem;padding:0 1rem 1rem}
.choices button{font:inherit;padding:.5rem .8rem;border:1px solid #0b5d4b;border-radius:1.2rem;background:#fff;color:#0b5d4b}
form{display:flex;gap:.5rem;padding:.75rem;border-top:1px solid #d0d7de}
input{flex:1;font:inherit;padding:.6rem;border:1px solid #8c959f;border-radius:.5rem}
form button{font:inherit;padding:.6rem 1rem;border:0;border-radius:.5rem;background:#0b5d4b;color:#fff}
[data-status]{min-height:1.2rem;padding:0 1rem;font-size:.85rem;color:#a40e26}
`;

const LANGUAGE_NAMES: Record<Lang, string> = { es: 'Español', en: 'English', ht: 'Kreyòl' };

export function chatPage(lang: Lang, t: Translate, office: string) {
  const texts = JSON.stringify({
    person: t('web.you'),
    bot: t('web.bot'),
    staff: t('web.staff'),
    sending: t('web.sending'),
    error: t('web.error'),
  });
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('web.title', { office })}</title>
<style>${STYLE}</style>
</head>
<body>
<main id="enlace" data-lang="${lang}" data-texts="${texts}">
<header>
<h1>${t('web.title', { office })}</h1>
<p>${t('web.intro')}</p>
<nav aria-label="${t('web.language')}">
${(['es', 'en', 'ht'] as const).map(
  (l) =>
    html`<a href="?lang=${l}" hreflang="${l}" ${l === lang ? html`aria-current="true"` : ''}>${LANGUAGE_NAMES[l]}</a>`,
)}
</nav>
</header>
<noscript><p>${t('web.noscript')}</p></noscript>
<ol data-log aria-live="polite"></ol>
<div data-status role="status"></div>
<form>
<input name="text" autocomplete="off" maxlength="2000" placeholder="${t('web.placeholder')}" aria-label="${t('web.placeholder')}">
<button type="submit">${t('web.send')}</button>
</form>
</main>
<script src="chat.js" defer></script>
</body>
</html>`;
}
