/**
 * The web chat's browser script, inline in the page (allowed by its hash in the CSP; also
 * served as /chat.js): plain JavaScript, no framework, no handler in the markup, a few
 * kilobytes, so it works on a cheap phone over a slow connection. Every text from the
 * server is put in the page as text nodes, never as HTML; web addresses in it become links
 * (built element by element, opening in a new tab without access to this page). After each
 * reply the conversation scrolls so that the reply and its buttons are on screen. Each message
 * carries its language (`lang`), and the page's own words follow the conversation's: a tap on
 * a language in the header asks the conversation to switch (a `lang:` choice), so its buttons,
 * menu and lines come in that language, and the header, labels and form switch in place. An
 * emergency's reply is set apart (its own style and label), and the office's emergency lines
 * named in the assistant's or staff's words are tap-to-call (tel:) links, taken from the text.
 */
export const chatClientScript = `
(() => {
  const root = document.getElementById('enlace');
  const scroller = root.querySelector('[data-scroll]');
  const log = root.querySelector('[data-log]');
  const form = root.querySelector('form');
  const input = form.querySelector('input');
  const status = root.querySelector('[data-status]');
  const texts = JSON.parse(root.dataset.texts);
  let lang = root.dataset.lang;
  let t = texts[lang];
  let last = 0;
  let choices = null;
  const id = () => (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
  const URL_PATTERN = /https?:\\/\\/[^\\s<>"'\\u00ab\\u00bb]+/g;
  // The office's emergency lines as the replies write them (a space, dot or dash between digits
  // allowed), never inside a longer number; no lookbehind, which older phones cannot parse.
  const phones = JSON.parse(root.dataset.phones || '[]');
  const PHONE_PATTERN = phones.length
    ? new RegExp('(^|\\\\D)(' + phones.map((n) => n.replace(/\\D/g, '').split('').join('[ .-]?')).join('|') + ')(?!\\\\d)', 'g')
    : null;

  /** The text as text nodes, with each emergency line named in it as a tel: link (said: the texts in the line's language). */
  function withPhones(element, text, said) {
    let at = 0;
    if (PHONE_PATTERN)
      for (const match of text.matchAll(PHONE_PATTERN)) {
        const start = match.index + match[1].length;
        element.append(document.createTextNode(text.slice(at, start)));
        const a = document.createElement('a');
        a.className = 'tel';
        a.href = 'tel:' + match[2].replace(/\\D/g, '');
        a.textContent = match[2];
        a.setAttribute('aria-label', said.call.replace('{{number}}', match[2]));
        element.append(a);
        at = start + match[2].length;
      }
    element.append(document.createTextNode(text.slice(at)));
  }

  /** The text as text nodes, with each http(s) address as a link (and, given said, the lines to call). */
  function withLinks(element, text, said) {
    const plain = (part) => (said ? withPhones(element, part, said) : element.append(document.createTextNode(part)));
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
      plain(text.slice(at, match.index));
      const a = document.createElement('a');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = url;
      element.append(a);
      at = match.index + url.length;
    }
    plain(text.slice(at));
  }

  /** Brings the reply and its buttons into view; a reply taller than the screen shows from its start. */
  function reveal(item) {
    const box = scroller.getBoundingClientRect();
    const top = item.getBoundingClientRect().top;
    const bottom = (choices || item).getBoundingClientRect().bottom;
    if (bottom - top <= box.height) scroller.scrollTop += Math.max(0, bottom - box.bottom);
    else scroller.scrollTop += top - box.top;
  }

  /** The page's own words in a language: title, header, form, labels; the conversation is the server's. */
  function useLang(next) {
    if (!texts[next] || next === lang) return;
    lang = next;
    t = texts[next];
    document.documentElement.lang = next;
    document.title = t.title;
    root.querySelector('header h1').textContent = t.title;
    root.querySelector('header p').textContent = t.intro;
    root.querySelector('nav').setAttribute('aria-label', t.language);
    for (const a of root.querySelectorAll('nav a')) {
      if (a.hreflang === next) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    input.placeholder = t.placeholder;
    input.setAttribute('aria-label', t.placeholder);
    form.querySelector('button').textContent = t.send;
    window.history.replaceState(null, '', '?lang=' + next);
  }

  function line(from, text, buttons, itsLang, emergency) {
    const item = document.createElement('li');
    item.className = 'msg ' + from + (emergency ? ' emergency' : '');
    item.lang = texts[itsLang] ? itsLang : lang;
    const said = texts[item.lang];
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = (emergency ? said.emergency : said[from]) || from;
    const body = document.createElement('p');
    withLinks(body, text, from === 'person' ? null : said);
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
    return item;
  }

  async function send(content, shown, shownLang) {
    status.textContent = t.sending;
    const mine = shown ? line('person', shown, null, shownLang) : null;
    try {
      const response = await fetch('api/chat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: id(), lang: shownLang || lang, ...content }),
      });
      if (!response.ok) {
        // The server says what to do (wait a minute, write again) in the person's language; over a
        // limit it sends lines for the chat too (the emergency lines, the menu): never an empty chat.
        const problem = await response.json().catch(() => null);
        const shownLines = (problem && Array.isArray(problem.messages) && problem.messages) || [];
        for (const m of shownLines) line('bot', m.text, m.buttons, m.lang);
        status.textContent = shownLines.length ? '' : (problem && problem.error) || t.error;
        return;
      }
      const data = await response.json();
      // The person's words in the language understanding was sure of; the page follows the conversation's.
      if (mine && texts[data.said] && data.said !== mine.lang) {
        mine.lang = data.said;
        mine.querySelector('.who').textContent = texts[data.said].person;
      }
      useLang(data.lang);
      for (const m of data.messages) line('bot', m.text, m.buttons, data.lang, data.emergency);
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
      for (const l of data.lines)
        if (!(l.from === 'person' && l.text === '/start')) line(l.from, l.text, l.buttons, l.lang, l.emergency);
      if (data.lines.length) last = data.lines[data.lines.length - 1].seq;
      // Coming back to a conversation: the page in the language of its latest line.
      for (const l of data.lines) if (l.from !== 'person' && l.lang) useLang(l.lang);
    } catch {}
  }

  // A language in the header switches the conversation itself, not only the page.
  for (const a of root.querySelectorAll('nav a')) {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      if (a.hreflang === lang) return;
      send({ choice: 'lang:' + a.hreflang }, a.textContent, a.hreflang);
    });
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
