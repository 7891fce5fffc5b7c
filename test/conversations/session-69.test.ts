/**
 * What session 69's sets and judge found, each through the real engine with wording written for
 * this test: another state's own programme is no answer where that state was never named (a mother
 * in Durango whose son went missing in Reynosa got Chiapas's search commissions), and the state a
 * person named earlier still counts; an introduction (who, from where, in which town) is no danger;
 * on the road's health care, a sign told as new ("ahora también tengo fiebre") gets the line for when
 * it gets worse, a sign denied does not.
 */
import { describe, expect, it } from 'vitest';
import type { DialogueContext } from '../../src/core/types.ts';
import { afterEmergency, sharedKnowledge, testAssistant, texts } from '../support/assistant.ts';

describe('another state’s own programme', () => {
  it('is not the answer for a relative missing in the north, asked from Durango', async () => {
    const a = await testAssistant();
    await a.say('me marcaron del telefono de mi hijo, dicen que lo tienen y que deposite 40 mil');
    await a.say('yo estoy en santiago papasquiaro, el estaba en reynosa');
    const turn = await a.say('ok aqui espero. y como hago pa reportar a mi muchacho como desaparecido');
    expect(texts(turn)).toMatch(/búsqueda/i);
    expect(texts(turn)).not.toMatch(/Chiapas|Tabasco|Tenosique/);
  });

  it('is not the answer on the road elsewhere, and the state named earlier still counts', async () => {
    const inTapachula = await testAssistant();
    await inTapachula.say('hola estamos en tapachula mi esposa y mis 2 niños, somos de honduras');
    const there = await inTapachula.say('hay doctor gratis para migrantes? el niño tiene tos');
    expect(texts(there)).toMatch(/Tapachula/);
    expect(texts(there)).not.toMatch(/En Tabasco/);
  });
});

describe('an introduction', () => {
  it.each([
    ['es', 'hola estamos en monterrey mi esposa y yo'],
    ['es', 'hola estamos en durango mi esposo y yo'],
    ['en', 'hi me and my wife are in juarez'],
    ['es', 'buenas tardes, estoy en reynosa con mi hermano'],
  ])('is no emergency (%s): %s', async (lang, text) => {
    const { understand } = await sharedKnowledge();
    expect(understand(text, lang as 'es').emergency).toBeNull();
  });

  it('still lets a danger told with it through', async () => {
    const { understand } = await sharedKnowledge();
    expect(
      understand('hola estamos en monterrey mi esposa y yo, nos tienen encerrados en una casa').emergency,
    ).not.toBeNull();
  });
});

describe('a sign told as new on the road’s health care', () => {
  const opening =
    'estoy en saltillo, me corte la mano con una lamina y esta hinchada y roja, donde me atienden?';
  it.each(['ahorita ya tengo fiebre tambien', 'now i have a fever too'])(
    'gets the 911 line: %s',
    async (told) => {
      const a = await testAssistant();
      await a.say(opening);
      expect(texts(await a.say(told))).toMatch(/911/);
    },
  );

  it('denied, is not told worse', async () => {
    const { understand } = await sharedKnowledge();
    const onCare: DialogueContext = {
      topic: 'transit_safety',
      asked: null,
      form: null,
      withStaff: false,
      emergency: false,
    };
    expect(understand('ahorita ya tengo fiebre tambien', 'es', onCare).worse).toBe(true);
    expect(understand('no tengo fiebre todavia', 'es', onCare).worse).toBeUndefined();
  });
});

describe('a plain yes to the offer of a person, then what staff should know', () => {
  it.each([
    [
      'en',
      'my brother was deported to Nogales yesterday, he is from Lerdo. can you help him get home?',
      'yes please, hes staying at a church shelter by the bus station',
    ],
    [
      'es',
      'a mi hermano lo deportaron ayer a nogales, es de lerdo, como le hace pa regresar?',
      'si porfa, anda en un albergue de una iglesia cerca de la central',
    ],
  ])('queues the person (%s)', async (_lang, opening, yes) => {
    const a = await testAssistant();
    const first = await a.say(opening);
    expect(texts(first)).toMatch(/personal|staff/);
    const turn = await a.say(yes);
    expect(turn.report.queued).toBe(true);
  });

  it('is not a yes when it only acknowledges and asks on', async () => {
    const a = await testAssistant();
    await a.say('a mi hermano lo deportaron ayer a nogales, es de lerdo, como le hace pa regresar?');
    const turn = await a.say('bueno, y la oficina de ustedes donde esta?');
    expect(turn.report.queued).toBe(false);
  });
});

describe('no money to call, in Kreyòl', () => {
  it('is not a call made', async () => {
    const turn = await afterEmergency(
      'frè m nan tonbe, li pa respire byen, bouch li vin ble',
      'nou bò mache a. m pa gen kòb pou m rele. fok m al lopital?',
    );
    expect(texts(turn)).not.toMatch(/deja rele|yo rele pou èd/);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('not able to leave where one is, in Kreyòl', () => {
  it.each(['tanpri m bezwen èd, m pa ka sot kote m ye a', 'nou pa ka soti kote nou ye, ede nou'])(
    'is someone held: %s',
    async (text) => {
      const { understand } = await sharedKnowledge();
      expect(understand(text, 'ht').emergency?.kind).toBe('held');
    },
  );
});

describe('a sprain told on the road, standing on it still', () => {
  it.each([
    ['es', 'me doble el pie saltando un cerco aqui en reynosa, esta hinchado pero si puedo pisar'],
    [
      'en',
      'i twisted my ankle jumping off the train in saltillo, its swollen but i can still put weight on it',
    ],
  ])('is care on the road, not an emergency (%s)', async (lang, text) => {
    const { understand } = await sharedKnowledge();
    const read = understand(text, lang as 'es');
    expect(read.topic).toBe('transit_safety');
    expect(read.emergency).toBeNull();
  });
});
