/**
 * Words that sound like danger and are not: longing told as dying ("im dying to bring my parents
 * over", "me muero por ver a mis papás", "m ap mouri pou m wè manman m") is a family visit, and a
 * phone's battery running out while waiting ("se me va a acabar la pila, ¿me contestan o qué?")
 * is a question about the wait (session 45: a fresh set's daughter and a hand judge's deported
 * man got the emergency flow). A real danger beside the same words still is one. In each
 * language, through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const CASES: Record<Lang, { longing: string; first: string; battery: string; danger: string }> = {
  es: {
    longing:
      'me muero por ver a mis papás, tienen 71 y 69 y viven en Santiago Papasquiaro, hay programa pa traerlos a Chicago?',
    first: 'me deportaron ayer por Nogales, soy de Durango y no tengo dinero para el camión',
    battery: 'ya llevo rato aqui, se me va a acabar la pila, me van a contestar o que',
    danger: 'se me está acabando la pila y unos hombres armados me están siguiendo, estoy escondido',
  },
  en: {
    longing:
      'im dying to bring my parents over to visit, they are 70 and live in Gomez Palacio, how does that program work?',
    first: 'i got deported yesterday through nogales, im from durango and i have no money for the bus',
    battery: 'been waiting a while, my battery is about to die, is anyone gonna answer me',
    danger: 'my battery is about to die and two armed men are following me, im hiding behind a store',
  },
  ht: {
    longing:
      'm ap mouri pou m wè manman m ak papa m, yo gen 72 an e yo nan Durango, kijan pou yo vin vizite m Chicago?',
    first: 'yo depòte m yè pa Nogales, mwen se moun Durango e m pa gen kòb pou bis la',
    battery: 'sa gen lontan m ap tann, batri m ap fini, eske yon moun ap reponn mwen?',
    danger: 'batri m ap fini e gen de mesye ak zam k ap swiv mwen, m kache dèyè yon magazen',
  },
};

describe.each(Object.keys(CASES) as Lang[])('longing and a dying battery, in %s', (lang) => {
  const c = CASES[lang];

  it('reads longing told as dying as the family visit', async () => {
    const a = await testAssistant();
    const reply = await a.say(c.longing);
    expect(reply.report.emergency).toBe(false);
    expect(reply.report.topic).toBe('family_reunification');
  });

  it('reads a dying battery as no danger, and a danger beside it as one', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    expect((await a.say(c.battery)).report.emergency).toBe(false);
    const b = await testAssistant();
    await b.say(c.first);
    expect((await b.say(c.danger)).report.emergency).toBe(true);
  });
});
