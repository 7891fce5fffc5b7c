/**
 * The desk's browser script (inline, allowed by its hash): it makes the two panes act in place.
 * Plain JavaScript, no framework; every page it swaps in is the server's own HTML, fetched
 * from the same address a link or a form would load, so without this script the same links
 * and forms still work, one page at a time.
 *
 * - Opening a conversation, a folder or a search loads the page in the background and swaps
 *   the panes (the address follows, Back works).
 * - A filter chosen applies at once (the search form is sent as "Buscar" would), the focus
 *   staying on it.
 * - A form (reply, note, status, take, transfer, close) is posted in the background; the
 *   server's answer is the page it would have loaded, swapped in. A page that asks first
 *   (closing a case that is not finished, a status change that messages the family) opens in
 *   a dialog over the panes, named by its title; once it is answered, the boxes of the form
 *   that asked are emptied as after any send. A refusal shows in an alert. Focus returns to the control the person used (or where the form asks:
 *   data-focus), what they were typing in other boxes stays, the list keeps its scroll and the
 *   conversation stays at its latest line.
 * - Live updates (Server-Sent Events) fetch the page again the same way, at most one fetch
 *   at a time, and once more each time the stream opens (what changed since the page was drawn, or during a break); a new urgent case, or one alerted again, shows the banner and beeps (at most
 *   every 5 s), and a re-alerted row flashes for a while.
 * - Without an event for a while (the desk's data-refresh, in ms) the page is fetched again all
 *   the same, and whenever it is shown again: an event lost between instances, or a change
 *   another server made in the shared store, reaches the list too (the third newcomer waited
 *   for a new case that only a reload showed).
 * The keyboard shortcuts and unread marks (desk-keys.ts) use `window.enlaceDesk`.
 */
import { URGENT_ALERT } from './urgent-alert.ts';

export const DESK_SCRIPT = `(() => {
  if (!document.getElementById('desk')) return;
  ${URGENT_ALERT}
  const problem = document.getElementById('problem');
  const confirmBox = document.getElementById('confirm');
  const hooks = [];
  let latest = 0;
  /** The form whose answer is the question in the dialog: its boxes are emptied once it is answered. */
  let asking = null;
  /** Loads the person asked for (a link, Back), still on their way. */
  let asked = 0;
  let fetching = false;
  let stale = false;
  const flashing = new Map();
  const desk = () => document.getElementById('desk');
  const scroller = () => document.getElementById('case-scroll');
  const listPane = () => document.getElementById('list-pane');

  /** What the person has in hand now: focus, typing, open boxes, scroll. */
  function snapshot() {
    const active = document.activeElement;
    const values = new Map();
    for (const el of desk().querySelectorAll('#composer textarea[id], #composer select[id], #search')) values.set(el.id, el.value);
    const row = active && active.closest ? active.closest('li.case[data-id]') : null;
    return {
      open: desk().dataset.open || '',
      focus: active && active.id && active !== document.body ? active.id : '',
      row: row && active.matches('.head a') ? row.dataset.id : '',
      caret: active && typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null,
      details: [...desk().querySelectorAll('details[open][id]')].map((d) => d.id),
      values,
      listTop: listPane() ? listPane().scrollTop : 0,
      caseTop: scroller() ? scroller().scrollTop : 0,
    };
  }

  /** Swaps in the desk of a fetched page and puts back what the person had in hand. */
  function apply(doc, how) {
    const fresh = doc.getElementById('desk');
    if (!fresh) return false;
    const kept = snapshot();
    const same = kept.open === (fresh.dataset.open || '');
    desk().replaceWith(document.adoptNode(fresh));
    document.dispatchEvent(new CustomEvent('desk:title', { detail: doc.title }));
    for (const id of kept.details) if (same || !id.endsWith('-box')) document.getElementById(id)?.setAttribute('open', '');
    if (same)
      for (const [id, value] of kept.values) {
        const el = document.getElementById(id);
        if (el && !(how.reset || []).includes(id) && (id !== 'search' || how.live)) el.value = value;
      }
    if (listPane() && !how.listTop) listPane().scrollTop = kept.listTop;
    if (scroller()) scroller().scrollTop = same ? kept.caseTop : 0;
    const row = kept.row ? [...document.querySelectorAll('li.case[data-id]')].find((li) => li.dataset.id === kept.row) : null;
    const byId = (id) => (id ? document.getElementById(id) : null);
    // Asked for (an action's control, a conversation's title), else what had the focus.
    const target =
      how.focus !== undefined
        ? byId(how.focus) || byId(how.moved)
        : byId(kept.focus) || row?.querySelector('.head a') || byId(how.moved);
    if (target) {
      target.focus({ preventScroll: true });
      if (kept.caret && target.id === kept.focus && typeof target.setSelectionRange === 'function' && !(how.reset || []).includes(target.id))
        target.setSelectionRange(kept.caret[0], kept.caret[1]);
    }
    for (const hook of hooks) hook();
    flash();
    return true;
  }

  const parse = (text) => new DOMParser().parseFromString(text, 'text/html');

  /**
   * Loads a page of the desk in the background and swaps it in. A newer load wins; a live
   * update never replaces what the person asked for (it waits, and runs again after it).
   */
  async function load(url, how = {}) {
    const n = how.live ? latest : ++latest;
    if (!how.live) asked++;
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      const text = await response.text();
      if (n !== latest || (how.live && asked > 0)) return void (stale = stale || Boolean(how.live));
      if (response.redirected && !new URL(response.url).pathname.startsWith('/staff')) return location.assign(response.url);
      if (!apply(parse(text), how)) location.assign(url);
    } catch {
    } finally {
      if (!how.live && --asked === 0 && stale && !fetching) {
        stale = false;
        refresh();
      }
    }
  }

  /** Opens a page of the desk: the address follows, focus goes to the conversation's title. */
  function go(href, how = { focus: 'case-title' }) {
    history.pushState(null, '', href);
    hide();
    return load(href, how);
  }

  function refresh() {
    if (fetching) return void (stale = true);
    fetching = true;
    load(location.href, { live: true }).finally(() => {
      fetching = false;
      // While a load the person asked for is on its way, it runs this again when it lands.
      if (stale && asked === 0) { stale = false; refresh(); }
    });
  }

  function say(text) {
    problem.textContent = text;
    problem.hidden = !text;
  }
  const hide = () => say('');

  /** Posts a form of the desk (or of the dialog that asks first) and shows the answer in place. */
  async function post(form, submitter) {
    const inDialog = Boolean(form.closest('#confirm'));
    const reset = [...form.elements, ...(inDialog && asking ? asking.elements : [])].map((el) => el.id).filter(Boolean);
    // Where the form says focus goes next (a note: its box), else the control the person used:
    // the box they typed in, else the button (a shortcut presses it).
    const active = document.activeElement;
    const used = form.dataset.focus || (form.contains(active) && active.id ? active.id : submitter?.id || '');
    // Sent once: a second Ctrl+Enter while the first is on its way does nothing.
    if (form.dataset.busy) return;
    form.dataset.busy = '1';
    const body = new URLSearchParams(new FormData(form));
    hide();
    let response;
    try {
      response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin' });
    } catch {
      delete form.dataset.busy;
      return say(problem.dataset.offline);
    }
    delete form.dataset.busy;
    const text = await response.text();
    if (confirmBox.open) confirmBox.close();
    const doc = parse(text);
    if (!response.ok) return say((doc.getElementById('refusal') || doc.querySelector('main') || doc.body).textContent.trim());
    if (response.redirected) {
      history.replaceState(null, '', response.url);
      latest++;
      // Focus goes back to the control used, unless the person has moved on meanwhile.
      const now = document.activeElement;
      const still = now === active || now === document.body || (active.id !== '' && now.id === active.id);
      const how = inDialog ? { reset, focus: 'case-title' } : { reset, ...(still ? { focus: used } : {}), moved: 'reply-text' };
      if (!apply(doc, how)) location.assign(response.url);
      return;
    }
    // A page that asks first: its question and choices in a dialog over the panes.
    const main = doc.querySelector('main');
    confirmBox.setAttribute('aria-label', (main.querySelector('h2') || main).textContent.trim());
    confirmBox.replaceChildren(...[...main.childNodes].map((node) => document.adoptNode(node)));
    asking = form;
    confirmBox.showModal();
  }

  /** The search form sent as a link: the list, with what it asks. */
  function search(form, focus) {
    const url = new URL(form.action, location.href);
    url.search = new URLSearchParams(new FormData(form)).toString();
    go(url.href, { focus, listTop: true });
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
    if (!form.closest('#desk') && !form.closest('#confirm')) return;
    event.preventDefault();
    if (form.method.toLowerCase() === 'post') return void post(form, event.submitter);
    search(form, 'search');
  });

  // A filter applies as soon as it is chosen: nothing waits for "Buscar".
  document.addEventListener('change', (event) => {
    const select = event.target;
    if (select instanceof HTMLSelectElement && select.form && select.closest('#desk form.filters')) search(select.form, select.id);
  });

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (confirmBox.contains(link)) {
      event.preventDefault();
      return confirmBox.close();
    }
    const url = new URL(link.href, location.href);
    if (!link.closest('#desk') || url.origin !== location.origin || !/^\\/staff(\\/c\\/[^/]+)?$/.test(url.pathname)) return;
    event.preventDefault();
    const row = link.closest('li.case');
    go(url.href, row || link.closest('.case-head') ? { focus: row ? 'case-title' : '' } : { listTop: true });
  });

  window.addEventListener('popstate', () => load(location.href, { moved: 'case-title' }));

  function flash() {
    const now = Date.now();
    for (const [id, until] of flashing) if (until < now) flashing.delete(id);
    for (const row of document.querySelectorAll('li.case[data-id]')) if (flashing.has(row.dataset.id)) row.classList.add('flash');
  }

  const events = new EventSource('/staff/events');
  events.addEventListener('change', (event) => {
    const data = JSON.parse(event.data);
    if (data.kind === 'realert') flashing.set(data.conversationId, Date.now() + 10000);
    alertUrgent(data);
    refresh();
  });

  // Whatever changed while the stream was not yet open (since the page was drawn) or broken: fetched once it is.
  events.addEventListener('open', () => refresh());

  // No event for a while, or the page shown again: fetched all the same.
  const every = Number(desk().dataset.refresh) || 0;
  let heard = Date.now();
  events.addEventListener('change', () => { heard = Date.now(); });
  if (every > 0)
    setInterval(() => {
      if (document.hidden || Date.now() - heard < every) return;
      heard = Date.now();
      refresh();
    }, every);
  document.addEventListener('visibilitychange', () => { if (!document.hidden) refresh(); });

  window.enlaceDesk = { go, refresh, live: () => events.readyState === 1, onSwap: (hook) => { hooks.push(hook); hook(); } };
})();`;
