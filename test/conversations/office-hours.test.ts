/**
 * The office's hours asked in the middle of another topic ("and is the office open on
 * Saturday?") get what the sources say of them (nothing: staff can tell), in each language,
 * through the real engine, with wording written for these tests; before, they got the topic's
 * own "where" or "how long" answer. Hours asked of another place stay with that place. Since
 * session 58 the unknown hours are said once, with the phone (the office profile's contact line).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<
  Lang,
  { pension: string; hours: string; silent: RegExp; clinic: string; theirs: string }
> = {
  es: {
    pension: 'trabajé 12 años en Texas con seguro social, ¿cómo saco mi pensión?',
    hours: 'y la oficina abre el sábado? entre semana trabajo',
    silent: /no indican el horario/,
    clinic: 'voy de paso por Tijuana y mi niño tiene calentura, ¿dónde lo pueden ver gratis?',
    theirs: '¿y a qué hora atienden ahí?',
  },
  en: {
    pension: 'i worked 12 years in texas with social security, how do i get my pension?',
    hours: 'and are you open on saturdays? i work during the week',
    silent: /do not specify the office's opening hours/,
    clinic: 'im passing through tijuana and my kid has a fever, where can he be seen for free?',
    theirs: 'and what time do they open there?',
  },
  ht: {
    pension: 'mwen travay 12 an Texas ak sekirite sosyal, kijan pou m jwenn pansyon m?',
    hours: 'e èske biwo a louvri samdi? m travay pandan semèn nan',
    silent: /pa di lè biwo a louvri/,
    clinic: 'm ap pase Tijuana e pitit mwen gen lafyèv, ki kote yo ka wè l gratis?',
    theirs: 'e ki lè yo louvri la?',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])("the office's hours asked mid-conversation, in %s", (lang) => {
  it('says what the sources give of the hours', async () => {
    const s = SCRIPTS[lang];
    const a = await testAssistant();
    await a.say(s.pension);
    const reply = await a.say(s.hours);
    expect(reply.report.topic).toBe('office_info');
    expect(texts(reply)).toMatch(s.silent);
    // Said once: the hours are not said unknown twice in one reply (a judge's reader, session 58).
    expect(texts(reply).match(/horario|opening hours|lè biwo a louvri/g)).toHaveLength(1);
  });
});

// In Kreyòl the topic model itself reads "ki lè yo louvri la?" after a clinic as the office: a known gap.
describe.each(['es', 'en'] as Lang[])('the hours of another place, in %s', (lang) => {
  it("stay with that place's topic", async () => {
    const s = SCRIPTS[lang];
    const a = await testAssistant();
    await a.say(s.clinic);
    const reply = await a.say(s.theirs);
    expect(reply.report.topic).not.toBe('office_info');
    expect(texts(reply)).not.toMatch(s.silent);
  });
});
