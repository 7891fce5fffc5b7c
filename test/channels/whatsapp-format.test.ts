/**
 * Engine messages to WhatsApp texts, checked against a real engine (the project's knowledge,
 * the memory store): what the numbered list shows is what a typed "2", "dos", "2." or the
 * option's words chooses; where nothing is numbered the engine remembers nothing; the
 * language lines name commands that work; long texts split with the list kept whole.
 */

import { describe, expect, it } from 'vitest';
import type WAWebJS from 'whatsapp-web.js';
import pkg from 'whatsapp-web.js';
import { answer } from '../../flows/replies.ts';
import {
  toWhatsAppMarkup,
  toWhatsAppTexts,
  WHATSAPP_TEXT_LIMIT,
} from '../../src/channels/whatsapp/format.ts';
import { readWhatsAppMessage } from '../../src/channels/whatsapp/inbound.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { createReplyRenderer } from '../../src/core/render-reply.ts';
import { LANGS, type Lang, TOPIC_IDS } from '../../src/core/types.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { resources } from '../../src/i18n/resources.ts';
import fixtures from '../fixtures/whatsapp/messages.json' with { type: 'json' };
import { sharedKnowledge, type TestAssistant, testAssistant } from '../support/assistant.ts';

const i18n = createI18n();
const wa = (out: readonly Outbound[]) => toWhatsAppTexts(out, i18n.t);
const MessageClass = (pkg as unknown as { Message: new (client: unknown, data: unknown) => WAWebJS.Message })
  .Message;
const client = new pkg.Client({});

/** A person on WhatsApp: each text goes through a real library Message and readWhatsAppMessage. */
function person(a: TestAssistant, chatId = '5215550100123@c.us') {
  let n = 0;
  async function send(body: string): Promise<Outbound[]> {
    n += 1;
    const id = `3A${String(n).padStart(18, '0')}`;
    const data = {
      ...fixtures.messages.text,
      id: { fromMe: false, remote: chatId, id, _serialized: `false_${chatId}_${id}` },
      from: chatId,
      body,
      t: fixtures.readyAt + n,
    };
    const reading = readWhatsAppMessage(new MessageClass(client, data), { readyAt: fixtures.readyAt });
    if (reading.kind !== 'inbound') throw new Error(`ignored: ${reading.reason}`);
    return (await a.engine.handle(reading.inbound)).outbound;
  }
  async function context() {
    const stored = await a.store.getConversation(`whatsapp:${chatId}`);
    return stored?.state.context as {
      lastTopic: string | null;
      choices: Array<{ value: string; label: string }>;
    };
  }
  return { send, context, chatId };
}

/** The "n. Label" lines of a WhatsApp text, in order. */
const numbered = (text: string) => [...text.matchAll(/^(\d+)\. (.+)$/gm)].map((m) => [Number(m[1]), m[2]]);

describe('toWhatsAppTexts: numbered choices the engine understands', () => {
  it('numbers the menu 1..n and closes with the reminder in italics', async () => {
    const out = await person(await testAssistant()).send('hola');
    const texts = wa(out);
    const menu = texts.at(-1) ?? '';
    const labels = out.at(-1)?.buttons.map((b) => b.label) ?? [];
    expect(labels.length).toBeGreaterThan(5);
    expect(numbered(menu)).toEqual(labels.map((label, i) => [i + 1, label]));
    expect(menu.endsWith(`\n\n_${i18n.t('es')('whatsapp.replyWithNumber')}_`)).toBe(true);
    // The welcome's language buttons are not numbered: the engine does not remember them.
    expect(texts.slice(0, -1).some((t) => numbered(t).length > 0)).toBe(false);
  });

  it.each(['2', 'dos', '2.', 'label'])('a typed "%s" picks the option shown as 2', async (typed) => {
    const a = await testAssistant();
    const me = person(a);
    const menu = wa(await me.send('hola')).at(-1) ?? '';
    const [, label] = numbered(menu).find(([n]) => n === 2) ?? [];
    expect(label).toBeTypeOf('string');
    const reply = await me.send(typed === 'label' ? String(label) : typed);

    // The engine took the option whose label the list showed as 2 ...
    const menuButtons = (await person(a, 'twin@c.us').send('hola')).at(-1)?.buttons ?? [];
    const shown = menuButtons.find((b) => b.label === label);
    expect(shown).toBeDefined();
    expect((await me.context()).lastTopic).toBe(shown?.value.replace(/^topic:/, ''));
    // ... and answers exactly as a tap on that button would.
    const tapped = await a.engine.handle({
      id: 'tap-1',
      channel: 'whatsapp',
      chatId: 'twin@c.us',
      content: { type: 'choice', value: shown?.value ?? '' },
    });
    expect(wa(reply)).toEqual(wa(tapped.outbound));
  });

  it('numbers exactly what the engine remembers, turn after turn (and nothing when it remembers nothing)', async () => {
    const a = await testAssistant();
    const me = person(a);
    const turns = [
      'hola',
      '2',
      '1',
      'MENÚ',
      '9',
      '3',
      'IDIOMA',
      '3',
      'MENI',
      '6',
      '1',
      'Maria Lopez',
      'EFASE',
      '2',
    ];
    for (const typed of turns) {
      const out = await me.send(typed);
      const shown = wa(out).flatMap(numbered);
      const { choices } = await me.context();
      const lang = out.at(-1)?.lang ?? 'es';
      expect(
        shown.map(([, label]) => label),
        `after "${typed}"`,
      ).toEqual(choices.map((c) => i18n.t(lang)(c.label)));
    }
  });

  it('numbers nothing when a turn ends without buttons: a typed "2" would not be a choice', async () => {
    const a = await testAssistant();
    const me = person(a);
    const texts = wa(await me.send('quiero hablar con una persona'));
    expect(texts.flatMap(numbered)).toEqual([]);
    expect((await me.context()).choices).toEqual([]);
  });

  it('puts the reminder in each language', async () => {
    for (const [hello, lang] of [
      ['hola', 'es'],
      ['hello', 'en'],
      ['bonjou', 'ht'],
    ] as const) {
      const out = await person(await testAssistant()).send(hello);
      expect(out.at(-1)?.lang).toBe(lang);
      expect((wa(out).at(-1) ?? '').split('\n').at(-1)).toBe(`_${i18n.t(lang)('whatsapp.replyWithNumber')}_`);
    }
    const reminders = LANGS.map((lang) => i18n.t(lang)('whatsapp.replyWithNumber'));
    expect(new Set(reminders).size).toBe(3);
  });
});

describe('toWhatsAppTexts: the welcome tells the truth about changing language', () => {
  it('replaces the language buttons with one line per language naming a command', async () => {
    const welcome = wa(await person(await testAssistant()).send('hola'))[0] ?? '';
    for (const lang of LANGS) {
      const t = i18n.t(lang);
      expect(welcome).toContain(
        t('whatsapp.changeLanguage', { command: `*${t('whatsapp.changeLanguageCommand')}*` }),
      );
    }
  });

  it.each(LANGS)('typing the %s command opens the language choice in that language', async (lang: Lang) => {
    const a = await testAssistant();
    const me = person(a);
    await me.send('hola');
    const out = await me.send(i18n.t(lang)('whatsapp.changeLanguageCommand'));
    expect(out.at(-1)?.lang).toBe(lang);
    expect(out.at(-1)?.buttons.map((b) => b.value)).toEqual(['lang:es', 'lang:en', 'lang:ht']);
    // Then the numbers work: "2" is English.
    const chosen = await me.send('2');
    expect(chosen[0]?.text).toBe(i18n.t('en')('language.changed'));
  });
});

describe('toWhatsAppTexts: length', () => {
  const buttons = [
    { value: 'helped', label: 'Me sirvió' },
    { value: 'human', label: 'Hablar con una persona' },
    { value: 'menu', label: 'Menú' },
  ];
  const paragraph = (n: number) => `Párrafo ${n}. ${'palabra '.repeat(60).trim()}.`;
  const message = (text: string): Outbound => ({
    channel: 'whatsapp',
    chatId: 'c',
    lang: 'es',
    text,
    buttons,
  });

  it('splits a long text under the limit and keeps the numbered list whole at the end', () => {
    const texts = wa([message(Array.from({ length: 12 }, (_, i) => paragraph(i)).join('\n\n'))]);
    expect(texts.length).toBeGreaterThan(2);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(WHATSAPP_TEXT_LIMIT);
    expect(texts.slice(0, -1).flatMap(numbered)).toEqual([]);
    const last = texts.at(-1) ?? '';
    expect(numbered(last)).toEqual(buttons.map((b, i) => [i + 1, b.label]));
    expect(last).toMatch(/Párrafo 11\. /);
    // Nothing lost, nothing repeated.
    expect(texts.join(' ').match(/Párrafo \d+/g)).toHaveLength(12);
  });

  it('moves the end of the text next to the list when text and list do not fit together', () => {
    const text = 'x '.repeat((WHATSAPP_TEXT_LIMIT - 40) / 2).trim();
    const texts = wa([message(text)]);
    for (const part of texts) expect(part.length).toBeLessThanOrEqual(WHATSAPP_TEXT_LIMIT);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/^x x .*\n\n1\. Me sirvió\n2\./s);
  });

  it('sends every knowledge answer with its options in one message, in every language', async () => {
    const { knowledge } = await sharedKnowledge();
    const render = createReplyRenderer(knowledge);
    for (const lang of LANGS) {
      for (const topic of TOPIC_IDS) {
        const rendered = render(answer(topic), lang, i18n.t(lang));
        const texts = wa([{ channel: 'whatsapp', chatId: 'c', lang, ...rendered }]);
        expect(texts, `${topic} ${lang}`).toHaveLength(1);
      }
    }
  });
});

describe('toWhatsAppMarkup', () => {
  it('turns Markdown into WhatsApp markup', () => {
    expect(toWhatsAppMarkup('Lleva **tu acta** y __tu CURP__.')).toBe('Lleva *tu acta* y *tu CURP*.');
    expect(toWhatsAppMarkup('~~cerrado~~ abierto')).toBe('~cerrado~ abierto');
    expect(toWhatsAppMarkup('Ver [la guía](https://example.gob.mx/guia)')).toBe(
      'Ver la guía (https://example.gob.mx/guia)',
    );
    expect(toWhatsAppMarkup('## Requisitos\nActa')).toBe('*Requisitos*\nActa');
  });

  it('leaves what WhatsApp already reads as typed', () => {
    for (const text of [
      '5 * 3 = 15',
      'CURP_hijo.pdf',
      'Calle Juárez #144 Norte',
      '- Trabajo: empleo',
      '** a **',
    ]) {
      expect(toWhatsAppMarkup(text)).toBe(text);
    }
  });

  it('keeps the project texts free of markup WhatsApp would misread', async () => {
    const { knowledge } = await sharedKnowledge();
    const render = createReplyRenderer(knowledge);
    const texts: string[] = [];
    for (const lang of LANGS) {
      for (const entry of knowledge.entries.filter((e) => e.lang === lang)) {
        for (const part of ['reply', 'details'] as const) {
          texts.push(render({ kind: 'entry', topic: entry.id, part }, lang, i18n.t(lang)).text);
        }
      }
      const walk = (node: unknown): void => {
        if (typeof node === 'string') texts.push(node);
        else if (node && typeof node === 'object') Object.values(node).forEach(walk);
      };
      walk(resources[lang]);
    }
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) {
      const out = toWhatsAppMarkup(text);
      expect(out, text).not.toMatch(/\*\*|__|~~|`/);
      for (const line of out.split('\n')) {
        expect((line.match(/\*/g) ?? []).length % 2, line).toBe(0);
        expect((line.match(/~/g) ?? []).length % 2, line).toBe(0);
        expect(line.match(/(^|\s)_\S[^_]*\S_(\s|$)/), line).toBeNull();
      }
    }
  });
});
