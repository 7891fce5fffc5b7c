/**
 * The staff inbox's layout and small pages, server-rendered with hono/html (every value
 * escaped, so a person who writes "<script>" shows up as text): the CSS every staff page
 * shares, one small script for live updates (pages other than the desk), login, canned
 * replies, attachments and the page for a conversation that does not exist, and the style of
 * the header's menu of pages (list-links.ts: on the desk and on a refusal) and its link home,
 * on every signed-in page. The desk (the list beside a conversation) is desk-view.ts.
 */
import { html, raw } from 'hono/html';
import { inlineScript, inlineStyle } from '../../core/inline-assets.ts';
import type { TranscriptLine } from '../../core/ports/conversation-store.ts';
import type { CannedReply } from '../../core/ports/staff-data-store.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { URGENT_ALERT } from './urgent-alert.ts';

// Phones: nothing may be wider than the screen. A select is as wide as its longest option
// (a canned reply), a grid's max-content column and an unbroken id or pasted link grow past
// 390 px, so controls are capped at their box, grids get minmax(0,1fr) and long words break.
// A signed-in page's header stays one row there: its title is still the page's heading for
// screen readers, and its link home says where it goes.
const STYLE = `
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1b1f23;background:#f4f6f8}
header{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;padding:.6rem 1rem;background:#1f2a44;color:#fff}
header button{background:transparent;border:1px solid #fff;border-radius:.3rem}
header a,header button{color:#fff}header h1{font-size:1rem;margin:0 auto 0 0}header a.home{font-weight:700}
@media (max-width:32rem){header.signed-in h1{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}header.signed-in a.home{margin-right:auto}}
header details.menu{position:relative}header details.menu summary{cursor:pointer;list-style:none;border:1px solid #fff;border-radius:.3rem;padding:.15rem .6rem}
header details.menu ul{position:absolute;right:0;z-index:10;min-width:15rem;margin:.3rem 0 0;padding:.3rem 0;list-style:none;background:#fff;border:1px solid #8c959f;border-radius:.4rem;box-shadow:0 4px 14px rgba(0,0,0,.2)}
header details.menu a{display:block;padding:.35rem .8rem;color:#0a3069}
main{max-width:60rem;margin:0 auto;padding:1rem}nav{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.5rem 0}nav a[aria-current]{font-weight:700}
main p,main li,main dd,main label,main h2,main h3{overflow-wrap:anywhere}input,select,textarea,button{font:inherit;max-width:100%}
ul.list{list-style:none;padding:0}ul.list li{background:#fff;margin:.4rem 0;padding:.6rem .8rem;border-radius:.5rem;border-left:4px solid #8c959f}
ul.list li.urgent{border-left-color:#cf222e;background:#fff5f5}.badge{background:#cf222e;color:#fff;border-radius:.3rem;padding:0 .35rem;font-size:.8rem;font-weight:700}
li.case p{margin:.15rem 0}li.case .head{display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:center}li.case .head a{font-weight:700}
li.case .summary{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.meta,.cid{font-size:.85rem;color:#57606a}.cid .person{color:#1b1f23;font-weight:600}.cid details.ids{display:inline-block;margin-left:.4rem}
.folio{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:700;color:#1b1f23}h2.case-title .folio{font-size:1.7rem;margin-right:.4rem}h2.case-title .topic{font-size:1.1rem}
.status{display:inline-block;border:1px solid #54aeff;border-radius:1rem;padding:0 .55rem;font-size:.8rem;background:#ddf4ff;color:#0a3069}
.s-received{background:#fff;border-color:#8c959f;color:#424a53}.s-waitingDocuments{background:#fff8c5;border-color:#d4a72c;color:#6c4a00}.s-referred{background:#fbefff;border-color:#c297ff;color:#6639ba}.s-resolved{background:#dafbe1;border-color:#4ac26b;color:#116329}.s-closedUnresolved{background:#eef1f4;border-color:#6e7781;color:#424a53}
form.filters{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:end;background:#fff;padding:.6rem .8rem;border-radius:.5rem}
form.filters label{display:flex;flex-direction:column;font-size:.85rem;min-width:0}form.filters .q{flex:1 1 12rem}form.filters input,form.filters select{width:100%;padding:.35rem}form.filters .actions{margin:0}
form.filters details.more{order:3;flex-basis:100%}form.filters .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.4rem .8rem;margin-top:.3rem}
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem;background:#fff;padding:.8rem;border-radius:.5rem}dt{color:#57606a}dd{margin:0;min-width:0}
@media (max-width:32rem){dl{grid-template-columns:minmax(0,1fr);gap:0}dd{margin-bottom:.35rem}}
.box{background:#fff;padding:.2rem .8rem .8rem;border-radius:.5rem}ol.history{padding-left:1.2rem}ol.history li{margin:.3rem 0}ol.history .said{display:block;color:#57606a}
ol.transcript{list-style:none;padding:0}ol.transcript li{margin:.4rem 0;padding:.5rem .7rem;border-radius:.5rem;background:#fff;white-space:pre-wrap;overflow-wrap:anywhere}ol.transcript li.day{background:none;text-align:center;font-size:.85rem;font-weight:700;color:#57606a;padding:.2rem}
ol.transcript li.person{border-left:4px solid #0b5d4b}ol.transcript img,ol.transcript video{max-width:100%;max-height:20rem}ol.transcript li.note{background:#eef1f4;border:1px dashed #8c959f}ol.transcript li.staff{background:#fff4d6}ol.transcript .who{display:block;font-size:.75rem;color:#57606a}
form.inline{display:inline}textarea{width:100%;min-height:5rem;padding:.5rem}button{padding:.4rem .8rem;cursor:pointer}
li.case .said .label{font-size:.85rem;color:#57606a}.latest q{display:block;margin-left:.8rem}.place-text{font-weight:700}a.map{white-space:nowrap}
p.order{font-size:.85rem;color:#57606a;margin:.3rem 0}p.box.warn{border-left:4px solid #9a6700;padding:.4rem .8rem}
.chat-mark{border:1px dashed #57606a;border-radius:1rem;padding:0 .5rem;font-size:.8rem;color:#424a53;background:#fff}ul.list li.chat-closed{border-left-style:dashed}.in-folder{font-weight:600;color:#1b1f23}
.realert{color:#a40e26;font-weight:700}li.flood summary{cursor:pointer;font-weight:700}nav.pages{justify-content:space-between}
@keyframes flash{0%{background:#ffb3ab}100%{background:#fff5f5}}li.flash{animation:flash .8s ease-in-out 4}@media (prefers-reduced-motion:reduce){li.flash{animation:none;outline:3px solid #cf222e}}
.qr svg{width:18rem;height:18rem;max-width:100%;background:#fff}.delivery{display:block;font-size:.75rem;color:#57606a}.delivery.failed{color:#a40e26;font-weight:700}.window{background:#fff;padding:.5rem .8rem;border-radius:.5rem}.window.closed{border-left:4px solid #cf222e}#alert{display:none;padding:.6rem 1rem;background:#cf222e;color:#fff;font-weight:700}.error{color:#a40e26}
`;

// Live updates for the pages other than the desk (which has its own, desk-script.ts): on any
// change the page's content is fetched again and swapped in (one fetch at a time: a burst of
// changes costs one more fetch, not one each), never while someone types; an urgent case
// shows the banner and beeps (urgent-alert.ts).
const LIVE = `(() => {
  const events = new EventSource('/staff/events');
  ${URGENT_ALERT}
  let fetching = false;
  let stale = false;
  const refresh = () => {
    if ([...document.querySelectorAll('textarea')].some((t) => t.value || t === document.activeElement)) return;
    if (fetching) return void (stale = true);
    fetching = true;
    const open = [...document.querySelectorAll('details[open][id]')].map((d) => d.id);
    fetch(location.href, { credentials: 'same-origin' }).then((r) => r.text()).then((text) => {
      const fresh = new DOMParser().parseFromString(text, 'text/html').querySelector('main');
      if (fresh) document.querySelector('main').replaceWith(fresh);
      for (const id of open) document.getElementById(id)?.setAttribute('open', '');
    }).catch(() => {}).finally(() => {
      fetching = false;
      if (stale) { stale = false; refresh(); }
    });
  };
  events.addEventListener('change', (e) => {
    alertUrgent(JSON.parse(e.data));
    refresh();
  });
})();`;
// Inline by hash: the Content-Security-Policy allows exactly these two blocks (src/http/security/).
const STYLE_TAG = raw(inlineStyle('staff', STYLE));
const LIVE_TAG = raw(inlineScript('staff', LIVE));

/** What a page adds to the shared layout: the desk's style, header menu, dialogs and script. */
export interface LayoutOptions {
  csrf?: string;
  /** The small live-update script (pages other than the desk, which brings its own). */
  live?: boolean;
  /** More inline blocks for <head> (registered tags, inline-assets.ts). */
  head?: unknown;
  /** In the header, before "sign out". */
  menu?: unknown;
  /** Where the header's link home goes on a signed-in page: the inbox, or the dashboard for a viewer (who has no inbox). */
  home?: '/staff' | '/staff/dashboard';
  /** After <main>: dialogs and the page's own script. */
  after?: unknown;
  bodyClass?: string;
}

/** The header's way home from every signed-in page (the second newcomer found none). */
const homeLink = (t: Translate, href: '/staff' | '/staff/dashboard') =>
  html`<a class="home" href="${href}">${t(href === '/staff' ? 'inbox.home' : 'inbox.homeDashboard')}</a>`;

export function layout(t: Translate, title: string, body: unknown, options: LayoutOptions = {}) {
  return html`<!doctype html>
<html lang="${t('inbox.htmlLang')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${STYLE_TAG}${options.head ?? ''}</head>
<body${options.bodyClass ? html` class="${options.bodyClass}"` : ''}>
<header${options.csrf ? html` class="signed-in"` : ''}><h1>${t('inbox.title')}</h1>${options.csrf ? homeLink(t, options.home ?? '/staff') : ''}${options.menu ?? ''}${
    options.csrf
      ? html`<form class="inline" method="post" action="/staff/logout"><input type="hidden" name="csrf" value="${options.csrf}"><button>${t('inbox.logout')}</button></form>`
      : ''
  }</header>
<div id="alert" role="alert" data-new="${t('inbox.newUrgent')}" data-realert="${t('inbox.urgentCase.realertBanner')}">${t('inbox.newUrgent')}</div>
<main>${body}</main>
${options.live ? LIVE_TAG : ''}${options.after ?? ''}
</body></html>`;
}

/** The login form; `problem` says why the last attempt was refused and when to try again. */
export function loginPage(t: Translate, problem = '') {
  return layout(
    t,
    t('inbox.login'),
    html`<form method="post" action="/staff/login">
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<p><label>${t('inbox.name')}<br><input name="name" autocomplete="username" required></label></p>
<p><label>${t('inbox.password')}<br><input name="password" type="password" autocomplete="current-password" required></label></p>
<button>${t('inbox.login')}</button></form>`,
  );
}

/** A staff action on a conversation the store does not keep: nothing was done; back to the list. */
export function noConversationPage(t: Translate) {
  return layout(
    t,
    t('inbox.title'),
    html`<p class="error" role="alert">${t('inbox.noConversation')}</p><p><a href="/staff">${t('inbox.back')}</a></p>`,
  );
}

export type Folder = 'unassigned' | 'mine' | 'open' | 'closed';

/** A file the person sent: played or shown in the page when it is safe to, else a download link. */
export function attachmentView(t: Translate, path: string, a: NonNullable<TranscriptLine['attachment']>) {
  const mb = (a.bytes / 2 ** 20).toFixed(1);
  if (!a.id) return html`[${a.kind}] ${t('inbox.mediaTooLarge', { mb })}`;
  const src = `${path}/media/${encodeURIComponent(a.id)}`;
  const link = html`<a href="${src}" download="${a.filename ?? a.kind}">${t('inbox.download')} (${a.filename ?? a.kind}, ${mb} MB)</a>`;
  const media = mediaPlayedInPage(a.mimetype);
  if (media === 'audio') return html`<audio controls preload="none" src="${src}"></audio><br>${link}`;
  if (media === 'video') return html`<video controls preload="none" src="${src}"></video><br>${link}`;
  if (media === 'image')
    return html`<a href="${src}"><img src="${src}" alt="${t(`inbox.media.${a.kind}`)}" loading="lazy"></a><br>${link}`;
  return link;
}

/** Types a browser plays or shows without running anything from the file (no SVG, no HTML). */
export function mediaPlayedInPage(mimetype: string): 'audio' | 'video' | 'image' | null {
  if (/^audio\/(ogg|mpeg|mp4|aac|amr|webm|wav)(;|$)/.test(mimetype)) return 'audio';
  if (/^video\/(mp4|3gpp|webm)(;|$)/.test(mimetype)) return 'video';
  if (/^image\/(jpeg|png|webp|gif)(;|$)/.test(mimetype)) return 'image';
  return null;
}

export function cannedPage(t: Translate, replies: CannedReply[], csrf: string) {
  return layout(
    t,
    t('inbox.cannedAdmin'),
    html`<p><a href="/staff">${t('inbox.back')}</a></p><h2>${t('inbox.cannedAdmin')}</h2>
<ul class="list">${replies.map(
      (r) =>
        html`<li>[${r.lang}] ${r.text}${
          r.id.startsWith('default-')
            ? ''
            : html` <form class="inline" method="post" action="/staff/canned"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="remove" value="${r.id}"><button>${t('inbox.cannedDelete')}</button></form>`
        }</li>`,
    )}</ul>
<form method="post" action="/staff/canned"><input type="hidden" name="csrf" value="${csrf}">
<label>${t('inbox.language')} <select name="lang"><option>es</option><option>en</option><option>ht</option></select></label>
<label>${t('inbox.cannedText')}<textarea name="text" required></textarea></label>
<button>${t('inbox.cannedAdd')}</button></form>`,
    { csrf },
  );
}
