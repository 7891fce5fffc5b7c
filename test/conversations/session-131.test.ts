/**
 * What session 131's fresh sets and judge found, each through the real engine with wording written for this test:
 * waiting said for the person offered; men who robbed one and will come back; care asked in Monterrey, or with a
 * child's fever in asylum's talk; a CURP asked with the humanitarian card in hand; a refuge for women asked in a
 * danger; a birthplace told beside a question in a danger; a victim's status denied; pay owed asked in a danger; a
 * pregnancy's swelling; pain supposed; a shelter in a town asked in a danger; calling typed as it sounds; the Juárez
 * health centre and another number asked in line; the school that asks for the papers; a death supposed. Each fails
 * on the session's start but the guards and one kept, kept so.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('to the offer of a person', () => {
  it('thanks and waiting for the person, in Kreyòl: in line', async () => {
    const turn = await lastTurnOf(
      'konbyen sa koute pou fe paspo meksiken pou pitit mwen ki fet Ozetazini?',
      'ok mesi, m ap tann moun nan',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('thanks and waiting for the person, in English: in line', async () => {
    const turn = await lastTurnOf(
      'how much does it cost to apostille a texas birth certificate?',
      "ok thank you, I'll wait for the person then",
    );
    expect(turn.report.queued).toBe(true);
  });

  it('waiting said with a no: no line (guard)', async () => {
    const turn = await lastTurnOf(
      'how much does it cost to apostille a texas birth certificate?',
      "no thanks, I'll wait for my cousin to tell me",
    );
    expect(turn.report.queued).toBe(false);
  });
});

describe('a danger told', () => {
  it('robbed by men who said they will be back tonight, in English: the emergency', async () => {
    const turn = await lastTurnOf(
      "they deported me to reynosa this morning, three guys followed me out of the station and took my money and said they'll be back for me tonight",
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a brother gone to the ATM who will be back: no emergency (guard)', async () => {
    const turn = await lastTurnOf(
      "my brother went to the atm, he said he'll be back for me in ten minutes. where is the bus to durango?",
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('a refuge for women asked, in Kreyòl: the shelters, not asylum', async () => {
    const turn = await afterEmergency(
      'mari m ap bat mwen chak jou, m kouri soti lakay la ak pitit mwen',
      'eske gen yon refij pou fanm?',
    );
    expect(texts(turn)).not.toMatch(/COMAR/);
    expect(texts(turn)).toMatch(/abri/);
  });

  it('the psych help asked free after a job talk and a danger: psychological support, not the jobs', async () => {
    const turn = await lastTurnOf(
      'i got deported 2 months ago, grew up in texas, now in durango. any jobs for bilingual people?',
      'i need money fast, rent is due',
      'honestly sometimes i think its better if i just end it',
      'durango city at my uncles house. i dont want to call 911 they will think im crazy',
      'is the psych thing free? i was born in lerdo if that matters',
    );
    expect(texts(turn)).toMatch(/psychological support/);
    expect(texts(turn)).not.toMatch(/employment programmes/);
  });

  it('a birthplace told beside a question: not noted as where one is', async () => {
    const turn = await afterEmergency(
      'i keep thinking about ending my life since they deported me',
      'does the therapy cost money? i was born in lerdo btw',
    );
    expect(texts(turn)).not.toMatch(/Place noted/);
  });
});

describe('care on the road', () => {
  it('a sick child in Monterrey, in Spanish: Nuevo León’s own programme', async () => {
    const turn = await lastTurnOf(
      'ando en monterrey con mi niña enferma de la panza, a donde la puedo llevar?',
    );
    expect(texts(turn)).toMatch(/Cuidar tu Salud/);
  });

  it('a child’s fever and where to take him, in asylum’s talk, in Kreyòl: care, not COMAR', async () => {
    const turn = await lastTurnOf(
      'mwen vle mande azil nan Meksik, kijan pou m fe?',
      'pitit mwen an gen lafyèv depi maten. kote m ka mennen l?',
    );
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).not.toMatch(/COMAR/);
  });
});

describe('status in Mexico', () => {
  it('a CURP asked with the humanitarian card in hand, in Kreyòl: the INM gives it', async () => {
    const turn = await lastTurnOf('m gen kat imanite a deja, m bezwen fe CURP pou m ka travay');
    expect(texts(turn)).toMatch(/INM bay epi korije CURP/);
  });

  it('a CURP for foreigners asked in English: the INM gives it', async () => {
    const turn = await lastTurnOf('im from honduras, do foreigners need a curp? how do i get one?');
    expect(texts(turn)).toMatch(/issues and corrects CURPs/);
  });
});

describe('more in a danger', () => {
  it('a trafficking victim denied, the office phone asked, in Kreyòl: no emergency', async () => {
    const turn = await lastTurnOf(
      'kijan pou m fe kat imanite a nan tapachula?',
      'mwen pa viktim trafik moun non. m jis bezwen telefon biwo a',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('pay owed by the one who held her, in Spanish: legal advice, not the ransom line', async () => {
    const turn = await afterEmergency(
      'el patron de la granja no me deja salir y me quito mis papeles, estoy en georgia',
      'y me pueden ayudar a cobrar lo q me debe? son 2 meses',
    );
    expect(texts(turn)).toMatch(/asesoría legal/);
    expect(texts(turn)).not.toMatch(/antes de depositar/);
  });

  it('the consulate asked to help get paid, in English: the consulate collects wages', async () => {
    const turn = await afterEmergency(
      'the boss at the farm in georgia locked us in the trailer and took our passports',
      'can the consulate help us get paid? he owes us 6 weeks',
    );
    expect(texts(turn)).toMatch(/unpaid wages/);
  });

  it('seven months pregnant with swollen feet, read a danger by the model: the line for someone very sick', async () => {
    const turn = await lastTurnOf(
      'hola soy de guatemala voy pal norte, tengo 8 meses de embarazo y se me hinchan mucho los pies, ando en monclova',
    );
    expect(texts(turn)).toMatch(/muy enfermo/);
  });

  it('bleeding supposed, in a pregnancy told as a danger: 911, not who the Grupos Beta help', async () => {
    const a = await testAssistant();
    await a.say(
      'hola soy de guatemala voy pal norte, tengo 8 meses de embarazo y se me hinchan mucho los pies, ando en monclova',
    );
    await a.say('donde me pueden revisar sin papeles?');
    const turn = await a.say('y si me empieza a doler la panza o sangro?');
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).not.toMatch(/Grupos Beta ayudan/);
  });

  it('a shelter in a town the sources name none in, asked after a robbery: said so', async () => {
    const turn = await afterEmergency(
      'me asaltaron en el tren y me pegaron, ya estoy en gomez palacio',
      'ay algun albergue aqui en gomez palacio?',
    );
    expect(texts(turn)).toMatch(/no indican ningún albergue en Gomez Palacio/);
  });

  it('calling typed as it sounds, with the place: keep writing here', async () => {
    const turn = await afterEmergency(
      'un señor nos tiene encerrados en una casa en saltillo y no nos deja salir',
      'estamos en una casa azul cerca del oxxo, no puedo yamar el se lleva el cel',
    );
    expect(texts(turn)).toMatch(/sigue escribiéndome aquí/);
  });
});

describe('in line', () => {
  it('the Juárez health centre asked where, in English: its street', async () => {
    const turn = await lastTurnOf(
      'im pregnant and in ciudad juarez, where can i see a doctor?',
      'i want to talk to a person',
      'where is the health centre in juarez exactly?',
    );
    expect(texts(turn)).toMatch(/Francisco Villa/);
  });

  it('the wait told and another number asked, in Kreyòl: the office phone, not trafficking', async () => {
    const a = await testAssistant();
    await a.say('kijan pou m fe kat imanite a?');
    await a.say('m vle pale ak yon moun');
    a.clock.time += 3_600_000;
    const turn = await a.say('pesonn poko reponn mwen. eske gen yon lot nimewo m ka rele?');
    expect(texts(turn)).not.toMatch(/trafik moun/);
    expect(texts(turn)).toMatch(/telefòn/);
  });
});

describe('in talk', () => {
  it('the school asks for the child’s papers, in the dual nationality’s talk: its answer on school', async () => {
    const turn = await lastTurnOf(
      'mi hija nacio en houston y ya vivimos en lerdo, como saco su doble nacionalidad?',
      'es q en la primaria me la piden, tiene 7',
    );
    expect(texts(turn)).toMatch(/entrar a la escuela/);
  });

  it('a death supposed and bringing him home asked, in a danger: the remains, no condolence', async () => {
    const turn = await afterEmergency(
      'mi papa esta en dallas, le dio un infarto y no responde, lo llevaron al hospital',
      'si se muere como lo traemos a durango?',
    );
    expect(texts(turn)).toMatch(/restos/);
    expect(texts(turn)).not.toMatch(/pérdida/);
  });
});

describe('guards from the review', () => {
  it('fingerprints taken at an office that will come back for one: no emergency', async () => {
    const turn = await lastTurnOf(
      'at the inm office they took my fingerprints and said they will come back for me when the card is ready',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('waiting for the INM’s call, to the offer of a person: not in line', async () => {
    const turn = await lastTurnOf(
      'cuanto cuesta la curp para extranjeros?',
      'gracias, voy a esperar a que me hablen del inm pa la cita',
    );
    expect(turn.report.queued).toBe(false);
  });

  it('a refuge for children asked with asylum named: no list of shelters', async () => {
    const turn = await lastTurnOf(
      'hay refugio para niños que viajan solos? mi sobrino de 14 quiere pedir refugio aqui',
    );
    expect(texts(turn)).not.toMatch(/albergues, y sin dirección/);
  });

  it('a fever in León, Guanajuato: the sources name no care there', async () => {
    const turn = await lastTurnOf('ando en leon guanajuato y mi niño tiene calentura, a donde lo llevo?');
    expect(texts(turn)).toMatch(/no nombran un lugar de atención en Leon/);
  });
});
