/**
 * What session 104's fresh sets and judge found, each through the real engine with wording written for this test:
 * the heat or a wait said to be killing one beside a procedure, a relative without papers in the ordinary visa's
 * talk, refuge asked or fear of going back told in status's talk, land taken by a relative, a Haitian's birth to come,
 * sadness with someone to talk to asked, the search reported from abroad in its form, whether the health centre tells
 * migration, a counsellor's language asked, a deportation supposed in the search's form and thanks with "señorita"
 * there; in a danger, work demanded "or else", the threat told again with "what do i do", rescuers asked, the rescue
 * told, refuge asked once found, and a death supposed once help came.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('said lightly', () => {
  it('the heat "killing me" in a queue, with a procedure asked: that procedure, no emergency', async () => {
    const turn = await lastTurnOf(
      'estoy en la cola del consulado y me esta matando el calor, cuanto tarda la cita del pasaporte de mi niño?',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/911/);
  });

  it('"the wait is killing me" about a pension: no safety line', async () => {
    const turn = await lastTurnOf(
      'la espera me mata, ya van 5 meses con lo de la pension del seguro social de alla',
    );
    expect(texts(turn)).not.toMatch(/911/);
  });

  it('killing threatened unless one works for them is still a danger', async () => {
    const turn = await lastTurnOf('gen yon gwoup moun ki di y ap touye m si m pa travay pou yo');
    expect(turn.report.emergency).toBe(true);
  });
});

describe('in a conversation', () => {
  it('a relative without papers and years apart, in the ordinary visa’s talk: the programme', async () => {
    const turn = await lastTurnOf(
      'can you help my mom fill out the DS-160 for a tourist visa',
      'my brother has no papers in texas and hasnt seen her in 15 years, is there a program for them',
    );
    expect(turn.report.topic).toBe('family_reunification');
  });

  it('refuge asked, then fear of going back told, in status’s talk: refuge', async () => {
    const a = await testAssistant();
    await a.say('soy de el salvador y quiero arreglar papeles aqui en monterrey');
    const asked = await a.say('mejor pido refugio, se puede?');
    expect(asked.report.topic).toBe('asylum');
    const fear = await a.say('es que no puedo regresar a mi pais por la violencia de las pandillas');
    expect(fear.report.topic).toBe('asylum');
  });

  it('land a relative wants to take, with a lawyer asked: legal help, no emergency', async () => {
    const turn = await lastTurnOf(
      'I came back to Durango after 15 years in Texas and want to open a little shop. is there money for people who came back?',
      'ok. other thing, my brother in law is trying to take our land in Canatlan while we were gone, says the papers are in his name. can you help with a lawyer?',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('legal_advice');
  });

  it('a Haitian’s birth to come: registering it in Mexico, no emergency', async () => {
    const turn = await lastTurnOf('madanm mwen pral akouche isit, eske pitit la ap gen papye meksiken?');
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('mx_status');
  });

  it('sadness told with someone to talk to asked: psychological support, not a person of the office', async () => {
    const turn = await lastTurnOf(
      'my dad was deported last month to tijuana, what help is there for him',
      'he also wants to talk to someone, hes been really down since they sent him back',
    );
    expect(turn.report.topic).toBe('psych_support');
  });

  it('reporting from abroad asked in the search’s form: the search, not the Paisano programme', async () => {
    const turn = await lastTurnOf(
      'my cousin left honduras a month ago and we lost contact 2 weeks ago in chiapas',
      'his name is Kevin Flores, 19',
      'do we need to be in mexico to report it? we live in denver',
    );
    expect(turn.report.topic).toBe('locate_person');
  });

  it('whether the health centre tells migration, asked in care’s talk: care, not the card', async () => {
    const turn = await lastTurnOf(
      'ola buenas toy en torreon bengo de guatemala y estoi enbarasada de 6 meses se me inchan mucho los pies y no e tenido control donde me pueden rebisar',
      'pero aqui en torreon no ay nada? me duele la cabesa. si boy al centro de salud me reportan a migracion?',
    );
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('a counsellor’s language asked after a danger: the conversation stays in English', async () => {
    const turn = await lastTurnOf(
      'my brother says he wants to end it all, hes drunk in a motel in el paso',
      'he answered, he says hes ok just sad',
      'can he get counseling? in spanish? for free?',
    );
    expect(texts(turn)).toMatch(/psycholog/i);
    expect(texts(turn)).not.toMatch(/psicol/i);
  });

  it('a deportation supposed in the search’s form: where they arrive', async () => {
    const turn = await lastTurnOf(
      'a mi esposo lo detuvo la migra en texas hace una semana',
      'se llama Ramon Soto Diaz',
      'ay y si lo deportan a donde llega',
    );
    expect(turn.report.topic).toBe('deportee_support');
  });

  it('thanks with "señorita" in the search’s form: no field’s answer', async () => {
    const turn = await lastTurnOf(
      'a mi esposo lo detuvo la migra en texas hace una semana',
      'se llama Ramon Soto Diaz',
      'gracias señorita',
    );
    expect(texts(turn)).not.toMatch(/Anoté|Corregido/);
    expect(texts(turn)).toMatch(/\(2\/6\)/);
  });
});

describe('in a danger', () => {
  it('work demanded "or else": the emergency', async () => {
    const turn = await lastTurnOf(
      'i was sent back to reynosa yesterday, how do i get home to durango',
      'these guys at the shelter door told me i have to work for them or else',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('the threat told again with "what do i do": the threat’s lines, not the steps home', async () => {
    const turn = await lastTurnOf(
      'i was deported to matamoros last night, how do i get back to gomez palacio',
      'some men at the terminal said i have to work for them or else, they took my ID',
      'they threatened me again and said they know my family. what do i do',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/089/);
    expect(texts(turn)).not.toMatch(/Repatriation Module/);
  });

  it('rescuers asked: the Grupos Beta', async () => {
    const turn = await afterEmergency(
      'my brother is stuck in the river near piedras negras, the current is strong',
      'are there rescue teams in mexico for this?',
    );
    expect(texts(turn)).toMatch(/Grupos Beta/);
  });

  it('the rescue told: glad, not the safety line again', async () => {
    const turn = await lastTurnOf(
      'my brother is stuck in the river near piedras negras, the current is strong',
      'near the bridge i think',
      "they got him!! some guys on the mexican bank pulled him out, he's ok",
    );
    expect(texts(turn)).toMatch(/glad/);
  });

  it('refuge asked once found: refuge’s answer, not a place noted', async () => {
    const turn = await lastTurnOf(
      'nou pedi nan dezè a toupre Altar, nou pa gen dlo',
      'nou te soti Sasabe maten an',
      'migrasyon jwenn nou, yo ban nou dlo',
      'yo di yo pral mete nou nan estasyon migrasyon. kisa pou m fe pou m mande azil?',
    );
    expect(turn.report.topic).toBe('asylum');
  });

  it('a death supposed once help came: bringing the body home', async () => {
    const turn = await lastTurnOf(
      'mi hermano se cayo en la obra en phoenix y no despierta',
      'ya llego la ambulancia',
      'es de santiago papasquiaro, si se muere como lo llevamos pa durango?',
    );
    expect(turn.report.topic).toBe('remains_repatriation');
  });
});
