/**
 * The desk's keyboard and what is new, as a second inline script (after desk-script.ts, whose
 * `window.enlaceDesk` it uses) and the `?` overlay that lists the shortcuts in the reader's
 * language. The keys are single letters, ignored while typing in a box (Escape leaves the
 * box; Ctrl+Enter sends it). Unread marks live in this browser (localStorage, per staff
 * account): a case is new to this person until they open it, and again whenever its person
 * writes (each open row and folder tab carries what its person last did, list-model.ts). The
 * folder tabs show how many are unread, the document's title how many of Unassigned and Mine.
 * A canned reply chosen with the keyboard is put in the reply box, to read or change first.
 */
import { html } from 'hono/html';
import type { Translate } from '../../i18n/create-i18n.ts';

/** Each shortcut's key(s) and its words' key in locales (inbox.desk.keys.*). */
export const SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['j', 'next'],
  ['k', 'previous'],
  ['t', 'take'],
  ['r', 'reply'],
  ['c', 'canned'],
  ['n', 'note'],
  ['s', 'status'],
  ['x', 'close'],
  ['/', 'search'],
  ['Ctrl+Enter', 'send'],
  ['Esc', 'leave'],
  ['?', 'help'],
];

/** The overlay the `?` key (or the header's button) opens. */
export function keysDialog(t: Translate) {
  return html`<dialog id="keys" aria-labelledby="keys-title"><h2 id="keys-title">${t('inbox.desk.keys.title')}</h2>
<dl class="keys">${SHORTCUTS.map(([key, what]) => html`<dt><kbd>${key}</kbd></dt><dd>${t(`inbox.desk.keys.${what}`)}</dd>`)}</dl>
<form method="dialog"><button>${t('inbox.desk.keys.done')}</button></form></dialog>`;
}

export const DESK_KEYS = `(() => {
  const api = window.enlaceDesk;
  if (!api) return;
  const desk = () => document.getElementById('desk');
  const byId = (id) => document.getElementById(id);
  const keys = byId('keys');
  const opener = byId('keys-open');
  let title = document.title;

  const store = 'enlace.seen.' + desk().dataset.who;
  const seen = () => { try { return JSON.parse(localStorage.getItem(store) || '{}'); } catch { return {}; } };
  const keep = (map) => { try { localStorage.setItem(store, JSON.stringify(map)); } catch {} };

  /** Marks what this person has not read: rows, tabs and the title. */
  function marks() {
    const nav = document.querySelector('nav.folders[data-marks]');
    if (!nav) return;
    // "key:mark:folder" for every open case: u unassigned, m mine, o someone else's.
    const cases = nav.dataset.marks.split(' ').filter(Boolean).map((token) => token.split(':'));
    const now = new Map(cases.map(([key, mark]) => [key, mark]));
    const map = seen();
    const open = document.querySelector('li.case.current[data-key]')?.dataset.key || desk().dataset.openKey;
    if (open && now.has(open)) map[open] = now.get(open);
    for (const key of Object.keys(map)) if (!now.has(key)) delete map[key];
    keep(map);
    const unread = ([key, mark]) => map[key] !== mark;
    const count = (folders) => cases.filter((c) => folders.includes(c[2]) && unread(c)).length;
    const counts = { unassigned: count('u'), mine: count('m'), open: count('umo') };
    for (const tab of nav.querySelectorAll('a[data-folder]')) {
      const n = counts[tab.dataset.folder] || 0;
      const badge = tab.querySelector('.unread-n');
      badge.hidden = n === 0;
      badge.textContent = n ? ' · ' + n + ' ' + nav.dataset.unread : '';
    }
    for (const row of document.querySelectorAll('li.case[data-key]')) {
      const is = unread([row.dataset.key, row.dataset.mark]);
      row.classList.toggle('unread', is);
      row.querySelector('.new-mark').hidden = !is;
    }
    const mine = count('um');
    document.title = (mine ? '(' + mine + ') ' : '') + title;
  }
  document.addEventListener('desk:title', (event) => { title = event.detail; });
  window.addEventListener('storage', (event) => { if (event.key === store) marks(); });

  // The canned replies pick words for the reply box; the box's words are what is sent.
  function picker() {
    byId('canned')?.removeAttribute('name');
  }
  document.addEventListener('change', (event) => {
    const select = event.target;
    if (select.id !== 'canned' || !select.value) return;
    const box = byId('reply-text');
    if (box) box.value = select.selectedOptions[0].textContent;
  });

  const rows = () => [...document.querySelectorAll('li.case[data-id] .head a')].filter((a) => !a.closest('details:not([open])'));
  function step(by) {
    const all = rows();
    if (!all.length) return;
    const at = all.findIndex((a) => a.closest('li.case').classList.contains('current'));
    const next = all[at < 0 ? 0 : Math.min(all.length - 1, Math.max(0, at + by))];
    next.closest('li.case').scrollIntoView({ block: 'nearest' });
    api.go(next.href);
  }
  const press = (id) => byId(id)?.click();
  function reveal(box, field) {
    byId(box)?.setAttribute('open', '');
    byId(field)?.focus();
  }
  const ACTIONS = {
    j: () => step(1),
    k: () => step(-1),
    t: () => press('take'),
    r: () => byId('reply-text')?.focus(),
    c: () => byId('canned')?.focus(),
    n: () => byId('note-text')?.focus(),
    s: () => reveal('status-box', 'status-select'),
    x: () => press('close'),
    '/': () => { byId('search')?.focus(); byId('search')?.select(); },
    '?': () => keys.showModal(),
  };
  const typing = (el) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  const dialogOpen = () => [...document.querySelectorAll('dialog')].some((d) => d.open);

  document.addEventListener('keydown', (event) => {
    const el = event.target;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && el.form && el.tagName === 'TEXTAREA') {
      event.preventDefault();
      return el.form.requestSubmit();
    }
    if (event.key === 'Escape' && typing(el) && !dialogOpen()) return el.blur();
    if (event.ctrlKey || event.metaKey || event.altKey || typing(el) || dialogOpen()) return;
    const act = ACTIONS[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  });
  opener.hidden = false;
  // The keys named where an action says what to do next (after taking a case): only with this script.
  api.onSwap(() => { for (const hint of document.querySelectorAll('.keys-hint')) hint.hidden = false; });
  opener.addEventListener('click', () => keys.showModal());
  api.onSwap(() => { picker(); marks(); });
})();`;
