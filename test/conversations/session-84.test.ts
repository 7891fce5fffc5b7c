/**
 * What session 84's fresh sets and its judge (judge84) found, each through the real engine with
 * wording written for this test: a vehicle following the car, a stroke told by a relative far away
 * and a child with a high fever who keeps vomiting are emergencies; a cut that bleeds little and a
 * swollen wound are care on the road; a name told is noted for staff, not the topic's eligibility
 * again; in an emergency, a place told beside a question gets both, a person asked for with facts
 * is told the case is with staff, and a deposit demanded at a shop gets the line on depositing;
 * "nobody tells me anything" misspelled in line is the wait; a town told after the road's care is
 * answered with the care, said first that the sources name none there.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('dangers told in words the patterns missed', () => {
  it.each([
    ['en', 'a white pickup has been following us since the toll booth, we have our kids in the back'],
    ['es', 'nos viene siguiendo una camioneta desde la caseta, traigo a mis hijos'],
    ['ht', 'gen yon kamyonet k ap swiv nou depi nou kite Saltillo'],
  ] as const)('a vehicle following is an emergency (%s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
  });

  it.each([
    [
      'a stroke told from far away',
      'my dad cant move half of his face since this morning and he talks funny',
    ],
    [
      'a child burning with fever who keeps vomiting',
      'we are in a shelter in saltillo, my girl has a high fever and keeps vomiting',
    ],
  ] as const)('%s in the middle of a conversation is a medical emergency', async (_what, told) => {
    const a = await testAssistant();
    await a.say('how does the us pension work for my dad, he worked 20 years in texas');
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('a wound that is no threat to life now', () => {
  it.each([
    ['es', 'me corté la mano con un vidrio, no sangra mucho pero me duele, estoy en Reynosa'],
    ['ht', 'm blese men m nan tren an, li anfle epi l ap fè m mal, m nan Tijuana'],
  ] as const)('is care on the road, not the emergency flow (%s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).toMatch(/IMSS/);
  });
});

describe('a wound in care that goes bad', () => {
  it.each([
    [
      'es',
      'me corté el brazo con una lámina, no sangra mucho pero me duele, ando en Reynosa',
      'ahora se me está poniendo rojo',
    ],
    ['ht', 'm blese pye m, li anfle e li fè m mal, m nan Tijuana', 'kounye a li vin cho anpil'],
  ] as const)(
    'gets the line for when it gets worse, not who may be helped (%s)',
    async (_lang, told, worse) => {
      const a = await testAssistant();
      await a.say(told);
      const turn = await a.say(worse);
      expect(texts(turn)).toMatch(/911/);
      expect(turn.report.facet).not.toBe('eligibility');
    },
  );
});

describe('a pregnancy with no check-up yet', () => {
  it.each([
    ['es', 'voy para el norte, tengo 6 meses de embarazo y no he ido al doctor, ando en Tapachula'],
    ['ht', 'm ansent 6 mwa, m pa janm wè doktè depi m kite Ayiti, m nan Tapachula'],
  ] as const)('is care on the road: where to be seen (%s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS/);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('a name told in a conversation', () => {
  it.each([
    [
      'en',
      'my uncle was detained by border patrol in el paso, how do we find him?',
      'his name is Ramiro Solis',
    ],
    ['es', 'a mi tio lo detuvo la migra en el paso, como lo localizamos?', 'se llama Ramiro Solis'],
    ['ht', 'imigrasyon arete tonton m nan El Paso, kijan pou n jwenn li?', 'li rele Ramiro Solis'],
  ] as const)('is noted for staff, said back (%s)', async (_lang, asked, named) => {
    const a = await testAssistant();
    await a.say(asked);
    const turn = await a.say(named);
    expect(texts(turn)).toMatch(/Ramiro Solis/);
    expect(turn.report.facet).toBeNull();
  });
});

describe('in an emergency', () => {
  it('a place told beside a question gets the place noted and the question answered', async () => {
    const a = await testAssistant();
    await a.say('we got lost crossing the desert, our guide ran off and we are out of water');
    const turn = await a.say('by some power lines near altar. if we call 911 will we get deported?');
    expect(texts(turn)).toMatch(/power lines/);
    expect(texts(turn)).toMatch(/Grupos Beta/);
  });

  it('a person asked for along with facts hears that the case is with staff', async () => {
    const a = await testAssistant();
    await a.say('some men grabbed my sister in reynosa and are asking us for money');
    const turn = await a.say('she is 31 and from gomez palacio. let me talk to a real person right now');
    expect(turn.report.emergency).toBe(true);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).not.toMatch(/Noted: “she is 31/);
    expect(texts(turn)).toMatch(/folio|case number/i);
  });

  it('a deposit demanded at a shop gets the line on depositing, not the place noted alone', async () => {
    const a = await testAssistant();
    await a.say('me hablaron que tienen a mi hijo y que si no pago lo matan');
    const turn = await a.say('ahora quieren que lo deposite en un elektra hoy mismo');
    expect(texts(turn)).toMatch(/antes de depositar/i);
  });
});

describe('in line', () => {
  it('"nadie me dise nada" misspelled is the wait, not a danger', async () => {
    const a = await testAssistant();
    await a.say('me deportaron por nogales');
    await a.say('pasame con una persona porfa');
    const turn = await a.say('ya van 2 oras y nadie me dise nada');
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/fila/);
  });
});

describe('the road’s care, then a town the sources name nothing in', () => {
  it('is the care again, said first that the sources name no place there', async () => {
    const a = await testAssistant();
    await a.say('mi niña tiene calentura desde ayer, donde la puedo llevar al doctor sin papeles?');
    const turn = await a.say('ando en gomez palacio');
    expect(texts(turn)).toMatch(/Gomez Palacio/i);
    expect(texts(turn)).toMatch(/IMSS/);
    expect(texts(turn)).not.toMatch(/Llamando a Casa/);
  });
});

describe('where the repatriation module is, asked after a deportation', () => {
  it.each([
    ['es', 'me regresaron ayer por ciudad juarez y no se que hacer', '¿y el módulo dónde está?'],
    ['en', 'they deported me through ciudad juarez last night, what now', 'where is that module?'],
    ['ht', 'yo depòte m pa Ciudad Juárez yè swa, kisa pou m fè', 'kote modil la ye?'],
  ] as const)(
    'names the one point the sources place, at the Paso del Norte bridge (%s)',
    async (_lang, deported, where) => {
      const a = await testAssistant();
      await a.say(deported);
      const turn = await a.say(where);
      expect(turn.report.topic).toBe('deportee_support');
      expect(texts(turn)).toMatch(/Paso del Norte/);
    },
  );
});
