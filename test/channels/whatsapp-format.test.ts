/**
 * Engine messages to WhatsApp texts, checked against a real engine (the project's knowledge,
 * the memory store): what the numbered list shows is what a typed "2", "dos", "2." or the
 * option's words chooses; where nothing is numbered the engine remembers nothing; the
 * prompts are the engine's own, worded for typed numbers (nothing is added here, and no
 * choice value is ever looked inside); long texts split with the list kept whole.
 */

import { describe, expect, it } from 'vitest';
import type WAWebJS from 'whatsapp-web.js';
import pkg from 'whatsapp-web.js';
import { toWhatsAppTexts, WHATSAPP_TEXT_LIMIT } from '../../src/channels/whatsapp/format.ts';
import { readWhatsAppMessage } from '../../src/channels/whatsapp/inbound.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { LANGS, type Lang } from '../../src/core/types.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
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
  /** The options the engine remembers for this conversation (read from the store, without a turn). */
  async function remembered(): Promise<Array<{ value: string; label: string }>> {
    const turn = await a.store.openTurn(`whatsapp:${chatId}`, {
      leaseMs: 1000,
      dedupeTtlMs: 1,
      now: a.clock.now(),
    });
    await turn.release();
    const context = turn.record?.state.context as
      | { choices?: Array<{ value: string; label: string }> }
      | undefined;
    return context?.choices ?? [];
  }
  return { send, remembered, chatId };
}

/** The "n. Label" lines of a WhatsApp text, in order. */
const numbered = (text: string) => [...text.matchAll(/^(\d+)\. (.+)$/gm)].map((m) => [Number(m[1]), m[2]]);

const whatsappAssistant = () => testAssistant({ channel: 'whatsapp' });

describe('toWhatsAppTexts: numbered choices the engine understands', () => {
  it("numbers the menu 1..n, under the engine's own prompt for typed numbers", async () => {
    const out = await person(await whatsappAssistant()).send('hola');
    const texts = wa(out);
    const menu = texts.at(-1) ?? '';
    const labels = out.at(-1)?.buttons.map((b) => b.label) ?? [];
    expect(labels.length).toBeGreaterThan(5);
    expect(numbered(menu)).toEqual(labels.map((label, i) => [i + 1, label]));
    expect(menu).toContain(i18n.t('es')('menu.prompt_numbered'));
    // Nothing added after the list; the welcome before it is one message with nothing numbered.
    expect(menu.split('\n').at(-1)).toBe(`${labels.length}. ${labels.at(-1)}`);
    expect(texts.slice(0, -1).some((t) => numbered(t).length > 0)).toBe(false);
  });

  it.each(['2', 'dos', '2.', 'label'])('a typed "%s" picks the option shown as 2', async (typed) => {
    const a = await whatsappAssistant();
    const me = person(a);
    const out = await me.send('hola');
    const menu = wa(out).at(-1) ?? '';
    const [, label] = numbered(menu).find(([n]) => n === 2) ?? [];
    expect(label).toBeTypeOf('string');
    const shown = out.at(-1)?.buttons.find((b) => b.label === label);
    expect(shown).toBeDefined();
    const reply = await me.send(typed === 'label' ? String(label) : typed);
    // ... and answers exactly as a tap on that button would.
    await person(a, 'twin@c.us').send('hola');
    const tapped = await a.engine.handle({
      id: 'tap-1',
      channel: 'whatsapp',
      chatId: 'twin@c.us',
      content: { type: 'choice', value: shown?.value ?? '' },
    });
    expect(wa(reply)).toEqual(wa(tapped.outbound));
  });

  it('numbers exactly what the engine remembers, turn after turn (and nothing when it remembers nothing)', async () => {
    const a = await whatsappAssistant();
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
      const choices = await me.remembered();
      const lang = out.at(-1)?.lang ?? 'es';
      expect(
        shown.map(([, label]) => label),
        `after "${typed}"`,
      ).toEqual(choices.map((c) => i18n.t(lang)(c.label)));
    }
  });

  it('numbers nothing when a turn ends without buttons: a typed "2" would not be a choice', async () => {
    const a = await whatsappAssistant();
    const me = person(a);
    const texts = wa(await me.send('quiero hablar con una persona'));
    expect(texts.flatMap(numbered)).toEqual([]);
    expect(await me.remembered()).toEqual([]);
  });

  it('words the prompt for typed numbers in each language', async () => {
    for (const [hello, lang] of [
      ['hola', 'es'],
      ['hello', 'en'],
      ['bonjou', 'ht'],
    ] as const) {
      const out = await person(await whatsappAssistant()).send(hello);
      expect(out.at(-1)?.lang).toBe(lang);
      expect(wa(out).at(-1)).toContain(i18n.t(lang)('menu.prompt_numbered'));
    }
  });
});

describe('toWhatsAppTexts: choices are opaque', () => {
  const message = (buttons: Outbound['buttons']): Outbound => ({
    channel: 'whatsapp',
    chatId: 'c',
    lang: 'es',
    text: 'Hola',
    buttons,
  });

  it('numbers any value the same way, and adds no line of its own for any of them', () => {
    const buttons = [
      { value: 'lang:en', label: 'English' },
      { value: 'intake:remains', label: 'Dar datos' },
      { value: 'x', label: 'Otra' },
    ];
    expect(wa([message(buttons)])).toEqual(['Hola\n\n1. English\n2. Dar datos\n3. Otra']);
    // An earlier message's buttons cannot be typed: dropped, whatever their values.
    expect(wa([message(buttons), message([])])).toEqual(['Hola', 'Hola']);
  });

  it.each(LANGS)(
    'typing the %s language command opens the language choice, and its numbers work',
    async (lang: Lang) => {
      const a = await whatsappAssistant();
      const me = person(a);
      await me.send('hola');
      const [command] = i18n.list(lang, 'commands.language');
      // The conversation keeps its language (the command names none); the list is the languages.
      const out = await me.send(String(command).toUpperCase());
      const options = numbered(wa(out).at(-1) ?? '');
      const english = options.find(([, label]) => label === 'English');
      expect(english).toBeDefined();
      const chosen = await me.send(String(english?.[0]));
      expect(chosen[0]?.lang).toBe('en');
    },
  );
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
    const topics = [...new Set(knowledge.entries.map((e) => e.id))].filter((id) => id !== 'human');
    const a = await whatsappAssistant();
    const hello = { es: 'hola', en: 'hello', ht: 'bonjou' } as const;
    for (const lang of LANGS) {
      for (const topic of topics) {
        const me = person(a, `${lang}-${topic}@c.us`);
        await me.send(hello[lang]);
        const out = await a.engine.handle({
          id: `${lang}-${topic}`,
          channel: 'whatsapp',
          chatId: me.chatId,
          content: { type: 'choice', value: `topic:${topic}` },
        });
        expect(out.outbound.length, `${topic} ${lang}`).toBeGreaterThan(0);
        expect(wa(out.outbound), `${topic} ${lang}`).toHaveLength(1);
      }
    }
  });
});
