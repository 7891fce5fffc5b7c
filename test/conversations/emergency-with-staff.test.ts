/**
 * An emergency staff have taken, in each language, through the real engine, with wording written
 * for these tests: what the person writes next reaches staff and gets no second round of the
 * emergency's lines, even when it names the danger again ("the ambulance is coming, thanks"),
 * only one line that the staff member has it or that help is on its way; a tester saw "where is
 * this happening?" asked again while staff were already helping. A new
 * danger told while staff hold it, or while they hold an ordinary case, still gets the emergency.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<
  Lang,
  { hurt: string; place: string; coming: string; pension: string; danger: string; again: string }
> = {
  es: {
    hurt: 'asaltaron el camión y a mi esposa la cortaron con un cuchillo, está sangrando mucho',
    place: 'estamos en la carretera a Zacatecas, el camión está parado',
    coming: 'el chofer ya llamó, ya viene la ambulancia. gracias',
    pension: 'trabajé 12 años en Texas, ¿cómo saco mi pensión?',
    danger: 'unos hombres armados se metieron a la casa y nos tienen encerrados',
    again: 'ya regresaron los que nos asaltaron, traen pistola y nos están apuntando',
  },
  en: {
    hurt: 'they robbed the bus and cut my wife with a knife, she is bleeding a lot',
    place: 'we are on the highway to Zacatecas, the bus stopped',
    coming: 'the driver called, the ambulance is on the way. thank you',
    pension: 'i worked 12 years in texas, how do i get my pension?',
    danger: 'armed men broke into the house and they have us locked in',
    again: 'the men who robbed us came back, they have a gun pointed at us',
  },
  ht: {
    hurt: 'yo vòlè bis la e yo koupe madanm mwen ak yon kouto, l ap senyen anpil',
    place: 'nou sou otowout Zacatecas la, bis la kanpe',
    coming: 'chofè a rele, anbilans lan ap vini. mèsi',
    pension: 'mwen travay 12 an Texas, kijan pou m jwenn pansyon m?',
    danger: 'gen nèg ak zam ki antre lakay la e yo fèmen nou anndan',
    again: 'nèg ki te vòlè nou yo tounen, yo gen zam e y ap vize nou',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('an emergency staff have taken, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('relays what follows to staff without the emergency lines again', async () => {
    const a = await testAssistant();
    expect((await a.say(s.hurt)).report.emergency).toBe(true);
    await a.say(s.place);
    await a.engine.staff.take('test:c1', 'ana');
    const after = await a.say(s.coming);
    expect(after.outbound).toHaveLength(1);
    expect(texts(after)).toMatch(/personal|staff member|ekip biwo/);
    expect(texts(after)).not.toMatch(/dónde|where|ki kote|Anotado|Noted|M note/i);
    const lines = await a.store.getTranscript('test:c1');
    expect(lines.some((l) => l.text === s.coming)).toBe(true);
  });

  it('gives the emergency lines again for a new danger told while staff hold it', async () => {
    const a = await testAssistant();
    await a.say(s.hurt);
    await a.say(s.place);
    await a.engine.staff.take('test:c1', 'ana');
    const again = await a.say(s.again);
    expect(again.report.emergency).toBe(true);
    expect(texts(again)).toContain('911');
  });

  it('still starts the emergency for a danger told while staff hold an ordinary case', async () => {
    const a = await testAssistant();
    await a.say(s.pension);
    await a.say(
      lang === 'es'
        ? 'quiero hablar con una persona'
        : lang === 'en'
          ? 'i want to talk to a person'
          : 'mwen vle pale ak yon moun',
    );
    await a.engine.staff.take('test:c1', 'ana');
    const danger = await a.say(s.danger);
    expect(danger.report.emergency).toBe(true);
    expect(texts(danger)).toContain('911');
  });
});
