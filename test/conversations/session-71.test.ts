/**
 * What session 71's judge and sets found, each through the real engine with wording written for
 * this test: a place told with the danger is not asked again; 911 reached but unable to act (a
 * relative calling from the US) gets what the sources say of calling from abroad, not "good that
 * help is coming"; help called but late is the call told, not "call 911 so help comes"; blurred
 * sight told in Kreyòl is the line for someone very ill; Kreyòl asked for in an emergency, with
 * "I don't know Spanish", moves the conversation to Kreyòl; the relative reached and well ends an
 * extortion; pills told in a crisis are no place; medicine asked for where it is given is care; what
 * Grupos Beta are; a question after a place in a form's answer is read alone; another topic's answer
 * that says clearly more comes first; where to eat in Juárez; an OXXO to pay at is no place.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('a place told with the danger', () => {
  it('is not asked again in the first reply', async () => {
    const a = await testAssistant();
    const turn = await a.say('a mi hermano lo tienen encerrado en una casa en reynosa y piden 3 mil dolares');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/¿Dónde está pasando\?/);
    expect(texts(turn)).toMatch(/calle o colonia/);
  });

  it('is still asked when none was told', async () => {
    const a = await testAssistant();
    const turn = await a.say('me acaban de hablar que tienen secuestrado a mi hijo y piden dinero');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/¿Dónde está pasando\?/);
  });
});

describe('911 reached but unable to act', () => {
  it.each([
    'ya llame al 911 de aca de dallas y me dicen q no pueden hacer nada',
    'i called 911 from here in denver and they said they cant do anything',
  ])('gets the sources on calling from abroad: %s', async (told) => {
    const turn = texts(
      await afterEmergency('my cousin is lost in the desert near sasabe, he has no water left', told),
    );
    expect(turn).toMatch(/089/);
    expect(turn).not.toMatch(/Good that help|Qué bueno que ya/);
  });
});

describe('help called but not there yet', () => {
  it('is the call told, not "call 911 so help comes"', async () => {
    const turn = texts(
      await afterEmergency(
        'mi esposo me esta pegando y dice q me va a matar, estoy encerrada en el baño',
        'ya me presto el cel la vecina y marque al 911, dicen q mandan una patrulla pero no llega y el sigue pegandole a la puerta',
      ),
    );
    expect(turn).toMatch(/vuelvan a llamar al 911/);
    expect(turn).not.toMatch(/no puede mandar a nadie/);
  });
});

describe('blurred sight told in Kreyòl', () => {
  it('is the line for someone very ill, not psychological support', async () => {
    const a = await testAssistant();
    await a.say(
      'bonjou, nou nan tijuana, madanm mwen ansent 8 mwa e pye l anfle, li pa wè doktè depi lontan. ki kote li ka konsilte?',
    );
    const turn = texts(await a.say('epi si li gen gwo tèt fè mal oswa li wè twoub?'));
    expect(turn).toMatch(/rele 911 kounye a/);
    expect(turn).not.toMatch(/sikolog|CONASAMA/i);
  });
});

describe('Kreyòl asked for in an emergency', () => {
  it('moves the conversation to Kreyòl when Spanish is not known', async () => {
    const turn = await afterEmergency(
      'a mi compañero le sale mucha sangre de la cabeza, se cayo del tren',
      'pale kreyòl souple, m pa konn panyòl byen',
    );
    expect(turn.lang).toBe('ht');
  });
});

describe('the relative reached and well', () => {
  it('ends an extortion call, with the line to report it', async () => {
    const turn = await afterEmergency(
      'me marcaron q tienen a mi hija y q si no deposito 30 mil la matan',
      'YA ME CONTESTO MI HIJA ESTA BIEN!!! estaba en el trabajo y no tenia señal',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/089/);
    expect(texts(turn)).not.toMatch(/Sin saldo/);
  });
});

describe('pills told in a crisis', () => {
  it('are not noted as where the person is', async () => {
    const a = await testAssistant();
    const crisis = await a.say('m pa vle viv ankò, m fatige ak tout bagay');
    expect(crisis.report.emergency).toBe(true);
    const turn = texts(await a.say('m gen yon bann grenn mwen te achte yè'));
    expect(turn).not.toMatch(/M note kote a/);
  });
});

describe('medicine run out, asked where it is given', () => {
  it('is the road’s health care, not psychological support', async () => {
    const a = await testAssistant();
    await a.say(
      'estoy en reynosa con mi esposo, tiene tos y calentura desde hace 3 dias, donde lo llevo al doctor?',
    );
    const turn = await a.say('y tambien se me acabo mi inhalador pal asma, ahi me lo dan?');
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).not.toMatch(/CONASAMA|psicol/i);
  });
});

describe('what the Grupos Beta are', () => {
  it('says what they do, not how many they rescued', async () => {
    const a = await testAssistant();
    await a.say(
      'vengo de guatemala con mis dos hijos, estamos en tapachula, donde nos pueden atender gratis?',
    );
    const turn = texts(await a.say('q son los grupos beta? me pueden ayudar a mi?'));
    expect(turn).toMatch(/asesoría legal|orientan/);
    expect(turn).not.toMatch(/rescataron a/);
  });
});

describe('a form’s answer with a question after the place', () => {
  it('reads the question alone', async () => {
    const a = await testAssistant();
    await a.say(
      'Hi, my mom passed away two days ago in Dallas, she was from Lerdo Durango. We want to bury her there. Can the institute help?',
    );
    await a.say('1');
    await a.say('Maria Elena Soto');
    const turn = await a.say(
      'Dallas, Texas, at Parkland hospital. Does the state pay for the transfer? funeral homes are asking 9000 dollars',
    );
    expect(turn.report.topic).toBe('remains_repatriation');
  });
});

describe('another topic’s answer that says clearly more', () => {
  it('comes before the topic under discussion’s nearest one', async () => {
    const a = await testAssistant();
    await a.say('my daughter was born in Rockford, how do i get her mexican nationality?');
    const turn = await a.say(
      'does her Illinois birth certificate need an apostille? can you all do that for us',
    );
    expect(turn.report.topic).toBe('apostille');
    expect(texts(turn)).toMatch(/Los Angeles or Chicago/);
  });
});

describe('where to eat in Juárez, just deported', () => {
  it('names the repatriation point at the bridge', async () => {
    const a = await testAssistant();
    await a.say('me deportaron ayer por juarez, soy de lerdo, como me regreso?');
    expect(texts(await a.say('y donde me dan algo de comer aqui en juarez?'))).toMatch(/Paso del Norte/);
  });
});

describe('an OXXO to pay at', () => {
  it('is not taken for where the danger is', async () => {
    const a = await testAssistant();
    const turn = await a.say('me hablaron q tienen a mi sobrino y q deposite 15 mil en un oxxo o lo matan');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/¿Dónde está pasando\?/);
  });
});

describe('a call saying a relative is held, with money wanted today', () => {
  it('is an extortion, whatever the authorities named', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'buenas tardes, me acaban de marcar q a mi sobrino lo tiene detenido la migra en texas y q un licenciado ocupa 18 mil pesos hoy mismo pa sacarlo',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/antes de depositar/);
  });
});
