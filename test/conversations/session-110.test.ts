/**
 * What session 110's fresh sets and judge found, each through the real engine with wording written for this test:
 * held by migration with "yo pa ban nou", a border cell without water, calling home from a danger, a fixer's offer, a
 * suicide denied, nowhere to go from a violent partner, the consulate asked and a call asked in a danger; in ordinary
 * talk where the clinic named is, what the card allows, medicine asked for a fever, studies from the US, an apostille in
 * another talk, a workshop of one's own, a psychologist to call, a permit sure to be given, money sent home, loans, what
 * the office does and a newborn's registration.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('dangers, and what only sounds like one', () => {
  it('held in a migration station, "yo pa ban nou dlo": the emergency with the CNDH', async () => {
    const turn = await lastTurnOf(
      'nou nan estasyon migrasyon an Tenosique, yo pa ban nou dlo ni manje depi ayè',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/CNDH/);
  });

  it('a son in a border patrol cell given no water: the emergency with the consulate', async () => {
    const turn = await lastTurnOf(
      'my boy is in a cell at border patrol in yuma and they dont give him water',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/consulate/);
  });

  it('in a danger, how to call the family asked: the INM phones (Llamando a Casa)', async () => {
    const turn = await afterEmergency(
      'estamos encerrados en la estacion migratoria de tapachula y no nos dan de comer',
      'nos quitaron los celulares, como le hago para llamar a mi familia?',
    );
    expect(texts(turn)).toMatch(/Llamando a Casa/);
  });

  it('a man asking 3,000 pesos to speed up the card: the middlemen answer, no emergency', async () => {
    const a = await testAssistant();
    await a.say('m ap tann kat imanitè a nan Tapachula depi 3 mwa');
    const turn = await a.say('gen yon nèg ki di m si m ba l 2500 peso l ap fè l vit vit');
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/pa peye pèsonn/);
  });

  it('thoughts of suicide denied, sadness told: support, no emergency; with "but I can\'t take it" the emergency', async () => {
    const a = await testAssistant();
    await a.say('me siento muy sola desde que llegue a monterrey');
    const calm = await a.say('no, no pienso en matarme, nomas estoy triste');
    expect(calm.report.emergency).toBe(false);
    const b = await testAssistant();
    await b.say('me siento muy sola desde que llegue a monterrey');
    const grave = await b.say('no quiero matarme pero ya no aguanto');
    expect(grave.report.emergency).toBe(true);
  });

  it('beaten by her partner, nowhere to go: where the sources send women, not her words quoted', async () => {
    const turn = await afterEmergency(
      'mari m bat mwen ankò, li di l ap touye m',
      'm pa gen kote pou m ale ak timoun yo',
    );
    expect(texts(turn)).toMatch(/Centros de Justicia/);
  });

  it("in a danger, what the consulate does asked: the consulate's help to Mexicans abroad", async () => {
    const turn = await afterEmergency(
      'a mi hijo lo tienen trabajando a la fuerza en un rancho en georgia y no lo dejan salir',
      'y el consulado que hace en estos casos',
    );
    expect(texts(turn)).toMatch(/consulado de México/);
  });

  it('in a danger, "better you call me": staff can call, the number asked', async () => {
    const turn = await afterEmergency(
      'ya no quiero vivir, me quiero morir',
      'no se si marcar, me da verguenza. mejor hablame tu',
    );
    expect(texts(turn)).toMatch(/el número y a qué hora/);
  });
});

describe('in ordinary talk', () => {
  it("where the clinic is, asked right after the care line for Tapachula: that town's places", async () => {
    const turn = await lastTurnOf(
      'estamos en tapachula y mi hija tiene mucha fiebre, no tenemos papeles, quien la ve?',
      'y eso donde esta?',
    );
    expect(texts(turn)).toMatch(/Raymundo Enríquez/);
  });

  it('what the humanitarian card allows: work and procedures', async () => {
    const a = await testAssistant();
    await a.say('kijan pou m jwenn kat imanitè a nan Meksik?');
    const turn = await a.say('e kisa kat sa pèmèt mwen fè?');
    expect(texts(turn)).toMatch(/travay/);
  });

  it('medicine asked while the fever goes on: the line to call 911', async () => {
    const turn = await lastTurnOf(
      'mi niña tiene calentura, estamos en torreon, somos de honduras',
      'donde la atienden',
      'la niña sigue con calentura, que le puedo dar?',
    );
    expect(texts(turn)).toMatch(/911/);
  });

  it('studies from the US asked after coming back: how to validate them is not in the sources', async () => {
    const turn = await lastTurnOf(
      'volvimos de kansas con los niños, como los inscribo en la escuela',
      'el mayor iba en quinto alla, le revalidan los años?',
    );
    expect(texts(turn)).toMatch(/revalidar estudios/);
  });

  it('whether the US birth record needs an apostille, asked in the talk of coming back: the NAPHSIS agreement', async () => {
    const turn = await lastTurnOf(
      'regrese de texas y quiero trabajo aqui en durango',
      'y el acta de nacimiento de mi hijo de alla hay que apostillarla?',
    );
    expect(texts(turn)).toMatch(/NAPHSIS/);
  });

  it("a workshop of one's own asked instead of a job: productive projects", async () => {
    const turn = await lastTurnOf(
      'me deportaron y ya estoy en durango, ocupo trabajo',
      'y si mejor abro un tallercito?',
    );
    expect(turn.report.topic).toBe('productive_projects');
  });

  it('in psychological support, a psychologist asked to call: staff', async () => {
    const turn = await lastTurnOf(
      'me siento muy triste y sin ganas desde que me deportaron, dan terapia?',
      'quiero que me hable una psicologa',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('whether the humanitarian permit is sure to be given: nobody can promise it', async () => {
    const turn = await lastTurnOf(
      'my grandma in durango needs to come see my mom, she is dying in a hospital in phoenix, can you help with a permit?',
      'is it guaranteed?',
    );
    expect(texts(turn)).toMatch(/promise/);
  });

  it('the cheapest way to send money home: FINABIEN', async () => {
    const turn = await lastTurnOf(
      'i want to start a little business in my hometown in durango',
      'my dad in texas sends us money every week, what is the cheapest way to do it',
    );
    expect(texts(turn)).toMatch(/FINABIEN/);
  });

  it('loans asked after legal advice: the sources do not say the Institute lends money', async () => {
    const turn = await lastTurnOf(
      'regrese de oklahoma y quiero abrir una panaderia, hay apoyo?',
      'y tambien me quieren quitar una casa, dan asesoria legal?',
      'y los prestamos cuanto interes cobran?',
    );
    expect(turn.report.topic).toBe('productive_projects');
    expect(texts(turn)).toMatch(/preste dinero/);
  });

  it('what the office does, asked: its list of services', async () => {
    const turn = await lastTurnOf('hola', 'que hacen ustedes aqui');
    expect(texts(turn)).toMatch(/doble nacionalidad/);
    expect(turn.report.topic).toBe('office_info');
  });

  it('a newborn in a Durango hospital to register, in Kreyòl: the registration of a birth in Mexico', async () => {
    const turn = await lastTurnOf('mwen fèk akouche lopital Gómez Palacio, kijan pou m deklare bebe a?');
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/Rejis Sivil/);
  });
});
