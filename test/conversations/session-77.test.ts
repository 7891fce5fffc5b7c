/**
 * What session 77's fresh sets found, each through the real engine with wording written for this test:
 * once staff hold an urgent case, a procedure asked after the danger is answered at once and a place told
 * to the staff member's question goes on the ticket; a person refused is no person asked for; a parent
 * away, told for a child's papers, is no emergency; an infected wound on the road is care; being reported
 * to immigration feared in an emergency is that fear, not "I cannot call".
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('an urgent case a staff member holds', () => {
  async function heldUrgent() {
    const a = await testAssistant({ channel: 'web' });
    const first = await a.say('a mi hermano lo tienen encerrado en una bodega, piden 5 mil dolares por el');
    expect(first.report.emergency).toBe(true);
    await a.engine.staff.take('web:c1', 'rosa');
    await a.engine.staff.reply('web:c1', 'rosa', 'Hola, soy Rosa. ¿Dónde está la bodega?');
    return a;
  }

  it('keeps the place told to the staff member and says so', async () => {
    const a = await heldUrgent();
    const turn = await a.say('en matamoros, atras de una llantera por la carretera a reynosa');
    expect(texts(turn)).toMatch(/llantera/);
    expect(texts(turn)).not.toMatch(/Calle Juárez #144/);
    const ticket = await a.store.getTicket('web:c1');
    expect(ticket?.place?.text).toMatch(/llantera/);
  });

  it('answers a procedure asked once the danger is over, while the staff member just wrote', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('my cousin is locked in a trailer by the guys who crossed him, they want 3000 dollars');
    await a.engine.staff.take('web:c1', 'rosa');
    await a.engine.staff.reply('web:c1', 'rosa', 'Hi, this is Rosa. Where is the trailer? Did you call 911?');
    const calmed = await a.say('ya he got out, the police came');
    expect(calmed.report.emergency).toBe(false);
    const turn = await a.say('what happens now? can he get papers to stay in mexico?');
    expect(texts(turn)).toMatch(/INM|TVRH/);
    expect(texts(turn)).toMatch(/sees this too/);
  });
});

describe('a person refused', () => {
  it.each([
    [
      'es',
      'mi papá trabajó 20 años en california, ¿le toca pensión?',
      'no quiero hablar con una persona, nomas la informacion',
    ],
    [
      'en',
      'my dad worked 20 years in texas, can he get social security?',
      'i dont want to talk to anyone, just the info pls',
    ],
    [
      'ht',
      'kijan pou m jwenn viza ameriken pou m al wè sè m Boston?',
      'm pa vle pale ak moun, m jis bezwen enfòmasyon',
    ],
  ])('is not queued for staff (%s)', async (_lang, question, refusal) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(question);
    const turn = await a.say(refusal);
    expect(turn.report.queued).toBe(false);
    expect(await a.store.getTicket('web:c1')).toBeFalsy();
  });
});

describe('a parent away, told for a child’s papers', () => {
  it('is no emergency', async () => {
    const a = await testAssistant();
    await a.say('como le saco el pasaporte americano a mi hija? nacio en dallas');
    const turn = await a.say('tiene 6 años y solo estoy yo, su papá no vive con nosotras');
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/911/);
  });
});

describe('an infected wound on the road', () => {
  it('is care, not the emergency flow', async () => {
    const a = await testAssistant();
    const turn = await a.say('m blese nan janm mwen depi semèn pase sou wout la, kounya li wouj e li gen pi');
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('in an emergency, immigration called feared', () => {
  it('is the fear of what help brings, not a phone they lack', async () => {
    const turn = await afterEmergency(
      'gen 2 mesye deyò a k ap menase m, yo di y ap touye m, m kache nan yon kay',
      'm pa gen papye, yo pral rele migrasyon?',
    );
    expect(texts(turn)).not.toMatch(/San kredi/);
  });
});
