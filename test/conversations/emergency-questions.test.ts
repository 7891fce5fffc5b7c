/**
 * Questions asked during an emergency that the dialogue model read as something else, in each
 * language, through the real engine, with wording written for these tests: "should I deposit
 * it?" during a call asking for money gets the one sourced line for paying ("call 911 before
 * you pay"), not "keep writing here"; "who takes care of the girl if they don't find her mom?"
 * gets what the sources say of children found alone (the DIF), not "this chat cannot send
 * anyone" or what to do without a phone.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  extortion: string;
  deposit: string;
  beforePaying: RegExp;
  childAlone: string;
  whoCares: string;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    extortion:
      'un licenciado me llamó, dice que agarraron a mi hijo y que si no le deposito 20 mil hoy lo meten a la cárcel',
    deposit: '¿y le deposito? dice que todo es legal, que es la fianza',
    beforePaying: /911 antes de depositar/,
    childAlone:
      'encontramos a una niña sola en las vías del tren, está lastimada y llorando y su mamá no aparece, ayuda',
    whoCares: '¿quién cuida a la niña si no encuentran a su mamá?',
  },
  en: {
    extortion:
      'a lawyer called me, says they caught my son and if i dont deposit 20 thousand today he goes to jail with the worst guys',
    deposit: 'do i wire it? he says its for his bail',
    beforePaying: /911 before you pay/,
    childAlone:
      'we just found a little girl alone on the train tracks, shes hurt and crying and her mom is missing, please help',
    whoCares: 'who takes care of the girl if they dont find her mom?',
  },
  ht: {
    extortion:
      'yon avoka rele m, li di yo arete pitit gason m e si m pa depoze 20 mil jodi a y ap mete l nan prizon',
    deposit: 'm dwe depoze l?',
    beforePaying: /911 anvan ou peye/,
    childAlone:
      'nou jwenn yon tifi poukont li sou ray tren an, li blese e l ap kriye, manman l disparèt, ede nou',
    whoCares: 'kiyès k ap okipe tifi a si yo pa jwenn manman l?',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('questions during an emergency, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('answers "should I deposit it?" with the line for paying under threat', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(s.extortion)).report.emergency).toBe(true);
    const turn = await a.say(s.deposit);
    expect(turn.report).toMatchObject({ emergency: true, queued: true });
    expect(texts(turn)).toMatch(s.beforePaying);
    expect(texts(turn)).toContain('089');
  });

  it('answers who looks after a child found alone with what the sources say of such children', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(s.childAlone)).report.emergency).toBe(true);
    const turn = await a.say(s.whoCares);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toContain('DIF');
  });
});
