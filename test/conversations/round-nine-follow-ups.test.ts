/**
 * What new writers' conversations showed going wrong after the first message (session 34), in
 * each language, through the real engine, with wording written for these tests:
 * - the ages of parents told after a visa answer ("she's 71 and he's 74, they live on a ranch
 *   outside Canatlán") started the emergency flow: the topic model, trained on first messages,
 *   was all but sure of a danger;
 * - a yes to the offer of a person that asks to be called at a time ("sí porfavor, que le hablen
 *   en la tarde") was read as a question about how long it takes;
 * - the danger called off with a question in the same message ("ya se fueron. ¿ahora cómo me
 *   regreso a Durango?") got the answer, but the turn counted as the emergency;
 * - an English message around Spanish place names ("we in a shelter in ciudad juarez near the
 *   bridge paso del norte") moved the conversation to Spanish;
 * - a long message that opens with "in english please" was not taken as the request;
 * - Kreyòl as texted, "mw bzwn … asil", was no topic at all;
 * - the office's hours asked after another answer came with who the assistant is and the
 *   office's address, and the same sentence twice;
 * - a request for a language with more words around it ("ou ka ekri m an panyòl? m vle
 *   pratike", "can you write to her in creole?") was read as a question about languages or not
 *   at all, while "hablo inglés perfecto" must not switch anything.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  visit: string;
  ages: string;
  pension: string;
  yesCallLater: string;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    visit:
      'mi suegra vive en canatlan y quiere ir a ver a su hijo que esta en phoenix sin papeles, no se ven desde hace 15 años, hay algun programa',
    ages: 'ella tiene 71 y su esposo 74, viven en un rancho retirado de canatlan, casi no salen',
    pension: 'mi papa trabajo 12 años en california y ya regreso a durango, le toca pension de alla?',
    yesCallLater: 'si porfavor, que le hablen en la tarde porque en la mañana anda en la labor',
  },
  en: {
    visit:
      'my mother in law lives in canatlan and wants to visit her son in phoenix, he has no papers and they have not seen each other in 15 years, is there a program',
    ages: 'she is 71 and her husband is 74, they live on a ranch far outside canatlan and barely go out',
    pension:
      'my dad worked 12 years in california and moved back to durango, can he get a pension from there?',
    yesCallLater: 'yes please, have them call him in the afternoon because mornings he is out in the fields',
  },
  ht: {
    visit:
      'bèlmè m rete canatlan e li vle al wè pitit gason l ki phoenix san papye, sa gen 15 an yo pa wè, èske gen yon pwogram',
    ages: 'li gen 71 an e mari l gen 74 an, yo rete nan yon ranch lwen canatlan, yo pa soti anpil',
    pension: 'papa m te travay 12 an nan kalifòni e li tounen durango, èske li ka touche yon pansyon la ba?',
    yesCallLater: 'wi silvouplè, se pou yo rele l aprèmidi paske le maten li nan jaden an',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('follow-ups new writers sent, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('reads the ages of parents after a visa answer as context, never as a danger', async () => {
    const a = await testAssistant({ channel: 'web' });
    const first = await a.say(s.visit);
    expect(first.report.topic).toBe('family_reunification');
    const ages = await a.say(s.ages);
    expect(ages.report.emergency).toBe(false);
    expect(ages.report.danger).toBe('none');
    expect(ages.report.queued).toBe(false);
    expect(texts(ages)).not.toMatch(/911/);
  });

  it('queues a yes to the offer of a person that asks to be called at a time', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    await a.say(s.pension);
    const asked = await a.say(
      lang === 'es' ? 'cuanto tarda' : lang === 'en' ? 'how long does it take' : 'konbyen tan sa pran',
    );
    expect(asked.report.handoff).toBe(true);
    const yes = await a.say(s.yesCallLater);
    expect(yes.report.queued).toBe(true);
    expect(texts(yes)).toMatch(/folio/i);
  });
});

describe('a danger called off with a question in the same message', () => {
  it('counts the turn as the procedure it answers, after the calm line', async () => {
    const a = await testAssistant({ channel: 'web' });
    const danger = await a.say(
      'me acaban de deportar por nogales y dos tipos en una moto me vienen siguiendo desde la garita, me meti a una farmacia',
    );
    expect(danger.report.emergency).toBe(true);
    const calm = await a.say(
      'ya se fueron, llego la policia. ahora si, como me regreso a durango? no traigo nada',
    );
    expect(calm.report.topic).not.toBe('emergency');
    expect(calm.report.topic).not.toBe('none');
    expect(texts(calm)).toMatch(/peligro/);
  });
});

describe('language that belongs to the conversation', () => {
  it('stays in English when an English message names Spanish places', async () => {
    const a = await testAssistant({ channel: 'web' });
    const first = await a.say(
      'hi, we are haitian and we are traveling north, where can we find a doctor on the road?',
    );
    expect(first.lang).toBe('en');
    const place = await a.say('we in a shelter in ciudad juarez, near the bridge paso del norte');
    expect(place.lang).toBe('en');
  });

  it('switches to English when a long Spanish message opens with the request', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('hola, mi suegro trabajo 15 años en texas, le toca pension?');
    const asked = await a.say(
      'in english please, mi esposo va a leer esto y el nacio en houston, casi no entiende el español escrito',
    );
    expect(asked.lang).toBe('en');
    const next = await a.say('ok');
    expect(next.lang).toBe('en');
  });
});

describe('Kreyòl as people text it', () => {
  it('reads "mw bzwn … asil" as asylum', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    const first = await a.say('bonswa, mw bzwn konn kijan pou m mande asil isit la');
    expect(first.report.topic).toBe('asylum');
    expect(first.lang).toBe('ht');
    expect(texts(first)).toMatch(/COMAR/);
  });
});

describe("the office's phone asked in the middle of a conversation", () => {
  it.each([
    [
      'es',
      'mi mama quiere visa para visitar a mi hermano en denver, como le hace',
      'cual es el numero de telefono de la oficina?',
      /atiende teléfono/,
    ],
    [
      'en',
      'my mom wants a visa to visit my brother in denver',
      'whats the office phone number?',
      /answer the phone/,
    ],
    [
      'ht',
      'manman m vle yon viza pou l al wè frè m nan denver',
      'ki nimewo telefòn biwo a?',
      /reponn telefòn/,
    ],
  ] as const)('in %s, gets what the sources say of the phone alone', async (_lang, first, asked, said) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(first);
    const phone = await a.say(asked);
    expect(phone.report.topic).toBe('office_info');
    expect(texts(phone)).toMatch(said);
    expect(texts(phone)).not.toMatch(/Soy Enlace|I am Enlace|mwen se Enlace/);
  });
});

describe("the office's hours asked in the middle of a conversation", () => {
  it('get what the sources say of the hours alone, not who the assistant is', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('mi papa trabajo 11 años en oklahoma y ya esta en durango, como cobra su pension');
    const hours = await a.say('muchas gracias. ¿y a qué hora abren la oficina?');
    expect(hours.report.topic).toBe('office_info');
    expect(hours.report.facet).toBe('time');
    expect(texts(hours)).toMatch(/horario/);
    expect(texts(hours)).not.toMatch(/Soy Enlace|programa, no una persona/);
  });
});

describe('a request for a language with more words around it', () => {
  const visa = 'bonjou, m se ayisyen, m nan saltillo, kijan m ka jwenn kat imanitè a?';
  it.each([
    ['ou ka ekri m an panyòl? m vle pratike', 'es'],
    ['ok. pale panyol souple, mari m meksiken e li vle li tou', 'es'],
    ['madanm mwen pa li kreyol byen, ann kontinye an panyol svp', 'es'],
  ])('"%s" switches to %s', async (request, lang) => {
    const a = await testAssistant({ channel: 'whatsapp' });
    expect((await a.say(visa)).lang).toBe('ht');
    expect((await a.say(request)).lang).toBe(lang);
  });

  it('switches an English conversation to Kreyòl when asked to write to someone in it', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('hi, my wife is haitian and we live in monterrey, how does she get the humanitarian card?');
    const asked = await a.say('can you write to her in creole? she will read this herself');
    expect(asked.lang).toBe('ht');
  });

  it.each([
    [
      'y de trabajo? hablo ingles perfecto',
      'es',
      'mi esposo regreso de texas a durango hace un mes, que apoyos hay?',
    ],
    [
      'pitit mwen pale panyòl ak anglè',
      'ht',
      'bonjou, m se ayisyen, m nan saltillo, kijan m ka jwenn kat imanitè a?',
    ],
  ])('"%s" tells, and the language stays %s', async (told, lang, first) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(first)).lang).toBe(lang);
    expect((await a.say(told)).lang).toBe(lang);
  });
});

describe('the language of an emergency, and one only guessed', () => {
  it('holds English in an emergency when the place is told in Spanish names', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    const danger = await a.say('please help my boyfriend is hitting me and he locked me in the room');
    expect(danger.report.emergency).toBe(true);
    const place = await a.say('in torreon, colonia las julietas, calle abasolo');
    expect(place.lang).toBe('en');
  });

  it('takes Kreyòl from a button label typed in it after "alo"', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    await a.say('alo');
    const person = await a.say('m vle pale ak yon moun');
    expect(person.lang).toBe('ht');
    expect(person.report.queued).toBe(true);
  });
});

describe('the missing-person form and what is asked in it', () => {
  it('answers a question with no question mark and queues "human please", storing neither', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    await a.say('my brother got arrested by ICE in phoenix two days ago, how do i find where he is');
    const form = await a.say('his name is Mario Ibarra Soto, he is from Canatlan');
    expect(texts(form)).toMatch(/\(\d\/\d\)/);
    const asked = await a.say('will they send him back to juarez or to durango');
    expect(texts(asked)).not.toMatch(/check the details/i);
    expect(asked.report.topic).not.toBe('none');
    const person = await a.say('human please');
    expect(person.report.queued).toBe(true);
    const ticket = await a.store.getTicket('whatsapp:c1');
    expect(JSON.stringify(ticket?.case?.answers)).not.toMatch(/will they send him back|human please/);
  });

  // Session 42: "yes connect me pls" in the form was stored as where he was last seen.
  it.each([
    ['mi primo se perdio cruzando por sonora hace una semana, como lo buscamos', 'si', 'ok conectame pues'],
    [
      'my brother got arrested by ICE in phoenix two days ago, how do i find where he is',
      'yes',
      'yes connect me pls',
    ],
    ['frè m disparèt sou wout Tapachula depi 5 jou, kijan pou m chèche l', 'wi', 'wi konekte m souple'],
  ])(
    'a short request for a person in the form queues, and is no answer (%s)',
    async (opener, yes, connect) => {
      const a = await testAssistant({ channel: 'whatsapp' });
      await a.say(opener);
      await a.say(yes);
      const form = await a.say('Rubén Castañeda Ortiz');
      expect(texts(form)).toMatch(/\(\d\/\d\)/);
      const person = await a.say(connect);
      expect(person.report.queued).toBe(true);
      const ticket = await a.store.getTicket('whatsapp:c1');
      expect(JSON.stringify(ticket?.case?.answers)).not.toContain(connect);
    },
  );
});
