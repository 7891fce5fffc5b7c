/**
 * The staff inbox's pages, server-rendered with hono/html (every value escaped, so a person
 * who writes "<script>" shows up as text). Small CSS, one small script for live updates.
 */
import { html, raw } from 'hono/html';
import { inlineScript, inlineStyle } from '../../core/inline-assets.ts';
import type { TranscriptLine } from '../../core/ports/conversation-store.ts';
import type { CannedReply } from '../../core/ports/staff-data-store.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1b1f23;background:#f4f6f8}
header{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;padding:.6rem 1rem;background:#1f2a44;color:#fff}
header button{background:transparent;border:1px solid #fff;border-radius:.3rem}
header a,header button{color:#fff}header h1{font-size:1rem;margin:0 auto 0 0}
main{max-width:60rem;margin:0 auto;padding:1rem}nav a{margin-right:1rem}nav a[aria-current]{font-weight:700}
ul.list{list-style:none;padding:0}ul.list li{background:#fff;margin:.4rem 0;padding:.6rem .8rem;border-radius:.5rem;border-left:4px solid #8c959f}
ul.list li.urgent{border-left-color:#cf222e;background:#fff5f5}.badge{background:#cf222e;color:#fff;border-radius:.3rem;padding:0 .35rem;font-size:.8rem;font-weight:700}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;background:#fff;padding:.8rem;border-radius:.5rem}dt{color:#57606a}
ol.transcript{list-style:none;padding:0}ol.transcript li{margin:.4rem 0;padding:.5rem .7rem;border-radius:.5rem;background:#fff;white-space:pre-wrap}
ol.transcript li.person{border-left:4px solid #0b5d4b}ol.transcript img,ol.transcript video{max-width:100%;max-height:20rem}ol.transcript li.note{background:#eef1f4;border:1px dashed #8c959f}ol.transcript li.staff{background:#fff4d6}ol.transcript .who{display:block;font-size:.75rem;color:#57606a}
form.inline{display:inline}textarea{width:100%;min-height:5rem;font:inherit;padding:.5rem}button{font:inherit;padding:.4rem .8rem;cursor:pointer}
.qr svg{width:18rem;height:18rem;background:#fff}.delivery{display:block;font-size:.75rem;color:#57606a}.delivery.failed{color:#a40e26;font-weight:700}.window{background:#fff;padding:.5rem .8rem;border-radius:.5rem}.window.closed{border-left:4px solid #cf222e}#alert{display:none;padding:.6rem 1rem;background:#cf222e;color:#fff;font-weight:700}.error{color:#a40e26}
`;

// Live updates: on any change the page's content is fetched again and swapped in; a new
// urgent conversation also beeps and shows a banner.
const LIVE = `(() => {
  const events = new EventSource('/staff/events');
  events.addEventListener('change', (e) => {
    const data = JSON.parse(e.data);
    if (data.urgent) {
      document.getElementById('alert').style.display = 'block';
      try { const a = new AudioContext(); const o = a.createOscillator(); o.connect(a.destination); o.frequency.value = 880; o.start(); o.stop(a.currentTime + 0.4); } catch {}
    }
    // Update the page in place (no reload), unless someone is typing a reply or a note.
    const busy = [...document.querySelectorAll('textarea')].some((t) => t.value || t === document.activeElement);
    if (busy) return;
    fetch(location.href, { credentials: 'same-origin' }).then((r) => r.text()).then((text) => {
      const fresh = new DOMParser().parseFromString(text, 'text/html').querySelector('main');
      if (fresh) document.querySelector('main').replaceWith(fresh);
    }).catch(() => {});
  });
})();`;
// Inline by hash: the Content-Security-Policy allows exactly these two blocks (src/http/security/).
const STYLE_TAG = raw(inlineStyle('staff', STYLE));
const LIVE_TAG = raw(inlineScript('staff', LIVE));

export function layout(
  t: Translate,
  title: string,
  body: unknown,
  options: { csrf?: string; live?: boolean } = {},
) {
  return html`<!doctype html>
<html lang="${t('inbox.htmlLang')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${STYLE_TAG}</head>
<body>
<header><h1>${t('inbox.title')}</h1>${
    options.csrf
      ? html`<form class="inline" method="post" action="/staff/logout"><input type="hidden" name="csrf" value="${options.csrf}"><button>${t('inbox.logout')}</button></form>`
      : ''
  }</header>
<div id="alert" role="alert">${t('inbox.newUrgent')}</div>
<main>${body}</main>
${options.live ? LIVE_TAG : ''}
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

export type Folder = 'unassigned' | 'mine' | 'open' | 'closed';

const minutes = (since: number, now: number) => Math.max(0, Math.round((now - since) / 60_000));

export function listPage(
  t: Translate,
  folder: Folder,
  tickets: HandoffTicket[],
  csrf: string,
  now: number,
  banner: unknown = '',
  /** Admins of a server that drives WhatsApp get a link to its page. */
  whatsappLink = false,
) {
  const folders: Folder[] = ['unassigned', 'mine', 'open', 'closed'];
  // Admins also see the link to the canned replies (the route refuses others).
  const items = tickets.map(
    (ticket) => html`<li class="${ticket.urgent ? 'urgent' : ''}">
${ticket.urgent ? html`<span class="badge">${t('inbox.urgent')}</span> ` : ''}<a href="/staff/c/${encodeURIComponent(ticket.conversationId)}">${ticket.name ? html`${ticket.name} · ` : ''}${ticket.conversationId}</a>
· ${ticket.lang} · ${ticket.topic} · ${t('inbox.waiting', { minutes: minutes(ticket.since, now) })}${
      ticket.assignee ? html` · ${t('inbox.assignee')}: ${ticket.assignee}` : ''
    }</li>`,
  );
  return layout(
    t,
    t('inbox.title'),
    html`${banner}<nav>${folders.map(
      (f) =>
        html`<a href="/staff?f=${f}" ${f === folder ? html`aria-current="page"` : ''}>${t(`inbox.${f}`)}</a>`,
    )}<a href="/staff/canned">${t('inbox.cannedAdmin')}</a>${
      whatsappLink ? html`<a href="/staff/whatsapp">${t('inbox.whatsapp.title')}</a>` : ''
    }</nav>
<ul class="list">${items.length ? items : html`<li>${t('inbox.empty')}</li>`}</ul>`,
    { csrf, live: true },
  );
}

/** A file the person sent: played or shown in the page when it is safe to, else a download link. */
function attachmentView(t: Translate, path: string, a: NonNullable<TranscriptLine['attachment']>) {
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

export function conversationPage(
  t: Translate,
  ticket: HandoffTicket | undefined,
  conversationId: string,
  lines: TranscriptLine[],
  csrf: string,
  now: number,
  colleagues: string[] = [],
  canned: CannedReply[] = [],
  extras: {
    /** Shown above the reply form (the reply window). */
    box?: unknown;
    /** Free text would not reach the person: the reply forms are left out, the box says why. */
    blocksReply?: boolean;
    /** What became of a line sent on the person's channel. */
    lineNote?: (line: TranscriptLine) => unknown;
  } = {},
) {
  const path = `/staff/c/${encodeURIComponent(conversationId)}`;
  const [channel] = conversationId.split(':');
  const answers = Object.entries(ticket?.case?.answers ?? {});
  return layout(
    t,
    conversationId,
    html`<p><a href="/staff">${t('inbox.back')}</a></p>
<h2>${ticket?.urgent ? html`<span class="badge">${t('inbox.urgent')}</span> ` : ''}${conversationId}</h2>
<dl>${ticket?.name ? html`<dt>${t('inbox.personName')}</dt><dd>${ticket.name}</dd>` : ''}<dt>${t('inbox.channel')}</dt><dd>${channel}</dd>
<dt>${t('inbox.language')}</dt><dd>${ticket?.lang ?? '—'}</dd>
<dt>${t('inbox.topic')}</dt><dd>${ticket?.topic ?? '—'}</dd>
<dt>${t('inbox.reason')}</dt><dd>${ticket ? t(`staffGroup.reasons.${ticket.reason}`) : '—'}${ticket ? html` · ${t('inbox.waiting', { minutes: minutes(ticket.since, now) })}` : ''}</dd>
<dt>${t('inbox.assignee')}</dt><dd>${ticket?.assignee ?? t('inbox.nobody')}</dd></dl>
${answers.length ? html`<h3>${t('inbox.case')}</h3><dl>${answers.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>` : ''}
<h3>${t('inbox.transcript')}</h3>
<ol class="transcript">${lines.map(
      (l) =>
        html`<li class="${l.from}"><span class="who">${t(`inbox.${l.from}`)}${l.by ? html` (${l.by})` : ''} · ${new Date(l.at).toISOString().slice(11, 16)}</span>${l.attachment ? attachmentView(t, path, l.attachment) : l.text}${extras.lineNote?.(l) ?? ''}</li>`,
    )}</ol>
${
  ticket
    ? html`${extras.box ?? ''}${
        extras.blocksReply
          ? ''
          : html`<form method="post" action="${path}/reply"><input type="hidden" name="csrf" value="${csrf}">
<label>${t('inbox.reply')}<textarea name="text" required placeholder="${t('inbox.replyPlaceholder')}"></textarea></label>
<button>${t('inbox.reply')}</button></form>`
      }
<p>${ticket.assignee ? '' : html`<form class="inline" method="post" action="${path}/claim"><input type="hidden" name="csrf" value="${csrf}"><button>${t('inbox.claim')}</button></form> `}
<form class="inline" method="post" action="${path}/close"><input type="hidden" name="csrf" value="${csrf}"><button>${t('inbox.close')}</button></form></p>
${
  canned.length && !extras.blocksReply
    ? html`<form method="post" action="${path}/reply"><input type="hidden" name="csrf" value="${csrf}">
<label>${t('inbox.canned')} <select name="canned">${canned.map((r) => html`<option value="${r.id}">${r.text}</option>`)}</select></label>
<button>${t('inbox.cannedSend')}</button></form>`
    : ''
}
<form method="post" action="${path}/note"><input type="hidden" name="csrf" value="${csrf}">
<label>${t('inbox.note')}<textarea name="text" required placeholder="${t('inbox.notePlaceholder')}"></textarea></label>
<button>${t('inbox.addNote')}</button></form>
${
  colleagues.length
    ? html`<form method="post" action="${path}/transfer"><input type="hidden" name="csrf" value="${csrf}">
<label>${t('inbox.transferTo')} <select name="to">${colleagues.map((n) => html`<option>${n}</option>`)}</select></label>
<button>${t('inbox.transfer')}</button></form>`
    : ''
}`
    : ''
}`,
    { csrf, live: true },
  );
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
