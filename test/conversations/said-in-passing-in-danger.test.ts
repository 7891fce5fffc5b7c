/**
 * What a judge's people (session 52) wrote in passing, with wording written for this test,
 * through the real engine:
 * - a release hoped for by paying ("my uncle will wire the money so they let us go, should he
 *   pay?") while still held: the money line, never "glad you are not in danger";
 * - a neighbour who called 911, then the ambulance taking her to hospital (Kreyòl): help called,
 *   then help that came, not a place to note and "call 911 if you can";
 * - a question asked with "perdón" in the middle of a form ("ay perdón, ¿y cuánto cuesta
 *   traerlo?"): answered, not saved as the field's new value.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const HELD: Record<Lang, { danger: string; release: string; glad: RegExp }> = {
  es: {
    danger: 'nos tienen encerrados en una bodega los que nos iban a cruzar, piden 2000 dolares por cada uno',
    release: 'mi tio va a mandar el dinero para que nos suelten, le pagamos?',
    glad: /no estás en peligro/,
  },
  en: {
    danger:
      'the guys who were taking us north locked us in a warehouse, they want 2000 dollars for each of us',
    release: 'my uncle will wire the money so they let us go, should he pay?',
    glad: /not in danger/,
  },
  ht: {
    danger: 'moun ki t ap mennen nou yo fèmen nou nan yon depo, yo mande 2000 dola pou chak moun',
    release: 'kouzen m ap voye lajan an pou yo lage nou, eske li dwe peye?',
    glad: /pa an danje/,
  },
};

describe.each(Object.keys(HELD) as Lang[])('a release hoped for by paying, in %s', (lang) => {
  it('gets the money line, not a calm', async () => {
    const a = await testAssistant();
    expect((await a.say(HELD[lang].danger)).report.emergency).toBe(true);
    const turn = await a.say(HELD[lang].release);
    expect(turn.meaning?.act).not.toBe('safe');
    expect(texts(turn)).not.toMatch(HELD[lang].glad);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('help called by a neighbour, then come (ht)', () => {
  it('reads the call, then the ambulance taking her to hospital', async () => {
    const a = await testAssistant();
    await a.say('madanm mwen ansent, li senyen anpil, li pa ka kanpe, li prèske endispoze');
    expect((await a.say('vwazen an rele 911 pou nou')).meaning?.helpCalled).toBe(true);
    const came = await a.say('anbilans lan rive, y ap mennen l lopital jeneral la');
    expect(came.meaning?.helpCame).toBe(true);
    expect(texts(came)).not.toMatch(/M note kote a/);
  });
});

describe('a question asked with "perdón" in the middle of a form (es)', () => {
  it('is answered, not saved as the new value of a field', async () => {
    const a = await testAssistant();
    await a.say('mi papa murio en dallas el martes, era de canatlan, queremos traerlo a enterrar alla');
    await a.say('si');
    await a.say('Ramon Herrera Soto');
    const turn = await a.say('ay perdon, y cuanto cuesta traerlo? nos dijeron q mucho');
    expect(texts(turn)).not.toMatch(/Corregido/);
    expect(turn.meaning?.facets).toContain('cost');
  });
});
