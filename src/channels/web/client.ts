/**
 * The web chat's browser script, inline in the page (allowed by its hash in the CSP; also
 * served as /chat.js): plain JavaScript, no framework, no handler in the markup, a few
 * kilobytes, so it works on a cheap phone over a slow connection. Every text from the
 * server is put in the page as text nodes, never as HTML; web addresses in it become links
 * (built element by element, opening in a new tab without access to this page). After each
 * reply the conversation scrolls so that the reply and its buttons are on screen.
 */
export const chatClientScript = `
(() => {
  const root = document.getElementById('enlace');
  const scroller = root.querySelector('[data-scroll]');
  const log = root.querySelector('[data-log]');
  const form = root.querySelector('form');
  const input = form.querySelector('input');
  const status = root.querySelector('[data-status]');
  const t = JSON.parse(root.dataset.texts);
  const lang = root.dataset.lang;
  let last = 0;
  let choices = null;
  const id = () => (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
  const URL_PATTERN = /https?:\\/\\/[^\\s<>"'\\u00ab\\u00bb]+/g;

  /** The text as text nodes, with each http(s) address as a link. */
  function withLinks(element, text) {
    let at = 0;
    for (const match of text.matchAll(URL_PATTERN)) {
      // A sentence's closing punctuation is not part of the address.
      const url = match[0].replace(/[.,;:!?)\\]]+$/, '');
      let href = null;
      try {
        const parsed = new URL(url);
        if (parsed.protocol === 'http:' || parsed.protocol === 'https:') href = parsed.href;
      } catch {}
      if (!href) continue;
      element.append(document.createTextNode(text.slice(at, match.index)));
      const a = document.createElement('a');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = url;
      element.append(a);
      at = match.index + url.length;
    }
    element.append(document.createTextNode(text.slice(at)));
  }

  /** Brings the reply and its buttons into view; a reply taller than the screen shows from its start. */
  function reveal(item) {
    const box = scroller.getBoundingClientRect();
    const top = item.getBoundingClientRect().top;
    const bottom = (choices || item).getBoundingClientRect().bottom;
    if (bottom - top <= box.height) scroller.scrollTop += Math.max(0, bottom - box.bottom);
    else scroller.scrollTop += top - box.top;
  }

  function line(from, text, buttons) {
    const item = document.createElement('li');
    item.className = 'msg ' + from;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = t[from] || from;
    const body = document.createElement('p');
    withLinks(body, text);
    item.append(who, body);
    log.append(item);
    if (choices) choices.remove();
    choices = null;
    if (buttons && buttons.length) {
      choices = document.createElement('div');
      choices.className = 'choices';
      for (const b of buttons) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = b.label;
        button.addEventListener('click', () => send({ choice: b.value }, b.label));
        choices.append(button);
      }
      log.after(choices);
    }
    reveal(item);
  }

  async function send(content, shown) {
    status.textContent = t.sending;
    if (shown) line('person', shown);
    try {
      const response = await fetch('api/chat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: id(), lang, ...content }),
      });
      if (!response.ok) {
        // The server says what to do (wait a minute, write again) in the person's language; over a
        // limit it sends lines for the chat too (the emergency lines, the menu): never an empty chat.
        const problem = await response.json().catch(() => null);
        const shownLines = (problem && Array.isArray(problem.messages) && problem.messages) || [];
        for (const m of shownLines) line('bot', m.text, m.buttons);
        status.textContent = shownLines.length ? '' : (problem && problem.error) || t.error;
        return;
      }
      const data = await response.json();
      for (const m of data.messages) line('bot', m.text, m.buttons);
      last = data.seq || last;
      status.textContent = '';
    } catch {
      status.textContent = t.error;
    }
  }

  async function history() {
    try {
      const response = await fetch('api/chat/history?after=' + last);
      if (!response.ok) return;
      const data = await response.json();
      // The automatic "/start" of a first visit is not something the person wrote.
      for (const l of data.lines) if (!(l.from === 'person' && l.text === '/start')) line(l.from, l.text, l.buttons);
      if (data.lines.length) last = data.lines[data.lines.length - 1].seq;
    } catch {}
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send({ text }, text);
  });
  // A first visit starts the conversation, so the welcome and the menu show at once.
  history().then(() => { if (!log.children.length) send({ text: '/start' }, null); });
  // Staff replies arrive while the person waits: look for them now and then.
  setInterval(history, 4000);
})();
`;
