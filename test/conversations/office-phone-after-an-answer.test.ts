/**
 * The office's phone asked after a procedure's answers, in each language, through the real engine,
 * with wording written for this test: a judge's man back home after a deportation (session 52) got
 * the productive projects' block again when the retrained dialogue model read "¿cuál es el teléfono
 * de la oficina?" as a fact told. A question about the office is the office's topic (or a person).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const SCRIPTS: Record<Lang, { project: string; phone: string }> = {
  es: {
    project: 'ya regrese a mi pueblo despues de la deportacion, quiero poner una tiendita, dan apoyo?',
    phone: 'cual es el telefono de la oficina pa hablarles?',
  },
  en: {
    project: 'im back in my town after getting deported, i want to open a little shop, do you give support?',
    phone: 'whats the phone number of the office so i can call?',
  },
  ht: {
    project: 'mwen tounen lakay apre depòtasyon an, m vle louvri yon ti boutik, eske nou bay sipò?',
    phone: 'ki nimewo telefòn biwo a pou m rele nou?',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('the office phone after an answer, in %s', (lang) => {
  it("is the office's topic", async () => {
    const a = await testAssistant();
    expect((await a.say(SCRIPTS[lang].project)).report.topic).toBe('productive_projects');
    // The sources give no phone: the office's answer says so, or a person is asked for ("pou m rele nou").
    expect(['office_info', 'human']).toContain((await a.say(SCRIPTS[lang].phone)).report.topic);
  });
});
