/**
 * An emergency stays with the person until staff take it (issue 30), in each language, through
 * the real engine, with wording written for these tests: a place is said back and kept on the
 * urgent ticket, never answered with the office's address; "who is coming?" gets the honest
 * answer; "should I pay?" the line about depositing; "I can't call" what to do without calling;
 * a procedure its answer with the lines to call; thanks and a message after a silence their own
 * line; no reply twice; the conversation's language holds through a short line in another.
 * A sick child on the road gets the health line after the safety line, not the emergency flow;
 * an age or a past illness in an ordinary follow-up raises no safety line.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  danger: string;
  place: string;
  placeWords: RegExp;
  pay: string;
  payLine: RegExp;
  who: string;
  whoLine: RegExp;
  cannot: string;
  cannotLine: RegExp;
  procedure: string;
  thanks: string;
  other: string;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    danger:
      'me acaba de marcar un tipo que dice que tiene a mi hija en Nuevo Laredo y que si no le mando 30 mil la mata',
    place: 'estoy en mi casa, colonia Los Álamos en Lerdo, junto a la tienda Lupita',
    placeWords: /Los Álamos.*Lupita/s,
    pay: '¿les deposito o qué hago?',
    payLine: /depositar/,
    who: '¿quién va a venir a ayudarme?',
    whoLine: /no puede mandar a nadie/,
    cannot: 'no tengo saldo para llamar',
    cannotLine: /Sin saldo.*sigue escribiéndome aquí/,
    procedure: '¿cómo pongo una queja contra la policía?',
    thanks: 'gracias por contestarme',
    other: 'hola?',
  },
  en: {
    danger: 'a man just called saying they have my brother in Reynosa and want 2000 dollars or they kill him',
    place: 'i am at my apartment on Elm street in San Antonio, next to the laundromat',
    placeWords: /Elm street.*laundromat/s,
    pay: 'should i send them the money?',
    payLine: /pay or deposit anything/,
    who: 'is someone coming to help me?',
    whoLine: /cannot send anyone/,
    cannot: 'i have no credit to call anyone',
    cannotLine: /no credit.*keep writing/,
    procedure: 'how do i file a complaint about the police?',
    thanks: 'thank you for answering',
    other: 'hola?',
  },
  ht: {
    danger:
      'yon nèg fèk rele m li di li gen pitit gason m nan Tapachula, si m pa voye 20 mil peso l ap touye l',
    place: 'm lakay mwen nan katye Los Pinos Tijuana, bò yon legliz jòn',
    placeWords: /Los Pinos.*legliz/s,
    pay: 'eske m dwe voye lajan an ba yo?',
    payLine: /peye oswa depoze anyen/,
    who: 'kiyès k ap vin ede m?',
    whoLine: /pa ka voye pèsonn/,
    cannot: 'm pa gen kredi pou m rele',
    cannotLine: /San kredi.*kontinye ekri/,
    procedure: 'kijan pou m fè yon plent kont polis la?',
    thanks: 'mèsi paske w reponn mwen',
    other: 'hola?',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('an emergency under way, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('answers each message with what fits it, keeps the place for staff and never repeats a reply', async () => {
    const a = await testAssistant();
    const first = await a.say(s.danger);
    expect(first.report).toMatchObject({ emergency: true, queued: true });
    const place = await a.say(s.place);
    expect(texts(place)).toMatch(s.placeWords);
    expect(texts(place)).not.toMatch(/144|Zona Centro/);
    const ticket = await a.store.getTicket('test:c1');
    expect(ticket?.place?.text).toBe(s.place);
    expect(['extortion', 'kidnapping']).toContain(ticket?.emergencyKind);
    const replies = [first, place];
    for (const [said, line] of [
      [s.pay, s.payLine],
      [s.who, s.whoLine],
      [s.cannot, s.cannotLine],
    ] as const) {
      const turn = await a.say(said);
      expect(texts(turn)).toMatch(line);
      expect(turn.lang).toBe(lang);
      replies.push(turn);
    }
    const procedure = await a.say(s.procedure);
    expect(texts(procedure)).toMatch(/CNDH/);
    expect(texts(procedure)).toMatch(/911/);
    a.clock.time += 40 * 60_000;
    const after = await a.say(s.other);
    // A short greeting in another language after a silence: answered, in the conversation's language.
    expect(after.lang).toBe(lang);
    expect(texts(after).length).toBeGreaterThan(0);
    const thanks = await a.say(s.thanks);
    replies.push(procedure, after, thanks);
    const written = replies.map(texts);
    expect(new Set(written).size).toBe(written.length);
    expect(replies.every((r) => r.report.queued)).toBe(true);
  });
});

describe('care on the road, not a crisis', () => {
  it.each([
    [
      'es',
      'mi niño de 4 años tiene calentura desde antier y tos, estamos en Tapachula, ¿hay algún doctor que lo vea?',
    ],
    [
      'en',
      'my daughter has had a fever and a cough since yesterday, we are in Tijuana, where can a doctor see her?',
    ],
    ['ht', 'pitit mwen gen lafyèv depi de jou ak tous, nou Tapachula, ki kote yon doktè ka wè l?'],
  ] as const)('gets the health line after the safety line in %s', async (_lang, message) => {
    const a = await testAssistant();
    const turn = await a.say(message);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.danger).toBe('possible');
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
    expect(texts(turn).indexOf('911')).toBeLessThan(texts(turn).indexOf('IMSS-Bienestar'));
  });
});

describe('the safety line only where a danger may be', () => {
  it.each([
    [
      'es',
      'mi papá trabajó en California, ¿le toca pensión?',
      'tiene 66 años y diabetes, pero está controlado',
    ],
    [
      'en',
      'my mom wants to visit me in Houston, is there a program for parents?',
      'she is 71 and had surgery last year, she is fine now',
    ],
    [
      'ht',
      'kijan pou m jwenn kat rezidan nan Meksik?',
      'mwen gen 28 an, m te malad ane pase men m byen kounye a',
    ],
  ] as const)('is not raised by an age or a past illness in %s', async (_lang, question, followUp) => {
    const a = await testAssistant();
    await a.say(question);
    const turn = await a.say(followUp);
    expect(turn.report.danger).toBe('none');
    expect(turn.report.emergency).toBe(false);
  });
});

describe('a danger told while the search form is being filled', () => {
  it.each([
    [
      'es',
      'a mi cuñado lo detuvo migración en Laredo hace cuatro días y no sabemos a dónde lo llevaron',
      'Rubén Darío Castañeda',
      'ahorita me habló un hombre que dice ser agente de migración y que lo dejan salir si le transferimos 25 mil pesos hoy mismo',
    ],
    [
      'en',
      'my cousin got arrested by immigration in El Paso on sunday and nobody knows where he is now',
      'Ernesto Gallegos Vera',
      'a man just called us saying he is an immigration officer and my cousin walks free if we wire him 1500 dollars before tonight',
    ],
    [
      'ht',
      'migrasyon arete kouzen m nan Reynosa depi twa jou, nou pa konn ki kote yo mete l',
      'Jean Robert Pierre',
      'yon mesye fèk rele nou, li di li se ajan migrasyon e y ap lage kouzen m si nou voye 1500 dola ba li jodi a menm',
    ],
  ] as const)('is a full emergency, not the next question (%s)', async (lang, opener, name, call) => {
    const a = await testAssistant();
    expect((await a.say(opener)).lang).toBe(lang);
    const form = await a.say(lang === 'ht' ? 'wi' : lang === 'en' ? 'yes' : 'sí');
    expect(texts(form)).toMatch(/\(1\/\d\)/);
    await a.say(name);
    const turn = await a.say(call);
    expect(turn.report.emergency).toBe(true);
    expect(turn.lang).toBe(lang);
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).not.toMatch(/\(\d\/\d\)/);
  });
});

describe('the conversation’s language in an emergency', () => {
  it('holds through a Spanish line in texting shorthand that shares a word with Kreyòl', async () => {
    const a = await testAssistant();
    const first = await a.say('ya no puedo más con todo esto, me deportaron y pienso en quitarme la vida');
    expect(first.report.emergency).toBe(true);
    const next = await a.say('ya ni se pa q te escribo');
    expect(next.lang).toBe('es');
  });
});

describe('when a danger is told', () => {
  it.each([
    ['es', 'desde hace tres meses mi expareja me amenaza con matarme'],
    ['en', 'for three months now my ex keeps threatening to kill me if i leave the house'],
  ] as const)('going on for months is a full emergency (%s)', async (_lang, message) => {
    const a = await testAssistant();
    expect((await a.say(message)).report.emergency).toBe(true);
  });

  it.each([
    [
      'es',
      '¿cómo pido refugio en Saltillo?',
      'en el camino por Guatemala me asaltaron y me golpearon, eso fue hace ocho meses',
    ],
    [
      'en',
      'how do i ask for asylum in Saltillo?',
      'i was robbed and beaten on the way through Guatemala about eight months ago',
    ],
    [
      'ht',
      'kijan pou m mande azil nan Saltillo?',
      'yo te vòlè m e yo te bat mwen sou wout la nan Gwatemala, sa fè uit mwa',
    ],
  ] as const)('months ago is no full emergency (%s)', async (_lang, question, story) => {
    const a = await testAssistant();
    await a.say(question);
    const turn = await a.say(story);
    expect(turn.report.emergency).toBe(false);
  });

  it('laughing about a boss, after a question the office cannot answer, is no full emergency', async () => {
    const a = await testAssistant();
    await a.say('which bank has the best exchange rate today?');
    const turn = await a.say(
      'my boss says he will kill me if i come late again lol, so i cant go to the bank on weekdays',
    );
    expect(turn.report.emergency).toBe(false);
  });
});
