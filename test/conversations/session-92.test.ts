/**
 * What session 92's fresh sets and judge found, each through the real engine with wording written for this test: in
 * an emergency, police who threaten to plant drugs are a danger, a release or "nobody threatens us any more" ends it,
 * "should I tell her?" and "what do I do?" asked again get a next step, not the same line, and someone thinking of
 * suicide who can call a sister is told to call her, or from Durango gets the Institute's psychologists; a request
 * for answers in another language, a task asked with a form's number ("la ds160"), a business, a shelter, a US
 * office, a wife's pension and a bare "how much?" each get their own answer; "en El Paso" is no name.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('police who threaten a family on the road', () => {
  it.each([
    'the police pulled us over near torreon, took our cash and said they would put drugs in our truck, they are still parked behind us',
    'nos pararon unos policias, nos quitaron el dinero y dijeron que nos iban a sembrar droga, siguen estacionados atras de nosotros',
  ])('is an emergency (%s)', async (message) => {
    const turn = await lastTurnOf(message);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('an emergency that ends', () => {
  it('a relative let go is safe, and getting home is the help after a return', async () => {
    const turn = await lastTurnOf(
      'secuestraron a mi primo en nuevo laredo y nos piden 3 mil dolares por el',
      'ya lo soltaron!! esta en la central de nuevo laredo. como le hace para regresarse a durango?',
    );
    expect(texts(turn)).toMatch(/qué bueno/);
    expect(texts(turn)).toMatch(/Módulos de Repatriación|traslado/);
  });

  it('"nobody threatens us any more" after the calm is no new emergency', async () => {
    const turn = await lastTurnOf(
      'me estan llamando diciendo que tienen a mi hermano y que deposite 20 mil',
      'ya hablé con mi hermano, esta bien, era mentira',
      'ya nadie nos amenaza, el esta tranquilo. solo queremos saber que hacer con el numero',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('in an emergency under way', () => {
  it('"should I tell her?" gets yes, tell someone there', async () => {
    const turn = await afterEmergency(
      'some guys at the bus station in torreon say they are cartel and want 300 dollars or they hurt me',
      'the lady at the ticket counter is right here, should i tell her?',
    );
    expect(texts(turn)).toMatch(/tell someone there who can help/);
  });

  it('"what do I do?" asked again gets a next step and the numbers, not the same line', async () => {
    const a = await testAssistant();
    await a.say(
      'some guys at the bus station in torreon say they are cartel and want 300 dollars or they hurt me',
    );
    const first = await a.say('what do i do');
    const turn = await a.say('now they are walking towards me, what do i do');
    expect(texts(turn)).toMatch(/safe place|more people/);
    expect(texts(turn)).toMatch(/911/);
    const line = texts(first).split('\n\n')[1] ?? '';
    expect(line.length).toBeGreaterThan(20);
    expect(texts(turn)).not.toContain(line);
  });

  it.each([
    [
      'tengo 14 años, el coyote me dejo solo en la central de saltillo y no conozco a nadie',
      'soy de guatemala, me van a mandar pa atras si viene la policia?',
    ],
    [
      'mi amigo se desmayo por el calor junto a las vias en torreon y casi no respira',
      'no tenemos papeles, nos van a detener si vienen?',
    ],
  ] as const)(
    'the fear of being sent back gets what the sources say of papers (%s / %s)',
    async (danger, next) => {
      const turn = await afterEmergency(danger, next);
      expect(texts(turn)).toMatch(/Grupos Beta|DIF/);
      expect(texts(turn)).not.toMatch(/depositar/);
    },
  );

  it('a police refused after an assault, in Kreyòl, is no call to make, not legal advice', async () => {
    const turn = await afterEmergency(
      'de mesye atake m nan wout la, yo fè m vyolans seksyèl',
      'mwen pa vle lapolis',
    );
    expect(texts(turn)).not.toMatch(/IFDP|CNDH/);
    expect(turn.report.topic).toBe('emergency');
  });

  it('a child found and with the mother (Kreyòl) ends the danger', async () => {
    const turn = await afterEmergency(
      'pitit fi m 8 an pèdi nan mache a, m pa jwenn li',
      'yon gad jwenn li, li avè m kounya',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('thoughts of suicide', () => {
  it('someone close who can be called: call them now', async () => {
    const turn = await lastTurnOf(
      'i dont want to live anymore, i think about ending it tonight',
      'my brother lives nearby, i can call him',
    );
    expect(texts(turn)).toMatch(/call them now/);
  });

  it("from Durango: the Institute's psychologists", async () => {
    const turn = await lastTurnOf(
      'ya no quiero vivir, pienso en aventarme del puente',
      'soy de gomez palacio durango',
    );
    expect(texts(turn)).toMatch(/Como eres de Durango, el Instituto/);
  });

  it('help to get home asked is the help after a return', async () => {
    const turn = await lastTurnOf(
      'me deportaron a nogales y estoy solo sin nada',
      'ya no quiero vivir, mejor me muero',
      'que hago para que me ayuden a regresar a mi casa',
    );
    expect(texts(turn)).toMatch(/Módulos de Repatriación/);
  });
});

describe('ordinary follow-ups', () => {
  it('answers asked in another language for someone else', async () => {
    const turn = await lastTurnOf(
      'mi mama quiere visitarme, ella vive en durango y yo en chicago',
      'could you write the answers in english so my son can read them?',
    );
    expect(turn.lang).toBe('en');
  });

  it('a deportation supposed, and how he gets home, is the help after a return', async () => {
    const turn = await lastTurnOf(
      'busco a mi esposo, lo agarro migracion en arizona',
      'y si lo deportan como se regresa a durango',
    );
    expect(turn.report.topic).toBe('deportee_support');
  });

  it('help filling "la ds160" after an offer is the visa form, not a person', async () => {
    const turn = await lastTurnOf(
      'mi hija nacio en texas y vivimos en gomez palacio, como le saco pasaporte americano',
      'tambien ocupo que me ayuden a llenar la ds160 de mi visa',
    );
    expect(turn.report.queued).toBe(false);
    expect(texts(turn)).toMatch(/DS-160/);
  });

  it('"en El Paso" is where, not the name', async () => {
    const turn = await lastTurnOf('busco a mi hermano, lo detuvieron cruzando', 'en El Paso');
    expect(texts(turn)).not.toMatch(/Nombre: El Paso/);
  });

  it("a stall of one's own after a return is productive projects", async () => {
    const turn = await lastTurnOf(
      'me deportaron hace dos meses y ya estoy en durango, no encuentro trabajo',
      'quiero poner un puestito de elotes, hay apoyo para eso?',
    );
    expect(turn.report.topic).toBe('productive_projects');
  });

  it("Durango's office in a US city is where its US offices are", async () => {
    const turn = await lastTurnOf('what is the paisano program', 'is there a durango office in houston?');
    expect(turn.report.topic).toBe('state_documents');
    expect(texts(turn)).toMatch(/Los Angeles/);
  });

  it('somewhere to sleep after a deportation is no psychological support', async () => {
    const turn = await lastTurnOf(
      'they just deported me to tijuana and i have nothing',
      'where can i sleep tonight',
    );
    expect(turn.report.topic).not.toBe('psych_support');
  });

  it("the wife's pension is who may claim the US pension", async () => {
    const turn = await lastTurnOf(
      'trabaje 20 años en texas con seguro social, como cobro mi pension',
      'y mi esposa puede cobrar algo? ella nunca trabajo alla',
    );
    expect(turn.report.topic).toBe('us_pension');
  });

  it('a bare "how much?" after the constancia is the documents\' cost', async () => {
    const turn = await lastTurnOf(
      'i live in los angeles and need a constancia de origen from durango',
      'how much does it cost?',
    );
    expect(texts(turn)).not.toMatch(/Veracruz/);
  });

  it('a fee asked at a checkpoint, "can i report that?", is the Paisano complaints', async () => {
    const turn = await lastTurnOf(
      'driving to durango from dallas for christmas, what can i bring in the car',
      'last year at a checkpoint in zacatecas a federal officer wanted 100 dollars to let us pass, can i report that?',
    );
    expect(texts(turn)).toMatch(/complaints against officials/);
  });

  it('home after the trip with "what do I do to find work" is the help on return, not thanks', async () => {
    const turn = await lastTurnOf(
      'me acaban de deportar a juarez, como llego a durango sin dinero',
      'ya llegue a mi casa en durango gracias a dios. ahora q hago pa encontrar chamba',
    );
    expect(texts(turn)).toMatch(/Servicio Nacional de Empleo/);
  });
});
