/**
 * What session 89's judges and developed-against sets found in whole conversations, through the real engine with
 * wording written for this test: refuge asked for in Kreyòl is asylum, not the office; the address of a health centre
 * asked with a fever's figure is the address; a number given for a call in an emergency is said back; a document "in
 * English" told in Kreyòl switches no language; "who r u" is the office; reporting a missing man "from here" stays the
 * search; getting a deportee home is the help after a deportation; falling ill on the way is care; thanks in an urgent
 * case is about that case; wages owed are legal advice; and judge89b's findings part-way (a fever while waiting, a
 * pregnancy's warning signs, an office asked to call 911, a house for women, "how do I look for him").
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('refuge asked for in Kreyòl', () => {
  it('is asylum (COMAR), with where and what it costs, not the office', async () => {
    const a = await testAssistant();
    await a.say('bonjou. èske biwo sa a ede ayisyen? mwen nan Durango');
    const turn = await a.say('ok. mwen vle mande refij isit nan Meksik. ki kote m ale e konbyen sa koute?');
    expect(turn.report.topic).toBe('asylum');
    expect(texts(turn)).toMatch(/COMAR/);
  });
});

describe('the address of a health centre asked with a fever’s figure', () => {
  it('is the address, not the line for when it gets worse alone', async () => {
    const a = await testAssistant();
    await a.say(
      'my son is 4 and has had a fever since last night, we are in ciudad juarez, where is a doctor?',
    );
    const turn = await a.say('ok what is the address of that health centre? his temperature is 38.2');
    expect(texts(turn)).toMatch(/Francisco Villa/);
  });
});

describe('a number given for a call in an emergency', () => {
  it('is said back as noted', async () => {
    const a = await testAssistant();
    await a.say('ya no quiero vivir, tengo las pastillas aquí');
    await a.say('quiero hablar con alguien de ustedes');
    const turn = await a.say('¿me pueden llamar? mi número es 618 555 0199, en la tarde');
    expect(texts(turn)).toMatch(/Número anotado: 618 555 0199/);
  });
});

describe('a document said to be in English, in Kreyòl', () => {
  it('switches no language', async () => {
    const a = await testAssistant();
    await a.say('bonjou, kijan pou m fè doub nasyonalite pou pitit mwen ki fèt Miami?');
    const turn = await a.say('batistè a an anglè');
    expect(turn.lang).toBe('ht');
  });
});

describe('plain asks in the middle of a conversation', () => {
  it('"who r u" is the office', async () => {
    const a = await testAssistant();
    await a.say('hi');
    const turn = await a.say('who r u');
    expect(turn.report.topic).toBe('office_info');
  });

  it('reporting a missing man from abroad stays the search', async () => {
    const a = await testAssistant();
    await a.say('my brother went missing in sonora crossing 3 weeks ago, how do we find him?');
    const turn = await a.say('we live in oregon, can we report it from here?');
    expect(turn.report.topic).toBe('locate_person');
  });

  it('how a deported man from Durango gets back there is the help after a deportation', async () => {
    const a = await testAssistant();
    await a.say('my husband was deported to nogales, can i send him money if he has no ID');
    const turn = await a.say('hes from durango, how does he get back there?');
    expect(turn.report.topic).toBe('deportee_support');
  });

  it('falling ill on the way is care on the road', async () => {
    const a = await testAssistant();
    await a.say('vamos a cruzar méxico con mis hijos, ¿quién ayuda a los migrantes en el camino?');
    const turn = await a.say('¿y si nos enfermamos en el camino?');
    expect(texts(turn)).toMatch(/IMSS/);
  });
});

describe('thanks once an emergency is over', () => {
  it('is about the urgent case', async () => {
    const a = await testAssistant();
    await a.say('me llamaron que tienen a mi hijo y que deposite 20 mil');
    await a.say('ya hablé con mi hijo, está bien, era mentira');
    await a.say('¿cómo pido asilo en méxico?');
    const turn = await a.say('muchas gracias');
    expect(turn.report.topic).toBe('emergency');
  });
});

describe('wages owed', () => {
  it('asked after a question about papers is legal advice, not papers to stay', async () => {
    const a = await testAssistant();
    await a.say('bonjou m se ayisyen m nan durango. kijan m ka jwenn CURP pou m travay legal');
    const turn = await a.say('e pou kòb patwon an dwe m nan? ki moun ki ka ede m?');
    expect(turn.report.topic).toBe('legal_advice');
  });
});

describe('what judge89b found part-way', () => {
  it('a child still feverish, "q hago" while waiting, gets care, not only the place in line', async () => {
    const a = await testAssistant();
    await a.say('pasame con alguien porfa');
    const turn = await a.say(
      'ya paso una hora y nadie contesta. mi niña sigue con calentura y llora mucho q hago',
    );
    expect(texts(turn)).toMatch(/IMSS/);
  });

  it('feet "more big" and a headache in pregnancy get the line to call', async () => {
    const a = await testAssistant();
    await a.say('i am pregnant 7 months, i am from cuba, how i get papers in mexico?');
    const turn = await a.say('today my legs are more big and i have headache, what i do');
    expect(texts(turn)).toMatch(/911/);
  });

  it('"can someone at the office call 911 for us?" is answered: the chat sends no one, staff know', async () => {
    const turn = await afterEmergency(
      'nou pèdi nan mòn yo, nou pa gen dlo depi yè, yon fanm pa ka mache ankò',
      'eske yon moun nan biwo a ka rele 911 pou nou?',
    );
    expect(texts(turn)).toMatch(/pa ka voye pèsonn/);
  });

  it('a house for women asked after a beating gets where women are sheltered', async () => {
    const turn = await afterEmergency(
      'mari m bat mwen yè swa, li di l ap touye m si m kite kay la',
      'li soti. gen yon kay pou fanm kote m ka dòmi ak pitit mwen?',
    );
    expect(texts(turn)).toMatch(/Mujeres|FEVIMTRA/);
  });

  it('"how do I look for him" after the call and no answer is the search', async () => {
    const turn = await afterEmergency(
      'me llamaron del cel de mi hijo, dicen que lo tienen y quieren 5 mil dolares',
      'ya llame al 911. y si ya no me contestan de su celular como lo busco',
    );
    expect(turn.report.topic).toBe('locate_person');
  });
});
