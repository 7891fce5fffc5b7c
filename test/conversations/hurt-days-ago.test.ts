/**
 * Beaten days ago, the wound now infected (session 56's fresh emergency set: people beaten at a
 * checkpoint in Chiapas days before, asking where to be seen): care on the road (the health line,
 * IMSS-Bienestar), not the emergency flow and its "get away if you can". Beaten now, or bleeding now, stays an emergency. Through the real
 * engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const BEATEN_DAYS_AGO: Record<Lang, string> = {
  es: 'hace 3 dias unos policias me golpearon en el reten de huixtla, la herida de la pierna ya tiene pus y esta hinchada, estoy en tapachula',
  en: 'last week some guys at a checkpoint in oaxaca hit me with a stick, my arm is swollen and has pus now, im in juchitan',
  ht: 'sa gen 2 jou de sa polis yo bat mwen bo Huixtla, blesi nan bra m anfle e li gen pi, kote m ka al fe swen',
};
const BEATEN_NOW: Record<Lang, string> = {
  es: 'unos policias me estan golpeando ahorita en el reten, ayuda',
  en: 'some men are beating my brother right now outside the shelter',
  ht: 'gen de nèg k ap bat mwen kounye a menm devan abri a, ede m',
};
const BLEEDING_NOW: Record<Lang, string> = {
  es: 'hace 2 dias me golpearon en el camino y ahorita la herida no para de sangrar',
  en: 'they beat me 2 days ago and now the cut on my head is bleeding a lot and i fainted',
  ht: 'sa gen 2 jou de sa yo bat mwen, kounye a blesi a ap senyen anpil',
};

describe.each(Object.keys(BEATEN_DAYS_AGO) as Lang[])('hurt days ago, in %s', (lang) => {
  it('a beating days ago with the wound infected now is care: IMSS-Bienestar, 911 if worse', async () => {
    const a = await testAssistant();
    const turn = await a.say(BEATEN_DAYS_AGO[lang]);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
    expect(texts(turn)).toMatch(/911/);
  });

  it('a beating now is an emergency', async () => {
    const a = await testAssistant();
    expect((await a.say(BEATEN_NOW[lang])).report.emergency).toBe(true);
  });

  it('a beating days ago that bleeds now is an emergency', async () => {
    const a = await testAssistant();
    expect((await a.say(BLEEDING_NOW[lang])).report.emergency).toBe(true);
  });
});
