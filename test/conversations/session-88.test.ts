/**
 * What session 88's fresh sets found (its judges' findings: session-88-judges.test.ts), each through the real engine
 * with wording written for this test:
 * someone who was crossing a river and has not been heard from since, a child left alone when the aunt
 * was arrested and a caller who wants a deposit "or something will happen to your family" are
 * emergencies; money "junto" is no place; "did anyone at the office see this?" in Kreyòl gets the urgent
 * queue; not knowing told is noted for the case; asylum asked as protection, refuge asked for on the
 * humanitarian card, papers sought by a foreigner, getting home once the danger is over, medicine "so I
 * don't get sick" after a rape, who the office is and papers asked without a passport each get their own
 * answer.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('someone crossing a river, not heard from since', () => {
  it.each([
    ['es', 'mi primo iba a cruzar el rio por acuña y desde anoche no sabemos nada de el'],
    ['en', 'my cousin was crossing the river near eagle pass and we havent heard from him since last night'],
    ['ht', 'kouzen m t ap travèse larivyè a bò Acuña, depi yè swa nou pa tande l'],
  ] as const)('is an emergency (%s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('a child left alone when the aunt travelling with her was arrested', () => {
  it.each([
    ['es', 'mi hija de 11 años esta sola en tapachula, arrestaron a su tia que iba con ella'],
    ['ht', 'pitit fi m gen 11 an, li pou kont li nan tapachula, migrasyon arete matant li'],
  ] as const)('is an emergency (%s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
  });
});

describe('a caller posing as an undertaker who wants a deposit, with a threat', () => {
  it.each([
    [
      'es',
      'mi hermano murio en houston, como lo traemos',
      'me llamo uno que dice que es de la funeraria, que le deposite 30 mil y que si no pago le va a pasar algo a mi familia',
    ],
    [
      'en',
      'my brother died in houston, how do we bring him home',
      'a man says he is from the funeral home, i have to send 2000 dollars and if i dont pay something will happen to my family',
    ],
  ] as const)('is an emergency, its money not a place (%s)', async (_lang, first, threat) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(threat);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it('"ya tengo el dinero junto" is no place to note', async () => {
    const turn = await afterEmergency(
      'me hablan y me dicen que si no pago le va a pasar algo a mi familia',
      '¿le deposito? ya tengo el dinero junto',
    );
    expect(texts(turn)).not.toMatch(/dinero junto/);
    expect(texts(turn)).toMatch(/depositar/);
  });
});

describe('whether anyone at the office saw it, in Kreyòl', () => {
  it('gets the urgent queue, not the danger line again', async () => {
    const turn = await afterEmergency(
      'yo kidnape frè m nan Reynosa, yo mande 4000 dola',
      'eske youn nan biwo a wè mesaj mwen yo?',
    );
    expect(texts(turn)).toMatch(/liy/);
    expect(texts(turn)).not.toMatch(/Premye bagay/);
  });
});

describe('not knowing told in an emergency', () => {
  it('is noted for the case, not a question about status in Mexico', async () => {
    const turn = await afterEmergency(
      'kouzen m t ap travèse larivyè a bò Acuña, depi yè swa nou pa tande l',
      'nou pa konnen si li janbe oswa si li rete Meksik',
    );
    expect(turn.report.topic).toBe('emergency');
    expect(texts(turn)).not.toMatch(/TVRH/);
  });
});

describe('asylum asked as protection from the men who threaten', () => {
  it.each([
    [
      'es',
      'unos tipos dicen que me van a matar si no trabajo para ellos',
      '¿el asilo me puede proteger de ellos?',
    ],
    ['en', 'some guys say they will kill me if i dont work for them', 'can asylum protect me from them?'],
    ['ht', 'gen mesye ki di y ap touye m si m pa travay pou yo', 'eske azil la ka pwoteje m kont yo?'],
  ] as const)('gets COMAR (%s)', async (_lang, danger, asked) => {
    const turn = await afterEmergency(danger, asked);
    expect(texts(turn)).toMatch(/COMAR/);
  });

  it('gets COMAR after the place and the phone told (ht)', async () => {
    const a = await testAssistant();
    await a.say('gen yon gwoup mesye ki di y ap touye m si m pa vann dwòg pou yo');
    await a.say('m nan yon albèg nan Nuevo Laredo');
    await a.say('m pa gen kredi, se wifi albèg la m genyen');
    const turn = await a.say('eske azil la ap pwoteje m kont moun sa yo?');
    expect(texts(turn)).toMatch(/COMAR/);
  });
});

describe('refuge asked for while on the humanitarian card', () => {
  it.each([
    [
      'es',
      'soy de nicaragua, estoy en saltillo sin papeles, como me quedo legal',
      'y si pido refugio, que me conviene?',
    ],
  ] as const)('moves to asylum and COMAR (%s)', async (_lang, first, asked) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(asked);
    expect(turn.report.topic).toBe('asylum');
    expect(texts(turn)).toMatch(/COMAR/);
  });
});

describe('a foreigner who asks for help with papers', () => {
  it.each([
    ['en', 'hi im from nigeria, staying in tapachula now, i need help with my papers'],
    ['es', 'buenas, soy de nigeria y estoy en tapachula, necesito ayuda con papeles'],
  ] as const)('gets status in Mexico, not a menu (%s)', async (_lang, asked) => {
    const a = await testAssistant();
    const turn = await a.say(asked);
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/INM/);
  });
});

describe('getting home asked once the danger is over', () => {
  it('is the help after a deportation', async () => {
    const turn = await afterEmergency(
      'me deportaron a reynosa y unos tipos me quieren subir a una camioneta',
      'ya se fueron. como me regreso a mi casa? no tengo dinero',
    );
    expect(turn.report.topic).toBe('deportee_support');
    expect(texts(turn)).toMatch(/Repatriaci[oó]n/);
  });
});

describe('medicine so as not to get sick, after a rape', () => {
  it('gets CENSIDA and PEP', async () => {
    const turn = await afterEmergency(
      'unos hombres me violaron en el camino, estoy en un albergue',
      'hay alguna pastilla pa no enfermarme?',
    );
    expect(texts(turn)).toMatch(/CENSIDA/);
  });
});

describe('who the office is, asked on the road', () => {
  it('is about the office, not the road again', async () => {
    const a = await testAssistant();
    await a.say('voy pal norte con mi familia, estamos en zacatecas, los grupos beta nos ayudan?');
    const turn = await a.say('y ustedes quienes son? son del gobierno?');
    expect(turn.report.topic).toBe('office_info');
  });
});

describe('papers asked without a passport, while sending money home', () => {
  it('stays on sending money, not the US passport', async () => {
    const a = await testAssistant();
    await a.say('m nan Monterrey, kijan m ka voye lajan bay manman m Ayiti pa chè?');
    const turn = await a.say('ki papye yo mande? m pa gen paspò');
    expect(turn.report.topic).toBe('productive_projects');
    expect(texts(turn)).not.toMatch(/DS-160/);
  });
});
