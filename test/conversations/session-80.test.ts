/**
 * What session 80's scan of the sets developed against found, each through the real engine with
 * wording written for this test: an ordinary visa asked for a visit is the DS-160 help, not the
 * programme for older parents (and the programme named moves back to it); a US-born child's school is
 * the registration in Mexico, not the returnees' school answer; on the road, one's own fear of being
 * caught at a clinic stays on the road's care; a deported Mexican asking how to get home gets the
 * help after a deportation.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('an ordinary visa asked for a visit', () => {
  it.each([
    [
      'es',
      'oiga y mi suegra quiere visa normal pa ir a ver a su hija a san antonio, ustedes le llenan la solicitud?',
    ],
    ['en', 'my nephew needs a tourist visa to visit his aunt in denver, do you help fill out the form?'],
    ['es', 'mi mama quiere ir a ver a mi hermana a chicago, mi hermana si tiene papeles, ocupa visa?'],
  ] as const)('is the help with the DS-160 (%s)', async (_lang, asked) => {
    const a = await testAssistant();
    const turn = await a.say(asked);
    expect(turn.report.topic).toBe('us_visa_passport');
    expect(texts(turn)).toMatch(/DS-160/);
  });

  it('while parents of children without papers still get the programme', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'mis papas quieren ir a ver a mi hermano a dallas, el no tiene papeles, no se ven desde 2010',
    );
    expect(turn.report.topic).toBe('family_reunification');
    expect(texts(turn)).toMatch(/Abrazando Almas/);
  });

  it('and the programme named after the visa moves to it', async () => {
    const a = await testAssistant();
    await a.say('my dad wants a tourist visa to visit me in tulsa, can you help with the form?');
    const turn = await a.say(
      'wait isnt there a program for parents to see their kids up here? does he qualify',
    );
    expect(turn.report.topic).toBe('family_reunification');
  });
});

describe('a US-born child who needs Mexican papers for school', () => {
  it.each([
    ['es', 'mi niña nacio en estados unidos y aqui en la primaria no la quieren inscribir sin papeles'],
    ['en', 'both my boys were born in LA and the school in durango wants their papers'],
  ] as const)('is the registration in Mexico (%s)', async (_lang, asked) => {
    const a = await testAssistant();
    const turn = await a.say(asked);
    expect(turn.report.topic).toBe('dual_nationality');
    expect(texts(turn)).toMatch(/Registro Civil/);
  });
});

describe('one’s own fear of being caught where care is, on the road', () => {
  it.each([
    [
      'es',
      'mi bebe tiene calentura desde ayer, estamos en tapachula',
      'pero la siglo xxi es de migracion, no me van a agarrar ahi?',
    ],
    [
      'ht',
      'pitit mwen gen lafyèv depi yè, nou nan tapachula',
      'siglo xxi a se migrasyon, yo p ap arete m la?',
    ],
  ] as const)('stays on the road’s care (%s)', async (_lang, first, feared) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(feared);
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/Raymundo Enr[ií]quez|Todos Somos Mexicanos/);
  });

  it('while a relative held is still a search', async () => {
    const a = await testAssistant();
    await a.say('estoy en tapachula y necesito un doctor para mi esposa');
    const turn = await a.say('y a mi hermano lo tienen detenido en la siglo xxi, como se si esta bien?');
    expect(turn.report.topic).not.toBe('transit_safety');
  });
});

describe('the trip home asked by a deported Mexican on the road', () => {
  it('is the help after a deportation', async () => {
    const a = await testAssistant();
    await a.say('i ran out of my diabetes pills here in tijuana, where can i get more for free');
    const turn = await a.say('also how do i get back home to durango? i got no money');
    expect(turn.report.topic).toBe('deportee_support');
    expect(texts(turn)).toMatch(/Repatriation/);
  });

  it('while a foreigner going home keeps the road', async () => {
    const a = await testAssistant();
    await a.say('im from honduras, im at a shelter in saltillo, is there a doctor here');
    const turn = await a.say('how do i get back home? i want to go back');
    expect(turn.report.topic).not.toBe('deportee_support');
  });
});

describe('residence in Mexico sought, no nationality named', () => {
  it('is status in Mexico, not the programme for Mexicans who visit', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'hi im american, married to a mexican man and we live in lerdo now. im on a tourist permit. how can i become a resident?',
    );
    expect(turn.report.topic).toBe('mx_status');
  });

  it('while a Mexican driving home to visit keeps it', async () => {
    const a = await testAssistant();
    const turn = await a.say('we drive down from houston in december, what can we bring in the truck');
    expect(turn.report.topic).toBe('paisano');
  });
});

describe('an aspect asked in one sentence, context told in another', () => {
  it.each([
    ['ki papye pou m pote? m gen paspò ayisyen men li fini'],
    ['ki papye m bezwen? m gen paspò ayisyen sèlman'],
  ] as const)('gets the aspect, not a passage only the context leads to (%s)', async (asked) => {
    const a = await testAssistant();
    await a.say('bonswa m se ayisyen m nan Tijuana, m vle kat imanitè a pou m travay');
    const turn = await a.say(asked);
    expect(turn.report.facet).toBe('documents');
    expect(texts(turn)).not.toMatch(/Banco del Bienestar/);
    expect(texts(turn)).toMatch(/INM/);
  });
});

describe('health care for a Mexican living in the US', () => {
  it.each([
    [
      'es',
      'vivo en houston y no tengo seguro medico, necesito que me chequen la presion, hay algo pa mexicanos aca?',
    ],
    [
      'en',
      'im from durango but i live in denver, no insurance, i need a checkup, does the consulate do anything?',
    ],
  ] as const)('gets the consulates’ health desks (%s)', async (_lang, asked) => {
    const a = await testAssistant();
    const turn = await a.say(asked);
    expect(texts(turn)).toMatch(/Ventanillas de Salud/);
  });
});
