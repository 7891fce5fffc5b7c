/**
 * A foreigner in Mexico asking in a returnee's words (session 56's hand judge: a Venezuelan who
 * needed insulin in Durango got the job service for Mexicans who come home; Haitians lost in the
 * desert who feared deportation got the modules that receive Mexicans sent back from the US):
 * health on the road (IMSS-Bienestar) or status in Mexico (the INM, the humanitarian card). A
 * Mexican sent back still gets the returnees' help. Through the real engine, with wording written
 * for this test (English already got health on the road: a guard; Kreyòl is the danger's case).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const HEALTH: Partial<Record<Lang, [status: string, medicine: string]>> = {
  es: [
    'buenas tardes, soy venezolana y llevo un año en durango, quiero arreglar papeles para trabajar',
    'otra cosa, soy diabetica y me queda insulina para 3 dias, no tengo seguro, donde me la dan aqui en durango?',
  ],
  en: [
    'hi, im from venezuela and i live in durango city now, i want to work legally here, what do i need',
    'another thing, im diabetic and my insulin runs out in 3 days, i have no insurance. where can they give it to me here in durango?',
  ],
};

describe.each(Object.keys(HEALTH) as Lang[])('a foreigner asking about health, in %s', (lang) => {
  it('gets health on the road, not the jobs for Mexicans who come home', async () => {
    const a = await testAssistant();
    const [status, medicine] = HEALTH[lang] ?? ['', ''];
    await a.say(status);
    const turn = await a.say(medicine);
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
    expect(texts(turn)).not.toMatch(/SNE/);
  });
});

describe('Haitians in a danger who fear deportation (ht)', () => {
  it('hear about their status in Mexico, not the modules for Mexicans sent back', async () => {
    const a = await testAssistant();
    await a.say('bonswa, nou se 5 ayisyen nan wout pou Juárez, kote nou ka jwenn Gwoup Beta?');
    const danger = await a.say('chofè a lage nou nan dezè a, nou pèdi, nou pa gen dlo, gen timoun avè nou');
    expect(danger.report.emergency).toBe(true);
    const turn = await a.say('nou rele 911, y ap voye polis. men nou pè migrasyon, eske y ap depòte nou?');
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/INM/);
  });
});

describe('a Mexican sent back (es)', () => {
  it('still gets the help for those who come home', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'hola me deportaron hace un mes y ya estoy en durango, hay apoyo pa encontrar jale?',
    );
    expect(turn.report.topic).toBe('reintegration');
  });
});

describe('a foreigner asking about a work permit in words Héroes Paisanos takes (es)', () => {
  it('gets status in Mexico, not the programme for Mexicans visiting home', async () => {
    const a = await testAssistant();
    await a.say('buenas noches, soy hondureño');
    const turn = await a.say('quiero sacar un permiso pa poder trabajar');
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/INM/);
  });
});
