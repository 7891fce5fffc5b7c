/**
 * What session 89's fresh sets found (its judge's findings: session-89-judges.test.ts), each through the real engine
 * with wording written for this test: a stranger's child alone told with where the child is from, money for papers
 * demanded "or I'll have migration arrest you", "he calls me every day, he knows where I live" and someone left in
 * the desert days ago are emergencies; a cut that stopped bleeding, a pregnancy never checked in other words and a
 * relative held by ICE are not the emergency flow; in an emergency, fear of the police hears of 089, a doctor needed
 * gets where to be seen, a complaint about the police the CNDH, "can you look for him?" the search, "they only speak
 * Spanish" the words to say; a town asked right after the road's care is where care is sought.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('dangers told in words no pattern held', () => {
  it.each([
    ['ht', 'gen yon ti fi ondiryen 9 an ki pou kont li bò tèminal la, manman l te mouri sou wout la'],
    ['es', 'hay una niña guatemalteca de 7 años sola en la central, su mamá murió en el camino'],
    ['ht', 'yon nonm di m fòk m ba l 2000 peso pou papye a, si m pa peye l ap fè migrasyon arete m'],
    ['es', 'un señor me pide 5 mil por la tarjeta y dice que si no le pago me van a deportar'],
    ['en', 'my ex calls me every day and he knows where i live now'],
    ['ht', 'li rele m chak jou, li konnen kote m rete'],
    [
      'en',
      'my brother crossed by lukeville 3 days ago with a smuggler, no one has heard from him and the smuggler says he was left behind in the desert',
    ],
  ] as const)('is an emergency (%s: %s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it('someone lost in the desert weeks ago is a search', async () => {
    const a = await testAssistant();
    const turn = await a.say('my uncle got lost in the desert 3 weeks ago, how do we look for him');
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('locate_person');
  });
});

describe('care, not the emergency flow', () => {
  it('a cut that stopped bleeding, where to see a doctor, is care on the road', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'i cut my leg on the wire in mexicali, it stopped bleeding but its red and swollen, where can i see a doctor',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/IMSS/);
  });

  it('a pregnancy never checked, told in other words, is care', async () => {
    const a = await testAssistant();
    const turn = await a.say('tengo 6 meses de embarazo y no me he hecho ningún control, estoy en tijuana');
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS/);
  });

  it('a relative held by ICE who needs his medicine is a search, not clinics in Mexico', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'my husband was picked up by ICE 4 days ago in denver, they wont say where he is, he is diabetic and needs his insulin',
    );
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).not.toMatch(/IMSS/);
  });
});

describe('in an emergency, what the person asks next', () => {
  it('fear of the police hears of the anonymous line', async () => {
    const turn = await afterEmergency(
      'me violaron anoche en el cuarto donde me quedo',
      'no quiero ir a la policía, tengo miedo que me deporten',
    );
    expect(texts(turn)).toMatch(/089/);
  });

  it('a doctor needed gets where to be seen, not the wait', async () => {
    const turn = await afterEmergency(
      'me violaron anoche en el cuarto donde me quedo',
      'necesito un doctor, me duele mucho',
    );
    expect(texts(turn)).toMatch(/IMSS/);
  });

  it('a complaint about the police who beat them gets the CNDH', async () => {
    const turn = await afterEmergency(
      'unos policías me golpearon y me quitaron mi dinero',
      'fueron los policías, ¿con quién me quejo?',
    );
    expect(texts(turn)).toMatch(/CNDH/);
  });

  it('"can you look for him?" during a kidnapping gets the search', async () => {
    const turn = await afterEmergency(
      'secuestraron a mi hermano en tamaulipas, piden 5 mil dólares',
      'ya hablé al 911. ¿ustedes lo pueden buscar?',
    );
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).toMatch(/CNB|Búsqueda/);
  });

  it('"they only speak Spanish" gets the words to say', async () => {
    const turn = await afterEmergency(
      'the smuggler left us in the desert near nogales, we have no water',
      'we called 911 but they only speak spanish. what do we do',
    );
    expect(texts(turn)).toMatch(/Es una emergencia/);
  });

  it('how a deported boy gets to Durango is the help after a deportation', async () => {
    const turn = await afterEmergency(
      'some men are following my nephew in juarez right now, he was deported last night',
      'how does he get to durango? his grandpa lives in lerdo',
    );
    expect(turn.report.topic).toBe('deportee_support');
  });
});

describe('the road’s care, then a town', () => {
  it('a town asked right after the care is where care is sought', async () => {
    const a = await testAssistant();
    await a.say('se me acabaron las pastillas de la presión, voy de paso por el norte, dónde me atienden');
    const turn = await a.say('y en monclova no hay?');
    expect(texts(turn)).toMatch(/Monclova/);
    expect(turn.report.facet).toBe('where');
  });

  it('a new topic asked right after the care is that topic', async () => {
    const a = await testAssistant();
    await a.say('m ansent 6 mwa, m nan Monterrey, m poko fè kontwòl, ki kote m ka wè doktè?');
    const turn = await a.say('m vle mande refij tou. ki kote COMAR ye nan Monterrey?');
    expect(turn.report.topic).toBe('asylum');
  });
});

describe('more read in context', () => {
  it('a bribe asked on the way home is a Paisano complaint, not the psychologists', async () => {
    const a = await testAssistant();
    await a.say('voy a bajar de chicago en diciembre en la troca, q puedo traer sin pagar impuestos');
    const turn = await a.say('y si un agente me pide mordida donde me quejo');
    expect(turn.report.topic).toBe('paisano');
    expect(texts(turn)).toMatch(/quejas/);
  });

  it('a brother held in a US jail who is beaten is no emergency flow', async () => {
    const a = await testAssistant();
    const turn = await a.say('mi tio esta preso en texas y dice q los guardias lo golpean, q hacemos');
    expect(turn.report.emergency).toBe(false);
  });

  it('"what if the pains start early" in pregnancy gets the line to call', async () => {
    const a = await testAssistant();
    await a.say('estoy embarazada de 8 meses, soy de honduras, como arreglo mis papeles en mexico?');
    const turn = await a.say('y si me empiezan los dolores antes de tiempo?');
    expect(texts(turn)).toMatch(/911/);
  });

  it('someone to talk to, asked crying in an emergency, gets the psychologists', async () => {
    const turn = await afterEmergency(
      'me violaron anoche en el cuarto donde me quedo',
      '¿hay alguien con quien hablar? no puedo dejar de llorar',
    );
    expect(turn.report.topic).toBe('psych_support');
  });

  it('"how do I find out where she is" in Kreyòl in an emergency is the search', async () => {
    const turn = await afterEmergency(
      'migrasyon arete madanm mwen ki ansent nan Tapachula, li pa ka respire byen',
      'kijan pou m konnen ki kote li ye kounye a?',
    );
    expect(turn.report.topic).toBe('locate_person');
  });

  it('"send it to staff" at the contact question sends the form', async () => {
    const a = await testAssistant();
    await a.say('mi tío murió en phoenix y lo queremos traer a durango');
    for (const answer of [
      '1',
      'Jesús Ortiz Vega',
      'phoenix arizona',
      'hace una semana',
      'mi tío',
      'tepehuanes durango',
    ])
      await a.say(answer);
    const turn = await a.say('por aquí mismo. ya mándelo al personal, quiero hablar con alguien');
    expect(turn.report.queued).toBe(true);
  });
});
