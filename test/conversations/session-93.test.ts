/**
 * What session 93's fresh sets and judge found, each through the real engine with wording written for this test: in
 * an emergency, "should I pay?" is answered "do not pay yet", where the money would go is no place, help that reached
 * them or a threat that stopped is good news, someone who thought of suicide and feels better is glad-to-hear, police
 * who want money or jail are a danger and a 911 that ignored them gets what to do; on the road, a healing cut with
 * bandages run out is care, "what if I start feeling bad?" gets the 911 line and a town asked again gets the sources'
 * silence said plainly; counselling asked (even first, even with "I can't leave the kids"), a Texas birth certificate,
 * papers to work in Mexico, a complaint about an officer's bribe, "Paisano, kisa sa ye?", a job during a business, a
 * shelter in Kreyòl and sadness said plainly each get their own answer.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

const CALL =
  'unos tipos me hablaron que tienen a mi sobrino en matamoros y que si no les mando 40 mil lo matan';

describe('paying asked in an extortion', () => {
  it.each([
    ['es', CALL, 'les mando el dinero o que hago?', /no pagues todavía/],
    [
      'en',
      'a man called my wife saying they kidnapped our son in reynosa, they want 5000',
      'should we send it?',
      /do not pay yet/,
    ],
    [
      'ht',
      'yon moun rele m li di yo kidnape frè m nan monterrey, yo vle 2000 dola',
      'eske m voye lajan an?',
      /pa peye kounye a/,
    ],
  ])('is answered "do not pay yet" (%s)', async (_lang, danger, asked, line) => {
    const turn = await afterEmergency(danger, asked);
    expect(texts(turn)).toMatch(line);
  });

  it('where the money would go is no place of the danger', async () => {
    const turn = await afterEmergency(
      'someone called my dad saying they have me and want 20 thousand pesos, im fine im in dallas',
      'he already went to the bank, should he still pay?',
    );
    expect(texts(turn)).not.toMatch(/Place noted/);
    expect(texts(turn)).toMatch(/do not pay yet/);
  });
});

describe('good news in an emergency', () => {
  it.each([
    [
      'en',
      'we are lost in the desert near altar, no water since yesterday',
      'a helicopter just spotted us, it is landing now',
      /glad help is there/,
    ],
    [
      'en',
      'my sister is alone at the bus station in torreon and some men are following her',
      'the national guard is here now, they are speaking with her',
      /glad help is there/,
    ],
    [
      'ht',
      'nou pèdi nan dezè a toupre sasabe ak yon timoun, nou pa gen dlo',
      'migrasyon jwenn nou, yo ban nou dlo, timoun nan byen',
      /kontan/,
    ],
    [
      'ht',
      'yon nonm ap rele m chak jou li di l ap touye m si m pa ba l lajan',
      'm bloke nimewo l, li pa rele m ankò',
      /kontan/,
    ],
  ])('is said back as good news (%s: %s)', async (_lang, danger, news, line) => {
    const turn = await afterEmergency(danger, news);
    expect(texts(turn)).toMatch(line);
  });

  it('someone who thought of suicide and feels better is glad to hear it, not told they are out of danger', async () => {
    const turn = await afterEmergency(
      'ya no quiero vivir, pienso en quitarme la vida',
      'ya me siento un poco mejor, gracias por escucharme',
    );
    expect(texts(turn)).toMatch(/Qué bueno que te sientes un poco mejor/);
    expect(texts(turn)).not.toMatch(/no estás en peligro/);
  });
});

describe('dangers read and called', () => {
  it('police who want money or else jail and a beating are a danger', async () => {
    const turn = await lastTurnOf(
      'los policias de lerdo me quitaron la camioneta y dicen q si no les doy 10 mil me meten al bote y me dan una calentada',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it('a 911 that ignored them gets what to do when 911 does not help', async () => {
    const turn = await afterEmergency(CALL, 'ya le hable al 911 y no me hacen caso, que hago');
    expect(texts(turn)).toMatch(/vuelve a intentarlo/);
  });
});

describe('care on the road', () => {
  it('a healing cut with the bandages run out is care, not the emergency', async () => {
    const turn = await lastTurnOf(
      'my hand got cut on the wire, its healing but i ran out of antibiotics and bandages. we are in mexicali',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });

  it('"what if I start feeling bad?" gets the 911 line', async () => {
    const turn = await lastTurnOf(
      'se me acabaron mis pastillas de la presion, voy de paso en mexicali, donde me dan',
      'y si me empiezo a sentir mal en el camino?',
    );
    expect(texts(turn)).toMatch(/911/);
  });

  it('a town asked again after the sources named none gets their silence said plainly, with staff to look', async () => {
    const turn = await lastTurnOf(
      'mi niño de 4 años tiene calentura desde ayer, estamos en saltillo, donde lo llevo',
      'estamos en SALTILLO no en juarez, hay clinica aqui?',
    );
    expect(texts(turn)).toMatch(/ninguna clínica ni lugar de atención en Saltillo/);
    expect(texts(turn)).toMatch(/puede buscar uno cerca de ti/);
  });
});

describe('questions that belong to another answer', () => {
  it('counselling asked first, beside a deportation, is psychological support', async () => {
    const turn = await lastTurnOf(
      'my husband was deported two years ago and i stayed in lerdo with the kids, its been really hard lately. do you have counseling?',
    );
    expect(turn.report.topic).toBe('psych_support');
  });

  it('"I can\'t leave the kids" with a psychologist asked is no one held', async () => {
    const turn = await lastTurnOf(
      'do you have psychologists?',
      'is it online? i cant leave my children alone',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/Anti-Trafficking/);
  });

  it('a birth certificate from a US state is the US records the Institute asks for', async () => {
    const turn = await lastTurnOf(
      'hey so i was born in texas but i live in pueblo nuevo durango now, i need to get my first us passport. can u guys help',
      'ok. also they told me i need a certified copy of my birth certificate from texas, can you get that for me?',
    );
    expect(turn.report.topic).toBe('apostille');
    expect(texts(turn)).not.toMatch(/Durango birth certificates/);
  });

  it('papers to work in Mexico asked on the road is status in Mexico', async () => {
    const turn = await lastTurnOf(
      'soy de honduras, ando de paso por torreon y necesito donde dormir',
      'ok gracias. oiga y que papel me piden pa trabajar en mexico??',
    );
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/TVRH/);
  });

  it('a complaint about an officer who took money is the complaint, not the cost', async () => {
    const turn = await lastTurnOf(
      'what is the paisano program',
      'at a checkpoint in chihuahua a customs officer made me pay 100 dollars, can i complain about him?',
    );
    expect(texts(turn)).toMatch(/takes complaints against officials/);
  });

  it('a programme named before "kisa sa ye?" is that programme', async () => {
    const turn = await lastTurnOf(
      'm bezwen mande kat imanitè a',
      'Mèsi anpil. Epi Paisano a, kisa sa ye? yon zanmi m pale m de li',
    );
    expect(turn.report.topic).toBe('paisano');
  });

  it('a job asked while a business is discussed is the employment service', async () => {
    const turn = await lastTurnOf(
      'me regrese de texas y quiero abrir una tiendita, hay apoyos?',
      'y si no jala el negocio, hay trabajo? se de electricidad',
    );
    expect(turn.report.topic).toBe('reintegration');
    expect(texts(turn)).toMatch(/Servicio Nacional de Empleo/);
  });

  it('a shelter asked in Kreyòl with "albèg" names the shelters', async () => {
    const turn = await lastTurnOf('m ayisyen m ap pase nan meksik', 'èske gen albèg pou migran sou wout la?');
    expect(texts(turn)).toMatch(/abri/);
  });

  it('sadness said plainly mid-conversation is psychological support', async () => {
    const turn = await lastTurnOf(
      'i got deported last month, how do i get my mexican id',
      'honestly i feel so alone, everything i had is gone',
    );
    expect(turn.report.topic).toBe('psych_support');
  });
});
