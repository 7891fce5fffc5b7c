/**
 * What session 90's judge (judge90) and its emergency sets found, each through the real engine with wording written
 * for this test: passive thoughts of suicide with the means at hand, men who ask about family up north to pay and
 * the fear of being taken (not of the migra) are dangers; "what do I do?" said with fear in an emergency asks about
 * the danger, not the steps of the procedure before; the office's place asked in Kreyòl in an emergency is its
 * address; deportation feared with an asylum appointment is asylum's answer and "where did they take him?" the
 * search; a foreigner's humanitarian visa is the TVRH.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('dangers told in words no pattern held', () => {
  it.each([
    ['en', 'my girlfriend left me and i lost my job. honestly it would be better to not wake up tomorrow'],
    ['ht', 'pafwa m panse li t ap pi bon si m pa reveye ankò'],
    [
      'en',
      'two guys in a car asked me if i have family in the states that can send money, now they are waiting outside',
    ],
    [
      'es',
      'unos tipos en una camioneta me preguntaron si tengo familia en estados unidos que me mande dinero, tengo miedo',
    ],
    ['ht', 'de nèg nan yon machin mande m si m gen fanmi Ozetazini, m pè anpil'],
  ] as const)('is an emergency (%s: %s)', async (_lang, told) => {
    const a = await testAssistant();
    await a.say('hola, me deportaron ayer a reynosa');
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it('a fear of the migra taking them is no danger told', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'tengo miedo que me lleven los de migracion, que papeles necesito para quedarme',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('in an emergency, what the person writes next', () => {
  it('"what do I do?" said with fear asks about the danger, not the steps home', async () => {
    const a = await testAssistant();
    await a.say('me deportaron hoy a nuevo laredo y no tengo dinero, como llego a durango');
    await a.say('unos tipos en una troca me preguntaron si tengo familia en el otro lado, me meti a un oxxo');
    const turn = await a.say('tengo mucho miedo de que me lleven, que hago');
    expect(turn.report.topic).not.toBe('deportee_support');
    expect(texts(turn)).not.toMatch(/Módulos? de Repatriación/);
  });

  it('the office asked in Kreyòl in an emergency gets its address', async () => {
    const turn = await afterEmergency(
      'moun yo rele m ankò, yo di y ap touye m si m pa peye, m nan Durango',
      'èske m ka vin nan biwo nou an? ki kote li ye?',
    );
    expect(texts(turn)).toMatch(/Juárez #144/);
  });

  it('deportation feared with an asylum appointment is asylum’s answer', async () => {
    const turn = await afterEmergency(
      'imigrasyon antre nan abri a nan tijuana y ap arete moun, m kache ak pitit mwen',
      'm gen yon randevou nan COMAR, èske yo ka depote m kanmenm?',
    );
    expect(turn.report.topic).toBe('asylum');
    expect(texts(turn)).toMatch(/COMAR/);
  });

  it('"where did they take him?" is the search', async () => {
    const turn = await afterEmergency(
      'la migra entró al hotel en monterrey y se llevaron a mi esposo, yo me escondí con mi hija',
      'a donde se lo llevaron? como lo encuentro',
    );
    expect(turn.report.topic).toBe('locate_person');
  });
});

describe('a foreigner’s humanitarian visa', () => {
  it('asked by a Honduran in Mexico is the TVRH', async () => {
    const a = await testAssistant();
    await a.say('im from honduras living in saltillo, my ex used to beat me');
    const turn = await a.say('can i get a humanitarian visa as a victim?');
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/TVRH/);
  });
});

describe('the topic a follow-up names', () => {
  it('a complaint that names the procedure meant answers it', async () => {
    const a = await testAssistant();
    await a.say('how do i renew my us passport from durango, i was born in houston');
    const turn = await a.say('thats not what i asked. my little sister needs dual nationality for school');
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('how long another procedure takes, asked in line, is that procedure’s time', async () => {
    const a = await testAssistant();
    await a.say(
      'Hello, I am from Cameroon, in Durango since March. I want to ask for refuge in Mexico, what do I do?',
    );
    await a.say('Thanks. While I wait, can I get a work permit? And the CURP? Every job asks me for CURP.');
    await a.say('You are repeating yourself. I want to speak with a person please.');
    a.clock.time += 7_200_000;
    const turn = await a.say('Good evening. How long does COMAR normally take to give an answer?');
    expect(turn.report.topic).toBe('asylum');
    expect(turn.report.facet).toBe('time');
  });

  it.each([
    ['TVRH la, konbyen tan li pran?', 'mx_status'],
    ['bonswa. CNB a, ki kote biwo li ye?', 'locate_person'],
  ] as const)(
    'a Kreyòl question led by another topic’s own word is that topic (%s)',
    async (asked, topic) => {
      const a = await testAssistant();
      await a.say('patwon an pa peye m depi 2 semèn, eske gen avoka gratis?');
      const turn = await a.say(asked);
      expect(turn.report.topic).toBe(topic);
    },
  );
});

describe('what does not move the topic', () => {
  it('"that did not help, I need an address" is a complaint, not the office', async () => {
    const a = await testAssistant();
    await a.say('i just got deported to tijuana, what help is there');
    const turn = await a.say('that didnt help, i need an address');
    expect(turn.report.topic).not.toBe('office_info');
  });

  it('a Kreyòl question led by the person’s own thing stays on the topic', async () => {
    const a = await testAssistant();
    await a.say('m se ayisyen, m nan Monterrey, kijan pou m jwenn CURP pou pitit mwen?');
    const turn = await a.say('lekòl la mande CURP, kisa pou m fè?');
    expect(turn.report.topic).toBe('mx_status');
  });
});
