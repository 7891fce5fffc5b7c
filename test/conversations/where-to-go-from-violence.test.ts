/**
 * "Where can I go with my child?" once a partner's violence has stopped for a moment, in each
 * language, through the real engine, with wording written for this test: what the sources give
 * for it (the women's justice centres, FEVIMTRA's refuge), never the office's address. A judge's
 * Haitian mother (session 51) got the address twice. The office asked for by name is no such question.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<Lang, { hit: string; whereTo: string; office: string }> = {
  es: {
    hit: 'mi pareja me está pegando, estoy encerrada en el cuarto con mi bebé',
    whereTo: 'ya se fue a la calle. ¿a dónde me puedo ir con mi bebé?',
    office: '¿dónde está su oficina?',
  },
  en: {
    hit: 'my husband is beating me, i locked myself in the room with my baby',
    whereTo: 'he went out. where can we go, me and the baby?',
    office: 'where is your office?',
  },
  ht: {
    hit: 'mari m ap frape m, m fèmen nan chanm nan ak tibebe m',
    whereTo: 'li soti. ki kote m ka ale ak tibebe a?',
    office: 'ki kote biwo nou ye?',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('where to go from violence, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('gives where the sources send people, not the office', async () => {
    const a = await testAssistant();
    expect((await a.say(s.hit)).report.emergency).toBe(true);
    const reply = await a.say(s.whereTo);
    expect(reply.lang).toBe(lang);
    expect(texts(reply)).toMatch(/FEVIMTRA/);
    expect(texts(reply)).toMatch(/Centros de Justicia para Mujeres/);
    expect(texts(reply)).not.toMatch(/144|Zona Centro/);
  });

  it('takes the office asked for by name for no question of where to go', async () => {
    const a = await testAssistant();
    await a.say(s.hit);
    expect(texts(await a.say(s.office))).not.toMatch(/FEVIMTRA/);
  });
});
