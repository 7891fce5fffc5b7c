/**
 * What session 71's judge and sets found, each through the real engine with wording written for
 * this test: a place told with the danger is not asked again; 911 reached but unable to act (a
 * relative calling from the US) gets what the sources say of calling from abroad, not "good that
 * help is coming"; help called but late is the call told, not "call 911 so help comes"; blurred
 * sight told in Kreyòl is the line for someone very ill; Kreyòl asked for in an emergency, with
 * "I don't know Spanish", moves the conversation to Kreyòl.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('a place told with the danger', () => {
  it('is not asked again in the first reply', async () => {
    const a = await testAssistant();
    const turn = await a.say('a mi hermano lo tienen encerrado en una casa en reynosa y piden 3 mil dolares');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/¿Dónde está pasando\?/);
    expect(texts(turn)).toMatch(/calle o colonia/);
  });

  it('is still asked when none was told', async () => {
    const a = await testAssistant();
    const turn = await a.say('me acaban de hablar que tienen secuestrado a mi hijo y piden dinero');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/¿Dónde está pasando\?/);
  });
});

describe('911 reached but unable to act', () => {
  it.each([
    'ya llame al 911 de aca de dallas y me dicen q no pueden hacer nada',
    'i called 911 from here in denver and they said they cant do anything',
  ])('gets the sources on calling from abroad: %s', async (told) => {
    const turn = texts(
      await afterEmergency('my cousin is lost in the desert near sasabe, he has no water left', told),
    );
    expect(turn).toMatch(/089/);
    expect(turn).not.toMatch(/Good that help|Qué bueno que ya/);
  });
});

describe('help called but not there yet', () => {
  it('is the call told, not "call 911 so help comes"', async () => {
    const turn = texts(
      await afterEmergency(
        'mi esposo me esta pegando y dice q me va a matar, estoy encerrada en el baño',
        'ya me presto el cel la vecina y marque al 911, dicen q mandan una patrulla pero no llega y el sigue pegandole a la puerta',
      ),
    );
    expect(turn).toMatch(/vuelvan a llamar al 911/);
    expect(turn).not.toMatch(/no puede mandar a nadie/);
  });
});

describe('blurred sight told in Kreyòl', () => {
  it('is the line for someone very ill, not psychological support', async () => {
    const a = await testAssistant();
    await a.say(
      'bonjou, nou nan tijuana, madanm mwen ansent 8 mwa e pye l anfle, li pa wè doktè depi lontan. ki kote li ka konsilte?',
    );
    const turn = texts(await a.say('epi si li gen gwo tèt fè mal oswa li wè twoub?'));
    expect(turn).toMatch(/rele 911 kounye a/);
    expect(turn).not.toMatch(/sikolog|CONASAMA/i);
  });
});

describe('Kreyòl asked for in an emergency', () => {
  it('moves the conversation to Kreyòl when Spanish is not known', async () => {
    const turn = await afterEmergency(
      'a mi compañero le sale mucha sangre de la cabeza, se cayo del tren',
      'pale kreyòl souple, m pa konn panyòl byen',
    );
    expect(turn.lang).toBe('ht');
  });
});
