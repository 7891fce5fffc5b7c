/**
 * Markdown a writer may use in knowledge/ or a staff reply, in WhatsApp's own markup, and
 * the project's texts (every knowledge entry, facet and locale text) free of markup WhatsApp
 * would misread.
 */
import { describe, expect, it } from 'vitest';
import { toWhatsAppMarkup } from '../../src/channels/whatsapp/format.ts';
import { FACETS, LANGS } from '../../src/core/types.ts';
import { createReplyRenderer } from '../../src/engine/render-reply.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { resources } from '../../src/i18n/resources.ts';
import { sharedKnowledge } from '../support/assistant.ts';

const i18n = createI18n();

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
      const ctx = { lang, t: i18n.t(lang), choices: 'numbered' } as const;
      for (const entry of knowledge.entries.filter((e) => e.lang === lang)) {
        for (const part of ['reply', 'details'] as const)
          texts.push(render([{ kind: 'entry', topic: entry.id, part }], ctx).text);
        const facets = FACETS.filter((f) => entry.facets[f]);
        if (facets.length) texts.push(render([{ kind: 'facet', topic: entry.id, facets }], ctx).text);
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
