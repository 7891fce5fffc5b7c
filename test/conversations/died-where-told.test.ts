/**
 * Where a relative died, told in the first message, offered back when the remains form asks it
 * (judge71: a son wrote that his father died in Dallas, and the form asked again where he died).
 * In each language, through the real engine, with wording written for these tests; a place the
 * message does not name ("en el hospital", "in her sleep", a month) is not offered.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<Lang, { opener: string; yes: string; name: string; told: string; saidBack: RegExp }> = {
  es: {
    opener: 'mi tio fallecio en san antonio texas el martes, q hacemos pa traerlo a canatlan',
    yes: 'si',
    name: 'Ramón Ibarra Soto',
    told: 'san antonio texas',
    saidBack: /Me dijiste «san antonio texas»/,
  },
  en: {
    opener: 'my mom passed away at a hospital in Tucson last week, how do we bring her back to durango',
    yes: 'yes',
    name: 'Elvira Ochoa Ríos',
    told: 'Tucson',
    saidBack: /You told me “Tucson”/,
  },
  ht: {
    opener: 'kouzen m mouri nan Orlando, kijan pou n voye kò li lakay',
    yes: 'wi',
    name: 'Jean Wesner Louis',
    told: 'Orlando',
    saidBack: /Ou te di m «Orlando»/,
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('where a relative died, told first, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('the question on the place says it back and offers it; choosing it answers it', async () => {
    const a = await testAssistant();
    await a.say(s.opener);
    await a.say(s.yes);
    const where = await a.say(s.name);
    expect(where.lang).toBe(lang);
    expect(texts(where)).toMatch(/\(2\/6\)/);
    expect(texts(where)).toMatch(s.saidBack);
    expect(where.outbound.at(-1)?.buttons.map((b) => b.label)).toEqual([s.told, expect.any(String)]);
    const next = await a.say('1');
    expect(texts(next)).toMatch(/\(3\/6\)/);
  });
});

describe('where a relative died, not named', () => {
  it.each([
    'mi papa murio en el hospital de la ciudad, como lo traemos a durango',
    'my grandma died in her sleep in march, how do we bring her home',
  ])('nothing is offered for %s', async (opener) => {
    const a = await testAssistant();
    await a.say(opener);
    await a.say(opener.startsWith('my') ? 'yes' : 'si');
    const where = await a.say('Hortensia Lara Gil');
    expect(texts(where)).toMatch(/\(2\/6\)/);
    expect(texts(where)).not.toMatch(/Me dijiste|You told me/);
    expect(where.outbound.at(-1)?.buttons).toHaveLength(1);
  });
});
