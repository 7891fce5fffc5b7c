/**
 * What session 112's fresh sets and judge found, each through the real engine with wording written for this test:
 * paperwork, a queue or impatience said to be "killing" one; a wish not to go on told veiled; a Kreyòl call that a son
 * is held for money; a youth gone with a smuggler since last night; a detention centre after a desert rescue; in a
 * danger, where to go from a violent husband and a ride home; in a US pension's talk, a valid social security number told; in ordinary talk what the Grupos Beta
 * give, land kept by a relative, living in Mexico legally as a US citizen, no phone but wifi for therapy, who one must
 * be, a pregnancy to be seen, the papers to send money, and older parents of a son without papers (the readings the
 * model's whole-message reading makes hard to reach with other words: session-112-readings.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('figures of speech and dangers told in other words', () => {
  it('the papers "killing" one, the verb first: the pension, no emergency and no 911', async () => {
    const turn = await lastTurnOf('ya me estan matando con los tramites de la pension de mi papa, que hago');
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('us_pension');
    expect(texts(turn)).not.toMatch(/911/);
  });

  it('a queue "killing" one in Kreyòl, and impatience in Spanish: no emergency and no 911', async () => {
    const ht = await lastTurnOf('fil sa a ap touye m, kilè yo ap ban m kat imanitè a?');
    expect(ht.report.emergency).toBe(false);
    expect(texts(ht)).not.toMatch(/911/);
    const es = await lastTurnOf('me mata la duda, ya quedo mi apostilla?');
    expect(es.report.emergency).toBe(false);
    expect(texts(es)).not.toMatch(/911/);
  });

  it('a wish not to go on, told veiled after asking for therapy: the emergency', async () => {
    const turn = await lastTurnOf(
      'dan apoyo psicologico? ando muy triste',
      'la neta mejor ya no estar aqui, para que sigo',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a call to a mother in Haiti that her son is held for money: the emergency', async () => {
    const turn = await lastTurnOf(
      'mwen ann ayiti, pitit fi m nan meksik, yon moun rele m di yo kenbe l nan sonora, yo mande kob',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('gone with a smuggler, no answer since last night: the emergency, in Spanish and English', async () => {
    const es = await lastTurnOf('mi sobrino de 15 se fue con un pollero y desde anoche no contesta');
    expect(es.report.emergency).toBe(true);
    const en = await lastTurnOf('my brother left with a smuggler yesterday and we havent heard from him');
    expect(en.report.emergency).toBe(true);
  });

  it('taken to a detention centre after a rescue in the desert: no kidnapping', async () => {
    const turn = await lastTurnOf(
      'we got lost near sasabe and border patrol picked us up',
      'they took us to a detention center in nogales',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('in a danger, what is asked next', () => {
  it('where to go from a violent husband, in Kreyòl: the places for women, not asylum', async () => {
    const turn = await afterEmergency(
      'mari m bat mwen chak jou e jodi a li menase m ak yon manchèt, m nan monterrey',
      'mwen vle kite l, kote m ka ale ak pitit yo',
    );
    expect(texts(turn)).toMatch(/Centros de Justicia para Mujeres|FEVIMTRA/);
    expect(texts(turn)).not.toMatch(/COMAR/);
  });

  it('somewhere to go tonight with the children, asked in Kreyòl under threats: the refuge, not the road', async () => {
    const turn = await afterEmergency(
      'mari m di l ap touye m aswe a, li gen yon kouto, m nan gomez palacio ak de timoun',
      'eske gen yon kote pou nou ale ak timoun yo aswe a?',
    );
    expect(texts(turn)).toMatch(/Centros de Justicia para Mujeres|FEVIMTRA/);
    expect(texts(turn)).not.toMatch(/Grupos Beta/);
  });

  it('a ride home to Durango asked while followed: the repatriation modules', async () => {
    const turn = await afterEmergency(
      'me deportaron a reynosa y unos vatos me andan siguiendo, dicen que me van a levantar',
      'me pueden mandar a mi casa en durango?',
    );
    expect(texts(turn)).toMatch(/Módulos de Repatriación/);
  });
});

describe('in a US pension talk', () => {
  it('a valid social security number told: whether he qualifies', async () => {
    const turn = await lastTurnOf(
      'my mom worked in california 18 years and lives in durango now, can she get social security?',
      'she always had her own social security number',
    );
    expect(turn.report.facet).toBe('eligibility');
    expect(texts(turn)).toMatch(/more than ten years/);
  });
});

describe('in ordinary talk', () => {
  it('what the Grupos Beta give, asked after the road help: their own answer', async () => {
    const en = await lastTurnOf(
      'my cousin is crossing sonora, who helps migrants on the road?',
      'what sort of help do they offer',
    );
    expect(texts(en)).toMatch(/rescue people in danger/);
    const ht = await lastTurnOf('kiyès ki ka ede nou sou wout la nan meksik?', 'e gwoup beta a, kisa yo fè?');
    expect(texts(ht)).toMatch(/sove moun ki an danje/);
  });

  it('land kept by a relative: legal advice', async () => {
    const turn = await lastTurnOf(
      'mi hermano se quiere quedar con la casa de mi mama en canatlan, me pueden orientar?',
    );
    expect(turn.report.topic).toBe('legal_advice');
  });

  it('a US citizen asking to live in Mexico legally with a deported husband: status in Mexico', async () => {
    const turn = await lastTurnOf(
      "My husband got deported to Gomez Palacio and I'm a US citizen. I want to move there with him. What do I need to live in Mexico legally?",
    );
    expect(turn.report.topic).toBe('mx_status');
  });

  it('no phone, only wifi, while therapy is talked about: how the care is given', async () => {
    const turn = await lastTurnOf(
      'dan terapia a migrantes? ando con mucha ansiedad',
      'no tengo saldo, nomas wifi',
    );
    expect(turn.report.facet).toBe('where');
    expect(texts(turn)).toMatch(/aplicaciones/);
  });

  it('whether one must be from Durango: who qualifies, not which papers', async () => {
    const turn = await lastTurnOf(
      'i need therapy, i have anxiety since i left my kids in mexico',
      'do i have to be from durango?',
    );
    expect(turn.report.facet).toBe('eligibility');
  });

  it('a pregnancy to be seen, for a foreigner on the way: care on the road, not status nor therapy', async () => {
    const turn = await lastTurnOf(
      'soy de guatemala, estoy en saltillo con 8 meses de embarazo y me duele mucho la espalda, donde me pueden revisar?',
    );
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });

  it('the papers to send money with FINABIEN: the card and the IDs it takes, not a business programme', async () => {
    const turn = await lastTurnOf(
      'quiero poner un negocio en durango',
      'what documents do i need to send money with finabien?',
    );
    expect(turn.report.facet).toBe('documents');
    expect(texts(turn)).toMatch(/matrícula consular/);
  });

  it('older parents of a son without papers, in a visa talk: the programme for them', async () => {
    const turn = await lastTurnOf(
      'ocupo ayuda con la visa de mis papas pal consulado de monterrey',
      'mi ama tiene 68 y mi apa 71, yo estoy en chicago sin papeles',
    );
    expect(turn.report.topic).toBe('family_reunification');
  });
});
