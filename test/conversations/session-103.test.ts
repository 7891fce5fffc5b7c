/**
 * What session 103's fresh sets and judge found, each through the real engine with wording written for this test:
 * a question on another topic in the middle of a form, a workshop of one's own, the registration asked in the
 * apostille's talk, a death supposed with who named, a job the psychologist pointed to, a marriage in refuge's talk,
 * the office's address asked after its answer, the CURP named alone, the bus fare and the certificate of one sent
 * back, the service days asked in another's talk, a bribe supposed at a checkpoint, a digit with no such button; in a
 * danger, "a lot" that is no place, wages owed, whether a person will answer, and a shelter asked after
 * the rescue and again in line; a long wait of one who said they are in another state, with no office to walk to.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in a conversation', () => {
  it('a question on another topic in the middle of a form, with no mark: that topic, not the field', async () => {
    const turn = await lastTurnOf(
      'bonjou, frè m meksiken, ICE arete l nan Phoenix, kijan pou m konnen kote li ye',
      'wi',
      'li rele Mario Castañeda',
      'pitit mwen fèt Phoenix, li gen 5 an, eske li ka gen nasyonalite meksiken',
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('a workshop of one’s own, "pongo": productive projects', async () => {
    const turn = await lastTurnOf(
      'acabo de regresar de oklahoma, ocupo trabajo',
      'oiga y si pongo mi propio tallercito de mofles, hay apoyo?',
    );
    expect(turn.report.topic).toBe('productive_projects');
  });

  it('the registration asked in the apostille’s talk: dual nationality', async () => {
    const turn = await lastTurnOf(
      'where do i apostille my daughters birth certificate from phoenix',
      'and the registration itself in durango, how much is it?',
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('a death supposed with who named, in the permit’s talk: bringing the remains home', async () => {
    const turn = await lastTurnOf(
      'mi papa esta muy grave en un hospital de houston, como le hago pa ir a verlo sin visa?',
      'y si mi papa fallece alla, ustedes ayudan a traerlo?',
    );
    expect(turn.report.topic).toBe('remains_repatriation');
  });

  it('a job the psychologist pointed to: the help on return, not the psychologists', async () => {
    const turn = await lastTurnOf('the psychologist told me you can help me find work, how?');
    expect(turn.report.topic).toBe('reintegration');
  });

  it('a marriage asked in refuge’s talk: status in Mexico', async () => {
    const turn = await lastTurnOf(
      'quiero pedir refugio en mexico, soy de honduras',
      'mi novio es mexicano y nos vamos a casar en marzo, eso me ayuda?',
    );
    expect(turn.report.topic).toBe('mx_status');
  });

  it('the office’s address asked after its answer in another talk: the office', async () => {
    const turn = await lastTurnOf(
      'i live in chicago and i cant sleep since my son was deported, is there a counselor?',
      'you have an office over here in chicago, right?',
      'what is the address',
    );
    // Since session 123 an office asked in a US city is the offices there (state documents' answer): the address
    // asked after it says theirs is not in the sources and gives the Institute's own.
    expect(texts(turn)).toMatch(/their address is not specified/);
    expect(texts(turn)).toMatch(/Calle Juárez #144/);
  });

  it('the CURP named alone after "and": what the sources say of it', async () => {
    const turn = await lastTurnOf(
      'mwen se ayisyen, mwen nan Tijuana, kijan pou m jwenn papye pou m rete Meksik',
      'e CURP la?',
    );
    expect(texts(turn)).toMatch(/CURP/);
  });

  it('the bus fare home asked of one sent back: the transport the modules give', async () => {
    const turn = await lastTurnOf(
      'me deportaron anoche por nogales, no tengo dinero pa llegar a durango',
      'pero ustedes me dan el pasaje o no? en el modulo nomas me dieron un papel',
    );
    expect(turn.report.topic).toBe('deportee_support');
    expect(texts(turn)).toMatch(/traslado/);
  });

  it('the certificate to collect money, after a job asked: what the certificate serves for', async () => {
    const turn = await lastTurnOf(
      'me deportaron hace un mes, ya estoy en durango, ayudan a conseguir trabajo?',
      'no traigo ine, con la constancia esa me sirve pa cobrar un envio q me manda mi hermano?',
    );
    expect(turn.report.topic).toBe('deportee_support');
    expect(texts(turn)).toMatch(/cobrar (envíos|giros)/);
  });
  it('the service days asked in the visit programme’s talk: what the sources say of the Jornadas', async () => {
    const turn = await lastTurnOf(
      'mi mama quiere ir a ver a mi hermano que esta sin papeles en chicago, hay programa?',
      'y los de la jornada migrante van a venir a canatlan?',
    );
    expect(texts(turn)).toMatch(/Jornadas Migrantes/);
  });

  it('a bribe supposed at a checkpoint after the children’s papers for the trip: the programme’s complaints', async () => {
    const turn = await lastTurnOf(
      'we are driving from houston to durango in december, what should we know?',
      'our two kids were born in san antonio, what papers do they need to go into mexico?',
      'and if a cop asks us for money on the road what do we do',
    );
    expect(turn.report.topic).toBe('paisano');
  });

  it('a digit under an offer with no such button: the buttons again, not who may', async () => {
    const turn = await lastTurnOf(
      'me deportaron ayer, hay traslado gratis a mi pueblo?',
      'y cuanto tarda',
      '5',
    );
    expect(turn.report.topic).toBe('none');
  });
});

describe('in a danger', () => {
  it('"it costs a lot": no place noted', async () => {
    const turn = await afterEmergency(
      'my uncle fell from a roof at work and his leg is bleeding a lot',
      'he says no ambulance because it costs a lot',
    );
    expect(texts(turn)).not.toMatch(/Place noted/);
  });

  it('wages owed asked after an injury at work: legal help, not the Paisano programme', async () => {
    const turn = await afterEmergency(
      'my brother got beat up by his boss at the farm, he is bleeding',
      'also they havent paid him in a month, can the consulate help?',
    );
    expect(turn.report.topic).toBe('legal_advice');
  });

  it('whether a person will answer: the urgent queue', async () => {
    const turn = await afterEmergency(
      'tienen secuestrado a mi primo en matamoros y piden 5 mil dolares',
      'pero si me va a contestar una persona o no?',
    );
    expect(texts(turn)).toMatch(/fila urgente/);
  });

  it('a shelter asked after the rescue, then again in line: what the sources say of shelters there', async () => {
    const turn = await lastTurnOf(
      'im lost in the desert near sasabe, no water left',
      'a farmer found me and gave me water. im in caborca sonora now. thanks. is there a shelter here',
      'so is there a shelter in caborca or not',
    );
    expect(texts(turn)).toMatch(/Caborca/);
    expect(texts(turn)).not.toMatch(/ahead of you in the queue/);
  });
});

describe('in line', () => {
  it('a long wait of one in another state: the apology, not the office to walk to', async () => {
    const a = await testAssistant();
    await a.say('vivo en saltillo, necesito sacar el acta de nacimiento de mi hijo nacido en texas');
    await a.say('quiero hablar con alguien');
    a.clock.time += 3 * 60 * 60_000;
    const turn = await a.say('hola? siguen ahi?');
    expect(texts(turn)).toMatch(/Perdón por la espera tan larga/);
    expect(texts(turn)).not.toMatch(/Calle Juárez/);
  });
});
