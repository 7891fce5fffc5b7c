/**
 * In an emergency, the police feared because of papers or a child, in words that name no
 * deportation ("si viene la policía ¿me van a quitar a mi niña? no tengo papeles", "if the cops
 * come they'll ask for my papers"): the same honest answer about calling for help without papers
 * (session 44: a fresh set's people got the asylum topic's eligibility instead). In each
 * language, through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { danger: string; fear: string; honest: RegExp }> = {
  es: {
    danger: 'ayuda, mi pareja me está golpeando, estoy encerrada en el cuarto con mi hija en Saltillo',
    fear: 'y si viene la policía me van a quitar a mi hija? no tengo papeles, soy de Guatemala',
    honest: /no dicen qué pasa con tu situación migratoria/,
  },
  en: {
    danger: 'help, my partner is hitting me, im locked in the room with my daughter in saltillo',
    fear: 'if the cops come they are going to ask for my papers and i dont have any',
    honest: /do not say what happens to your immigration status/,
  },
  ht: {
    danger: 'anmwe, mari m ap bat mwen, m fèmen nan chanm nan ak pitit fi m nan Saltillo',
    fear: 'si lapolis vini y ap mande m papye, m pa gen papye',
    honest: /pa di sa k ap rive sitiyasyon migrasyon w/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('the police feared for papers in an emergency, in %s', (lang) => {
  const c = CASES[lang];

  it('gets what the sources say of calling for help without papers', async () => {
    const turn = await afterEmergency(c.danger, c.fear);
    expect(turn.lang).toBe(lang);
    expect(texts(turn)).toMatch(c.honest);
    expect(turn.report.queued).toBe(true);
  });
});
