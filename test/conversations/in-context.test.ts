/**
 * Conversations read in context (issue 28), in each language, through the real engine, with
 * wording written for these tests: a stated age is answered against the ages the sources give;
 * a question no facet answers gets one short sourced sentence or "our sources do not say" and
 * the offer of a person, never the whole entry; a person asked for in other words queues; the
 * wait asked in any words gets the place in line; a button's label typed with a word added is
 * that button; two corrections in one message change two fields with the new values only;
 * replies after the first stay short.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const PENSION: Record<Lang, { ask: string; age: string; ages: RegExp; odd: string; lost: string }> = {
  es: {
    ask: 'mi suegro anduvo de jornalero en Oregon como 14 años con su número de seguro, le toca pensión?',
    age: 'él ya tiene 67',
    ages: /67.*60.*62/s,
    odd: 'y si la va a cobrar su esposa cuando él ya no esté?',
    lost: 'se puede tramitar si perdió la tarjetita del seguro?',
  },
  en: {
    ask: 'my grandpa picked apples in washington state for 13 years with his social, can he get a pension?',
    age: "he's 67 now",
    ages: /67.*60.*62/s,
    odd: 'what if his wife wants to collect it after he passes?',
    lost: 'can he still apply if he lost the little social security card?',
  },
  ht: {
    ask: 'bòpè m te travay 12 an Florid ak yon nimewo sekirite sosyal, èske li ka jwenn pansyon?',
    age: 'li gen 67 an kounye a',
    ages: /67.*60.*62/s,
    odd: 'e si se madanm li ki pou touche l apre li mouri?',
    lost: 'èske li ka fè demach la si li pèdi ti kat sekirite sosyal la?',
  },
};

describe.each(Object.keys(PENSION) as Lang[])('a conversation read in context, in %s', (lang) => {
  const p = PENSION[lang];

  it('answers a stated age against the ages the sources give, and never says it did not understand', async () => {
    const a = await testAssistant();
    await a.say(p.ask);
    const age = await a.say(p.age);
    expect(age.report).toMatchObject({ topic: 'us_pension', facet: 'eligibility', handoff: true });
    expect(texts(age)).toMatch(p.ages);
    expect(age.lang).toBe(lang);
  });

  it('answers a question no facet covers with one short part and the offer of a person', async () => {
    const a = await testAssistant();
    const first = await a.say(p.ask);
    const odd = await a.say(p.odd);
    expect(odd.report).toMatchObject({ topic: 'us_pension', handoff: true });
    const body = texts(odd).split(/\n\n(?:1\. |Fuente|Source|Sous)/)[0] ?? '';
    expect(body.length).toBeLessThan(450);
    expect(texts(odd)).not.toBe(texts(first));
  });
});

describe('a person, the wait and the buttons, in other words', () => {
  it.each([
    ['es', '¿qué se ocupa para apostillar un acta de nacimiento de Nevada?', 'ándale, conécteme con alguien'],
    [
      'en',
      'how do i get my daughters arizona birth certificate apostilled',
      'ok connect me with someone please',
    ],
    ['ht', 'kijan pou m apostiye yon ak nesans Texas?', 'tanpri pase m ak yon moun'],
  ] as const)(
    'queues in %s, then tells the place in line however the wait is asked',
    async (lang, question, person) => {
      const a = await testAssistant();
      await a.say(question);
      const queued = await a.say(person);
      expect(queued.report.queued).toBe(true);
      const wait = {
        es: '¿y ya mero me atienden o qué?',
        en: 'am i still in line or what',
        ht: 'kilè y ap okipe m la?',
      }[lang];
      const told = await a.say(wait);
      expect(texts(told)).toMatch(/\d/);
      expect(told.lang).toBe(lang);
    },
  );

  it('takes a button label typed back with a word added as that button', async () => {
    const a = await testAssistant();
    await a.say('¿cuánto tarda que me den el acta apostillada de California?');
    const typed = await a.say('sí, con una persona por favor');
    expect(typed.report.queued).toBe(true);
  });
});

describe('two corrections in one message', () => {
  it.each([
    [
      'es',
      'Tomás Beltrán Ochoa',
      'en Eagle Pass, Texas',
      'el 3 de mayo',
      'perdón, la fecha es el 7 de mayo no el 3, y el lugar es Piedras Negras',
      /7 de mayo/,
      /Piedras Negras/,
    ],
    [
      'en',
      'Rosa Imelda Cháirez',
      'in Yuma, Arizona',
      'on march 2',
      'sorry, the date was march 9 not march 2, and the place is San Luis',
      /march 9/i,
      /San Luis/,
    ],
  ] as const)(
    'change each field named, with the new value only (%s)',
    async (_lang, name, place, date, correction, newDate, newPlace) => {
      const a = await testAssistant();
      const opener =
        _lang === 'es'
          ? 'no sabemos nada de mi primo desde que cruzó, lo estamos buscando'
          : 'we have not heard from my cousin since he crossed, we are looking for him';
      await a.say(opener);
      await a.say(_lang === 'es' ? 'sí, dar los datos' : 'yes, give the details');
      await a.say(name);
      await a.say(place);
      await a.say(date);
      for (let i = 0; i < 3; i++) await a.say(_lang === 'es' ? 'saltar' : 'skip');
      const fixed = await a.say(correction);
      const summary = texts(fixed);
      expect(summary).toMatch(newDate);
      expect(summary).toMatch(newPlace);
      // The new values only: the old ones and the words around them are gone.
      expect(summary).not.toMatch(/ no el 3| not march 2/i);
      expect(summary).not.toMatch(/Eagle Pass|Yuma/);
      expect(fixed.report.queued).toBe(false);
    },
  );
});

describe('the language belongs to the conversation', () => {
  it.each([
    [
      'ht',
      'bonjou, kijan pou m jwenn yon sita nan COMAR Tapachula?',
      'ok gracias',
      'hello?',
      'mejor en español por favor',
      'es',
    ],
    [
      'es',
      'buenas, ¿cómo registro en Durango a mi niña que nació en Dallas?',
      'yes',
      'mèsi',
      'can we keep going in english please',
      'en',
    ],
    [
      'en',
      'how do i get the humanitarian visitor card in mexico?',
      'si',
      'gracias amigo',
      'pale kreyòl avè m souple',
      'ht',
    ],
  ] as const)(
    'a short %s conversation keeps its language through short lines of another, and follows a request',
    async (lang, opener, short1, short2, request, asked) => {
      const a = await testAssistant();
      expect((await a.say(opener)).lang).toBe(lang);
      expect((await a.say(short1)).lang).toBe(lang);
      expect((await a.say(short2)).lang).toBe(lang);
      const switched = await a.say(request);
      expect(switched.lang).toBe(asked);
      // The choice holds: a short line in the first language does not take it back.
      expect((await a.say('ok')).lang).toBe(asked);
    },
  );
});

describe('a language asked for in other words', () => {
  it.each([
    [
      'en',
      'how do i apostille a birth certificate from texas?',
      'my mom only reads spanish, can you write it for her',
      'es',
    ],
    [
      'es',
      '¿cómo saco la doble nacionalidad para mi hijo nacido en Chicago?',
      'my wife is reading this and she understands english better',
      'en',
    ],
  ] as const)(
    'a %s conversation switches when told who reads it (%s)',
    async (lang, opener, request, asked) => {
      const a = await testAssistant();
      expect((await a.say(opener)).lang).toBe(lang);
      expect((await a.say(request)).lang).toBe(asked);
    },
  );

  it('two languages named in a story ask for neither', async () => {
    const a = await testAssistant();
    expect((await a.say('how do i apostille a birth certificate from texas?')).lang).toBe('en');
    const told = await a.say('my son speaks spanish and english, he will take it to the office');
    expect(told.lang).toBe('en');
  });
});

describe('details and closings while something is on offer', () => {
  it.each([
    [
      'es',
      'mi hermano se fue hace un mes y ya no contesta, lo quiero buscar',
      'se llama Álvaro Reyes Soto, lo vieron en Sonoyta el 4 de agosto',
      /Álvaro Reyes Soto/,
      /\(\d\/6\)/,
    ],
    [
      'en',
      'my nephew crossed three weeks ago and we have not heard from him',
      'his name is Kevin Luna Ortiz, last seen in Altar on june 9',
      /Kevin Luna Ortiz/,
      /\(\d\/6\)/,
    ],
  ] as const)(
    'start the form with the details already told, asking only what is missing (%s)',
    async (_lang, question, details, name, step) => {
      const a = await testAssistant();
      await a.say(question);
      const started = await a.say(details);
      // The form asks its next open question, not the name again.
      expect(texts(started)).toMatch(step);
      expect(texts(started)).not.toMatch(/\(1\/6\)/);
      // Skipping the rest shows the summary with what was told.
      let last = started;
      for (let i = 0; i < 6 && !/Revisa|check the details/i.test(texts(last)); i++)
        last = await a.say(_lang === 'es' ? 'saltar' : 'skip');
      expect(texts(last)).toMatch(name);
    },
  );

  it.each([
    [
      'es',
      '¿quién me ayuda a apostillar el acta de mi hija que nació en Utah?',
      'ok gracias, luego paso a la oficina',
    ],
    [
      'en',
      'who can help me get my sons utah birth certificate apostilled?',
      'ok thanks, i will stop by the office later',
    ],
  ] as const)('an "ok, thanks" that closes the talk queues nobody (%s)', async (_lang, question, closing) => {
    const a = await testAssistant();
    await a.say(question);
    const closed = await a.say(closing);
    expect(closed.report.queued).toBe(false);
  });

  it('answers the same aspect asked again in other words with what fits them, not "I already told you"', async () => {
    const a = await testAssistant();
    await a.say('¿cómo saco la doble nacionalidad de mi niño nacido en Texas?');
    const cost = await a.say('¿y cuánto cuesta?');
    const again = await a.say('¿o sea que es gratis en Durango?');
    expect(cost.report.topic).toBe('dual_nationality');
    expect(texts(again)).not.toMatch(/Ya te dije/);
    expect(texts(again)).not.toBe(texts(cost));
  });
});
