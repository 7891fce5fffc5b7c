/**
 * Follow-ups that session 58's fresh sets found misread, each through the real engine with wording
 * written for this test: a person asked for on someone else's behalf queues (a website's language
 * asked is in language-request.test.ts); a foreigner's children's school, an expired card and a road north
 * are the foreigner's topics, not a returnee's; a document lacked after a deportee's answer is what
 * can serve instead; how someone feels, told in the third person, is psychological support; and
 * "do they see him by phone?" on that topic is how its service is given, not the office's phone; a
 * child alone at night is an emergency answered with who looks after children alone (INM, DIF).
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a person asked for on someone else’s behalf', () => {
  it.each([
    [
      'en',
      'hi, my neighbours are from haiti and want to ask for asylum in durango',
      'thanks',
      'ok, someone who can help them please',
    ],
    [
      'es',
      'mis vecinos son de honduras y quieren pedir refugio aqui',
      'gracias',
      'ok pues alguien que les ayude',
    ],
    ['ht', 'bonjou, vwazen m yo se ayisyen, yo vle mande azil isit la', 'mesi', 'ok, yon moun ki ka ede yo'],
  ])('queues the conversation (%s)', async (_lang, first, thanks, ask) => {
    const a = await testAssistant();
    await a.say(first);
    await a.say(thanks);
    const turn = await a.say(ask);
    expect(turn.report.queued).toBe(true);
  });
});

describe('a foreigner asking in a returnee’s words', () => {
  it('children’s school while asylum is under discussion is asylum’s own answer (en)', async () => {
    const a = await testAssistant();
    await a.say('hi, im venezuelan and i applied for refugee status with comar in monterrey');
    const turn = await a.say('my two girls are 8 and 11, can they go to school here while we wait?');
    expect(turn.report.topic).toBe('asylum');
    expect(texts(turn)).toMatch(/INEA|CONAHCYT/);
  });

  it('an expired card is status in Mexico (ht)', async () => {
    const a = await testAssistant();
    await a.say('bonjou, frè m nan Saltillo, li malad, ki kote li ka wè yon doktè gratis?');
    const turn = await a.say('epi kat li a ekspire depi 3 mwa');
    expect(turn.report.topic).toBe('mx_status');
  });

  it('crossing Mexico on the way north is help on the road (ht)', async () => {
    const a = await testAssistant();
    const turn = await a.say('bonswa, m ap pase nan Meksik pou m al nan nò, eske gen yon moun ki ka ede m?');
    expect(turn.report.topic).toBe('transit_safety');
  });
});

describe('a document lacked after a deportee’s answer', () => {
  it('is what can serve instead, in the same topic (es)', async () => {
    const a = await testAssistant();
    await a.say('a mi sobrino lo deportaron ayer por nogales');
    const turn = await a.say('no trae acta ni ine ni nada');
    expect(turn.report.topic).toBe('deportee_support');
    expect(turn.report.facet).toBe('documents');
  });

  it('unless it says what they have instead (ht)', async () => {
    const a = await testAssistant();
    await a.say('bonjou, pitit nou an fèt Monterrey mwa pase, nou vle fè papye nesans li');
    const turn = await a.say('nou pa gen paspò, se sèlman papye COMAR nou genyen');
    expect(['mx_status', 'asylum']).toContain(turn.report.topic);
  });
});

describe('how someone feels, told in the third person', () => {
  it('is psychological support, and "by phone?" is how it is given (es)', async () => {
    const a = await testAssistant();
    await a.say('a mi hijo lo regresaron de estados unidos hace un mes, ya esta aqui en lerdo');
    const feels = await a.say('anda achicopalado, no sale de su cuarto');
    expect(feels.report.topic).toBe('psych_support');
    const phone = await a.say('lo pueden atender por telefono? no quiere salir');
    expect(phone.report.topic).toBe('psych_support');
    expect(texts(phone)).toMatch(/por teléfono/);
  });
});

describe('a child who writes alone at night', () => {
  it.each([
    [
      'es',
      'tengo 11 años y estoy solo en la terminal de camiones, se llevaron a mi mama, tengo miedo',
      /DIF/,
    ],
    ['en', 'im 13 and im alone at the bus station, its night and i dont know anyone', /DIF/],
    ['ht', 'm gen 12 an, m poukont mwen nan teminal la, li fè nwa, m pa konn pesonn', /DIF/],
  ])('is an emergency answered with who looks after children alone (%s)', async (_lang, text, line) => {
    const a = await testAssistant();
    const turn = await a.say(text);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(line);
  });
});

describe('a parent’s visit to a child in the US, asked after a pension answer', () => {
  it.each([
    [
      'es',
      'mi papa trabajo 20 años en california, como cobra su pension?',
      'y mi mama de 62 puede ir a visitar a mi hermana a chicago? no se ven hace 12 años',
    ],
    [
      'en',
      'my dad worked in texas for 18 years, can he get social security?',
      'and my mom, she hasnt seen my brother in ten years, can she go visit him in denver?',
    ],
    [
      'ht',
      'papa m te travay 15 an Ozetazini, eske li ka touche pansyon?',
      'e manman m, li ta renmen ale wè frè m Miami, yo pa wè youn lòt depi 9 an',
    ],
  ])('is the visas for parents to visit (%s)', async (_lang, first, visit) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(visit);
    expect(turn.report.topic).toBe('family_reunification');
  });

  it('a parent dying over there stays the humanitarian visa’s (es)', async () => {
    const a = await testAssistant();
    await a.say('mi papa trabajo 20 años en california, como cobra su pension?');
    const turn = await a.say(
      'y mi mama quiere ir a ver a mi hermano, se esta muriendo en el hospital de fresno',
    );
    expect(turn.report.topic).not.toBe('family_reunification');
  });
});

describe('"yes, pass me" to the offer of the form', () => {
  it('queues the conversation for a person (es)', async () => {
    const a = await testAssistant();
    await a.say('mi tio murio en houston hace una semana y queremos traer sus restos a durango');
    const turn = await a.say('si porfavor pasenme');
    expect(turn.report.queued).toBe(true);
  });
});

describe('a complaint with a question in it', () => {
  it('gets the question answered (en)', async () => {
    const a = await testAssistant();
    await a.say('what time does the office open');
    await a.say('that didnt really answer anything');
    const turn = await a.say('ugh not helpful. where are u even located');
    expect(turn.report.facet).toBe('where');
    expect(texts(turn)).toMatch(/144/);
  });
});

describe('the office’s hours asked first', () => {
  it.each([
    ['en', 'what time is the office open', /opening hours/g],
    ['es', 'a que hora abre la oficina', /horario/g],
    ['ht', 'a ki lè biwo a louvri', /lè biwo a louvri/g],
  ])(
    'say where it is and the hours once, without the assistant’s biography (%s)',
    async (_lang, hours, said) => {
      const a = await testAssistant();
      const first = await a.say(hours);
      expect(first.report.facet).toBe('time');
      expect(texts(first)).toMatch(/#144/);
      expect(texts(first).match(said)).toHaveLength(1);
      expect(texts(first)).not.toMatch(/not a person|no una persona|pa yon moun/);
    },
  );
});
