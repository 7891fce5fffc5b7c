/**
 * What session 88's two judges found playing new people, each through the real engine with wording written for
 * this test: "since he was taken" told of a deportation is no emergency; a foreigner on the road asking papers to
 * stay and work gets status in Mexico; "in English" said in line by someone writing English is the question; a
 * mother asking the office to send someone is told the chat sends nobody; a child's fever asked in line gets care;
 * Spanish asked for after an answer says that answer again; someone to help with the stress gets the psychologists;
 * the office's address asked in an emergency is given; "he says he knows where I am" gets the urgent queue; a
 * search asked after a call told is the search; "Dios se lo pague" is thanks; a call asked with a number and a
 * closing thanks reaches staff.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('"since he was taken" told of a deportation, with a question about therapy', () => {
  it('is no emergency: the psychological support is answered', async () => {
    const a = await testAssistant();
    await a.say('my husband got deported last night to tijuana, how does he get home to durango?');
    const turn = await a.say(
      'one more thing, our two kids (7 and 4) keep having nightmares since he was taken. is there therapy for them online in english?',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('psych_support');
  });
});

describe('a foreigner on the road who asks for papers to stay and work', () => {
  it('moves from the shelter to status in Mexico', async () => {
    const a = await testAssistant();
    await a.say('buenas, venimos de guatemala con mi hija, estamos en gomez palacio, hay albergue?');
    const turn = await a.say('y que papeles ocupo para quedarme a trabajar aqui? solo traigo mi pasaporte');
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/TVRH/);
  });
});

describe('"in English" said in line by someone already writing English', () => {
  it('is the question asked, not a change of language', async () => {
    const a = await testAssistant();
    await a.say('my dad was deported to juarez, what help is there?');
    await a.say('i want to talk to a person');
    const turn = await a.say('can my son see a psychologist online, in english?');
    expect(texts(turn)).not.toMatch(/go on in English/);
    expect(turn.report.topic).toBe('psych_support');
  });
});

describe('asking the office to send someone for a son lost far away', () => {
  it('gets that the chat sends nobody and staff know, not consular notification', async () => {
    const turn = await afterEmergency(
      'mi hijo esta perdido en el desierto de arizona sin agua desde ayer',
      'y ahora q hago?? ustedes no pueden hablarle al consulado o a alguien q vaya por el??',
    );
    expect(texts(turn)).toMatch(/no puede mandar a nadie/);
  });
});

describe('a child with fever for days, what to do asked in line', () => {
  it('gets where to be seen and 911 if worse, not the road or the place in line only', async () => {
    const a = await testAssistant();
    await a.say('pitit fi m gen lafyèv depi de jou, nou nan Saltillo, ki kote yo ka wè l gratis?');
    await a.say('m vle pale ak yon moun');
    const turn = await a.say('toujou pa gen moun ki reponn m. li toujou gen lafyèv. kisa m ka fè?');
    expect(texts(turn)).toMatch(/IMSS/);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('Spanish asked for after an answer in Kreyòl', () => {
  it('says that answer again in Spanish', async () => {
    const a = await testAssistant();
    await a.say('m nan Tapachula, m gen kat imanitè, eske m ka travay ak li?');
    await a.say('konbyen tan li pran pou yo ba m li?');
    const turn = await a.say('ou ka ekri m an panyòl tanpri? m li panyòl pi byen');
    expect(texts(turn)).toMatch(/sigo en español/);
    expect(texts(turn)).toMatch(/minutos/);
  });
});

describe('someone to help with the stress, asked with the sleep lost', () => {
  it('gets the psychological support, not only the queue', async () => {
    const a = await testAssistant();
    await a.say(
      'bonjou, m nan Saltillo, m te travay 3 semèn nan yon konstriksyon e bòs la pa vle peye m. kiyès ki ka ede m?',
    );
    const turn = await a.say('lòt bagay, m pa ka dòmi, m strese tout tan. gen yon moun ki ka ede m ak sa?');
    expect(turn.report.topic).toBe('psych_support');
  });
});

describe("the office's address asked in an emergency, to come on foot", () => {
  it('gives the address', async () => {
    const a = await testAssistant();
    await a.say('mari m bat mwen yè swa, li di si m pale l ap touye m. m lakay ak timoun yo');
    await a.say('nou Durango, kolonya Centro. eske gen yon kay pou fanm kote m ka ale ak pitit yo?');
    await a.say('m bezwen pale ak yon moun kounye a');
    const turn = await a.say(
      'm pa mande pou nou voye okenn moun. m mande adrès biwo a, m pral mache ak pitit yo',
    );
    expect(texts(turn)).toMatch(/Juárez #144/);
  });
});

describe('he writes again that he knows where she is, two days on', () => {
  it('is a threat, and the urgent queue answers, not the website', async () => {
    const a = await testAssistant();
    await a.say('yon nonm ap menase m sou whatsapp, li vle m ba l lajan, m pè');
    const turn = await a.say(
      'jodi a li ekri m ankò, li di li konnen kote m rete. pèsonn nan biwo a pa reponn mwen',
    );
    expect(texts(turn)).not.toMatch(/entènèt/);
    expect(texts(turn)).toMatch(/liy/);
  });
});

describe('a search asked after the call to 911 is told', () => {
  it('is the search, not refuge', async () => {
    const turn = await afterEmergency(
      'me hablaron y dicen que tienen a mi hermano en matamoros, piden 40 mil o le hacen daño',
      'ya hable al 911 y me mandaron a la fiscalia. ustedes me ayudan a buscarlo?',
    );
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).not.toMatch(/COMAR/);
  });
});

describe('"Dios se lo pague"', () => {
  it('is thanks, not a question of paying', async () => {
    const a = await testAssistant();
    await a.say('mi esposo trabajo 15 años en texas, como cobra su pension');
    await a.say('y cuanto cobran ustedes por ayudar?');
    const turn = await a.say('dios se lo pague');
    expect(turn.report.topic).toBe('none');
    expect(texts(turn)).not.toMatch(/pag[oa]|cobr/i);
  });
});

describe('a call asked for with a number and a closing thanks', () => {
  it('passes the conversation to staff, not "you are welcome"', async () => {
    const a = await testAssistant();
    await a.say('my dad got deported to nogales, how does he get back to durango?');
    const turn = await a.say('ok whatever, just have a person call me please. 915 555 0188. thank you');
    expect(turn.report.queued).toBe(true);
  });
});
