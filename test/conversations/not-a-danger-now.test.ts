/**
 * Three ways of writing about a danger that is not happening now, which the learned model alone
 * had called a full emergency in a fresh set (session 44): a detail told before and corrected in a
 * long sentence ("I got it wrong, it was 11 years, from 1998 to 2009"), a relative hurt but now
 * stable in hospital, and a trip planned for next month told with the time first ("mwa pwochen m
 * ap monte Juárez"). Each gets no emergency flow (the safety line at most) and the procedure's
 * answer. In each language, through the real engine, with wording written for this test (the
 * Spanish correction started the emergency flow before; the English and Kreyòl ones guard it).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const CORRECTED: Record<Lang, { opener: string; fix: string }> = {
  es: {
    opener: 'mi tío trabajó en california 8 años y medio, ¿cómo cobra su pensión?',
    fix: 'ay perdón me equivoqué, no fueron 8 y medio, fueron 12 años, de 1995 al 2007',
  },
  en: {
    opener: 'my uncle worked in california 8 and a half years, how does he get his pension',
    fix: 'oh sorry i made a mistake, it wasnt 8 and a half, it was 12 full years, from 1995 to 2007 in the fields out there',
  },
  ht: {
    opener: 'tonton m te travay 8 an edmi nan Kalifòni, kijan li ka touche pansyon li',
    fix: 'eskize m, m te twonpe m, se pa 8 an edmi, se 12 an li te travay, depi 1995 rive 2007 nan jaden yo laba a',
  },
};

const STABLE: Record<Lang, string> = {
  es: 'buenas, a mi hermano lo atropellaron en la obra en Houston, ya está estable en el hospital gracias a Dios, pero mi mamá quiere ir a verlo y no tiene visa',
  en: 'hi, my brother got hit by a truck at work in houston, hes stable now in the hospital thank god, but my mom wants to go see him and she has no visa',
  ht: 'bonjou, frè m nan te fè yon aksidan nan travay li Houston, li estab kounye a nan lopital la gras a Dye, men manman m vle al wè l e li pa gen viza',
};

const NEXT_MONTH: Record<Lang, string> = {
  es: 'hola, estamos en Tapachula, el mes que entra nos vamos a Juárez con mis hijos, me da miedo el desierto y los secuestros, qué ayuda hay en el camino?',
  en: 'hi we are in tapachula, next month we are heading to juarez with my kids, im scared of the desert and kidnappings, what help is there on the way?',
  ht: 'bonjou, nou Tapachula, mwa pwochen nou pral monte Juárez ak timoun yo, m pè dezè a ak kidnapin yo, ki èd ki genyen sou wout la?',
};

describe.each(Object.keys(CORRECTED) as Lang[])('not a danger now, in %s', (lang) => {
  it('a detail corrected in a long sentence starts no emergency and stays on the procedure', async () => {
    const a = await testAssistant();
    const first = await a.say(CORRECTED[lang].opener);
    expect(first.report.topic).toBe('us_pension');
    const turn = await a.say(CORRECTED[lang].fix);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.queued).toBe(false);
    expect(turn.report.topic).toBe('us_pension');
    expect(turn.lang).toBe(lang);
  });

  it('a relative now stable in hospital is the visa question, not an emergency', async () => {
    const a = await testAssistant();
    const turn = await a.say(STABLE[lang]);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.queued).toBe(false);
    expect(['us_humanitarian_visa', 'us_visa_passport']).toContain(turn.report.topic);
  });

  it("a trip next month told with the time first is the road's answer, not an emergency", async () => {
    const a = await testAssistant();
    const turn = await a.say(NEXT_MONTH[lang]);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.queued).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
  });
});
