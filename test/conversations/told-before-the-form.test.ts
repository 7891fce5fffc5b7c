/**
 * What a family told before the form, offered back when the form asks it (session 43: a blind
 * judge found the form asking "since when?" and "who is he to you?" of a mother whose first
 * message had said "mi hijo… hace 3 días"). In each language, through the real engine, with
 * wording written for these tests: the question says what was told and offers it as an option;
 * a tap on it (or its number) is the answer; a different typed answer wins; nothing is offered
 * when nothing was told, nor for a relative named in another topic's conversation.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  opener: string;
  yes: string;
  name: string;
  place: string;
  told: { since: string; relation: string };
  typed: string;
  skip: string;
  saidBack: RegExp;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    opener: 'mi hermano salió de Tapachula rumbo al norte y no sabemos nada de él desde hace 2 semanas',
    yes: 'sí, le doy los datos',
    name: 'Óscar Nájera Pineda',
    place: 'en Veracruz',
    told: { since: 'desde hace 2 semanas', relation: 'hermano' },
    typed: 'soy su prima',
    skip: 'saltar',
    saidBack: /Me dijiste «desde hace 2 semanas»/,
  },
  en: {
    opener: 'we have not heard from my sister for 5 days, she was crossing near Sasabe',
    yes: 'yes lets do it',
    name: 'Marisol Quintero Vega',
    place: 'near Sasabe, Sonora',
    told: { since: 'for 5 days', relation: 'sister' },
    typed: 'im her cousin',
    skip: 'skip',
    saidBack: /You told me “for 5 days”/,
  },
  ht: {
    opener: 'depi 3 jou nou pa gen nouvèl frè m, li te nan Tapachula',
    yes: 'wi',
    name: 'Wilfrid Joseph',
    place: 'nan Tapachula',
    told: { since: 'depi 3 jou', relation: 'frè' },
    typed: 'se kouzen m',
    skip: 'sote',
    saidBack: /Ou te di m «depi 3 jou»/,
  },
};

/** The form started and its first two questions answered: the next one asks since when. */
async function atSince(s: Script) {
  const a = await testAssistant();
  await a.say(s.opener);
  await a.say(s.yes);
  await a.say(s.name);
  return { a, since: await a.say(s.place) };
}

describe.each(Object.keys(SCRIPTS) as Lang[])('details told before the form, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('the question says what was told and offers it as an answer', async () => {
    const { since } = await atSince(s);
    expect(since.lang).toBe(lang);
    expect(texts(since)).toMatch(/\(3\/6\)/);
    expect(texts(since)).toMatch(s.saidBack);
    expect(since.outbound.at(-1)?.buttons.map((b) => b.label)).toEqual([s.told.since, expect.any(String)]);
  });

  it('choosing it answers the question; the relative told is offered next', async () => {
    const { a } = await atSince(s);
    const situation = await a.say('1');
    expect(texts(situation)).toMatch(/\(4\/6\)/);
    const relation = await a.say(s.skip);
    expect(texts(relation)).toMatch(/\(5\/6\)/);
    expect(texts(relation)).toContain(s.told.relation);
    await a.say(s.typed);
    const summary = await a.say(s.skip);
    expect(texts(summary)).toContain(s.told.since);
    // A different typed answer wins over what was told.
    expect(texts(summary)).toContain(s.typed);
  });
});

describe('nothing told, nothing offered', () => {
  it('asks the plain question when the first message told no date', async () => {
    const a = await testAssistant();
    await a.say('quiero buscar a mi primo, lo detuvieron en la frontera');
    await a.say('sí');
    await a.say('Rubén Téllez');
    const since = await a.say('en Matamoros');
    expect(texts(since)).toMatch(/\(3\/6\)/);
    expect(texts(since)).not.toMatch(/Me dijiste/);
    expect(since.outbound.at(-1)?.buttons).toHaveLength(1);
  });

  it('a relative named in another topic is not offered for the form', async () => {
    const a = await testAssistant();
    await a.say('mi papá trabajó 20 años en Texas, ¿cómo cobra su pensión?');
    await a.say('otra cosa, ya no sabemos nada de un amigo que iba pa Sonora');
    await a.say('sí');
    await a.say('Ramiro Solís');
    await a.say('en Sonora');
    await a.say('saltar');
    const relation = await a.say('saltar');
    expect(texts(relation)).toMatch(/\(5\/6\)/);
    expect(texts(relation)).not.toMatch(/papá|Me dijiste/);
  });
});
