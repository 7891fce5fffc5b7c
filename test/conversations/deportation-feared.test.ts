/**
 * In an emergency, the fear of being deported if help comes or if they get out ("si llega la
 * policía y nos saca, ¿nos van a deportar?", "if the cops get us out will they deport us?",
 * "si yo sove nou, eske y ap depòte nou?"): the honest answer the sources give about calling for
 * help without papers (what they say and do not say), not the help for people already deported
 * to Mexico, which the word "deport" used to bring. In each language, through the real engine,
 * with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { danger: string; fear: string; honest: RegExp; notDeported: RegExp }> = {
  es: {
    danger: 'nos tienen encerrados en una casa en Piedras Negras, somos 6 de Guatemala, no nos dejan salir',
    fear: 'si llega la policía y nos saca de aquí, ¿nos van a deportar? nadie trae papeles',
    honest: /no dicen qué pasa con tu situación migratoria/,
    notDeported: /Módulos de Repatriación/,
  },
  en: {
    danger: 'we are locked in a house in Piedras Negras, 6 of us from Guatemala, they wont let us out',
    fear: 'if the cops get us out of here will they deport us? none of us has papers',
    honest: /do not say what happens to your immigration status/,
    notDeported: /Repatriation Modules/,
  },
  ht: {
    danger: 'yo fèmen nou nan yon kay nan Piedras Negras, nou 6 ayisyen, yo pa kite nou soti',
    fear: 'si lapolis vin sove nou, eske y ap depòte nou? pèsonn pa gen papye',
    honest: /pa di sa k ap rive sitiyasyon migrasyon w/,
    notDeported: /Módulos de Repatriación/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('deportation feared in an emergency, in %s', (lang) => {
  const c = CASES[lang];

  it('gets what the sources say of calling for help without papers', async () => {
    const turn = await afterEmergency(c.danger, c.fear);
    expect(turn.lang).toBe(lang);
    expect(texts(turn)).toMatch(c.honest);
    expect(texts(turn)).not.toMatch(c.notDeported);
  });
});
