/**
 * What session 76's fresh sets and hand judge found, each through the real engine with wording written
 * for this test: a complaint about the help after staff closed the case, and medicine given on the road,
 * are no danger (the topic model alone had called a full emergency); a relative far away asking what they
 * can do gets the answer on calling from abroad (write here, someone near calls 911, 089), not the safety
 * line meant for the one in danger; the money paid asked back gets the extortion's line; someone asked
 * to contact the person in danger is a person asked for; someone found on the floor not answering is an
 * emergency; the writer safe at home does not replace the place of the danger on the urgent ticket; the
 * office's phone asked in the middle of a topic is the office's.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('a complaint about the help after staff closed the case', () => {
  it.each([
    [
      'es',
      'mi tio murio en houston y lo queremos traer a canatlan, quien paga eso?',
      'oiga ustedes me dejaron a medias, nadie me dijo lo del dinero, no me sirvio de nada',
    ],
    [
      'en',
      'my dad passed away in denver, how do we bring him home to lerdo?',
      'so the lady just closed it and that didnt help, nobody told me who pays for the flight',
    ],
    [
      'ht',
      'frè m mouri Miami, kijan pou n fè pote kò l Ayiti?',
      'yo fèmen l konsa, sa pa ede m menm, pèsonn pa di m konbyen sa koute',
    ],
  ])('is no emergency and gets no safety line (%s)', async (_lang, question, complaint) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(question);
    await a.say('pasame con una persona por favor');
    const ticket = await a.store.getTicket('web:c1');
    expect(ticket).toBeTruthy();
    const turn = await a.say(complaint);
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/911/);
  });
});

describe('medicine given on the road, told with thanks', () => {
  it('is no emergency and gets no safety line', async () => {
    const a = await testAssistant();
    await a.say(
      'my cousin has a cough and fever for 3 days, we are at a shelter in matamoros, where can he see a doctor?',
    );
    a.clock.time += 3_600_000;
    const turn = await a.say(
      'we went to the clinic by the bridge and they gave him medicine! thank you so much',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/911/);
  });
});

describe('in an emergency, a relative far away', () => {
  it.each([
    [
      'es',
      'me hablaron q tienen a mi sobrino en nuevo laredo y piden 80 mil o lo matan',
      'yo vivo en chicago, desde aca que puedo hacer?',
      /otro pa[ií]s/,
    ],
    [
      'en',
      'they have my brother in a house in reynosa and want 6000 dollars by tonight',
      'im in houston, what can i even do from here',
      /another country/,
    ],
    [
      'ht',
      'yo kenbe frè m nan yon kay Tapachula, yo mande lajan pou yo lage l',
      'mwen Miami, kisa m ka fè depi isit?',
      /lòt peyi/,
    ],
  ])('gets what can be done from there (%s)', async (_lang, danger, asked, fromAbroad) => {
    const turn = await afterEmergency(danger, asked);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(fromAbroad);
    expect(texts(turn)).toMatch(/089/);
  });

  it('asking for the money back gets the extortion line', async () => {
    const turn = await afterEmergency(
      'they called my mom, they say they have my cousin and she already sent 5000',
      'can we get the money back?',
    );
    expect(texts(turn)).toMatch(/089/);
    expect(turn.report.topic).toBe('emergency');
  });

  it('asking someone to contact the one in danger gets the queue, not "you are welcome"', async () => {
    const turn = await afterEmergency(
      'my uncle is locked in a trailer on a farm in georgia, the boss took his papers and wont let him go',
      'ok please have someone contact him',
    );
    expect(texts(turn)).not.toMatch(/welcome/i);
    expect(texts(turn)).toMatch(/case number/i);
  });
});

describe('someone found on the floor, not answering', () => {
  it.each([
    ['es', 'mi vecina encontro a mi papa tirado en el piso de la cocina y no responde, yo estoy en dallas'],
    ['en', 'my sister just found my grandpa on the floor of his room in gomez palacio, he is not answering'],
    ['ht', 'vwazen an jwenn manman m ate nan lakou a, li pa reponn, m Boston'],
  ])('is an emergency (%s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('the writer safe at home, in an emergency about someone else', () => {
  it('does not replace the place of the danger on the urgent ticket', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('mi primo se perdio en el desierto cerca de altar, ya no tiene agua');
    const place = 'esta por la brecha al norte de altar, junto a unos postes de luz';
    await a.say(place);
    await a.say('yo estoy bien en mi casa. quien lo va a ir a buscar?');
    const ticket = await a.store.getTicket('web:c1');
    expect(ticket?.place?.text).toContain('postes de luz');
  });
});

describe('the office phone asked in the middle of a topic', () => {
  it.each([
    [
      'en',
      'my son was born in phoenix, how do we get his mexican birth certificate?',
      'thanks, and do you guys have a phone number',
    ],
    [
      'es',
      'mi hijo nacio en phoenix, como le saco el acta mexicana?',
      'gracias, y cual es su telefono de la oficina?',
    ],
  ])('is the office (%s)', async (_lang, question, phone) => {
    const a = await testAssistant();
    await a.say(question);
    const turn = await a.say(phone);
    expect(turn.report.topic).toBe('office_info');
  });
});

describe('nowhere to stay once the danger eased', () => {
  it.each([
    [
      'es',
      'me corte la pierna con una lamina cerca de reynosa y sangra mucho',
      'ya me atendieron en la cruz roja, pero no tengo donde quedarme esta noche',
    ],
    [
      'ht',
      'mari m ap bat mwen kounye a, m fèmen nan chanm nan ak pitit mwen',
      'lapolis vin pran l. men kounye a m pa gen kote pou m dòmi ak pitit la',
    ],
  ])('gets the road’s help, not a place noted (%s)', async (_lang, danger, told) => {
    const turn = await afterEmergency(danger, told);
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/Grupos Beta/);
  });
});

describe('a daily medicine run out, told as a first message', () => {
  it.each([
    [
      'en',
      'my uncle has high blood pressure and ran out of his pills, we are staying at a shelter in nogales',
    ],
    ['es', 'a mi mama se le acabaron las pastillas de la diabetes, estamos en un albergue de saltillo'],
    ['ht', 'grenn tansyon papa m fini, nou nan yon abri nan Tijuana'],
  ])('is care on the road, not an emergency (%s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('pills told beside the wish to die stay an emergency', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'they sent me back to juarez and my wife left with the kids. there is no point no more, i have all my pills here',
    );
    expect(turn.report.emergency).toBe(true);
  });
});
