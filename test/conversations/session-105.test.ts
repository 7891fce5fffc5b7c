/**
 * What session 105's fresh sets and judge found, each through the real engine with wording written for this test:
 * a call saying the writer is arrested with money asked, "they help or hand you over?", studies to finish, a Haitian
 * pregnancy never checked, waiting for a card "killing" one, a bed or a place for deported people asked in a danger,
 * going to the office with thanks, a person asked to help or said yes to with more words, a name told with "he's", the
 * last place told before the search's form, the report asked in it, a group heading for the border, and where to take a
 * child who gets worse asked in line.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('dangers and look-alikes', () => {
  it('a call to the family saying the writer is arrested, with money asked: the extortion line', async () => {
    const turn = await lastTurnOf(
      'somebody phoned my mom in gomez palacio saying im arrested and she needs to wire bail money, but im fine at home',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/before you pay or deposit/);
  });

  it('whether the Grupos Beta help or hand one over: their answer, no emergency', async () => {
    const turn = await lastTurnOf('oiga y los de grupo beta si ayudan o te entregan a migracion?');
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('studies to finish, told after schooling: no safety line', async () => {
    const turn = await lastTurnOf(
      'mwen gen de pitit, m vle mete yo lekol isit nan Meksik',
      'epi mwen menm m ta vle fini etid mwen, m pa t fini lise',
    );
    expect(texts(turn)).not.toMatch(/911/);
  });

  it('a Haitian pregnancy never checked, in Palenque: the care there', async () => {
    const turn = await lastTurnOf(
      'm ansent 5 mwa, m poko janm we dokte depi m soti ayiti, m nan palenque kounye a',
    );
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/Palenque/);
  });

  it('waiting for a card "killing" one, in Kreyòl: no safety line', async () => {
    const turn = await lastTurnOf('tann kat rezidan an ap touye m, sa fe 4 mwa depi m ap tann');
    expect(texts(turn)).not.toMatch(/911/);
  });
});

describe('in a danger', () => {
  it('somewhere to sleep asked: the shelters, not psychological support', async () => {
    const turn = await afterEmergency(
      'got deported 3 days ago and i dont want to live anymore, i want to end it all',
      'is there somewhere we can sleep tonight?',
    );
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/shelter/i);
  });

  it('a place for deported people asked: the help after a deportation', async () => {
    const turn = await afterEmergency(
      'got deported this morning and some guys beat me and took my money',
      'is there a place for deported people there',
    );
    expect(turn.report.topic).toBe('deportee_support');
  });
});

describe('in a conversation', () => {
  it('going to the office tomorrow, with thanks: a goodbye, not the address again', async () => {
    const turn = await lastTurnOf(
      'necesito apostillar el acta de mi hijo que nacio en texas',
      'es para meterlo a la escuela aca',
      'a que horas abren',
      'y donde estan',
      'ok ahi le caigo mañana gracias',
    );
    expect(turn.report.topic).toBe('none');
    expect(texts(turn)).not.toMatch(/Juárez #144/);
  });

  it('a person asked to help fill the form, to the offer: queued', async () => {
    const turn = await lastTurnOf(
      'quiero pedir asilo aqui en mexico, como le hago',
      'me puede ayudar una persona a llenar la solicitud',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('a yes with a please and news, to the offer: queued', async () => {
    const turn = await lastTurnOf(
      'my dad is very sick in a hospital in Chicago, can my sister in Durango get an urgent permit to go see him?',
      'yes please its urgent, the doctors say he has only days',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('a yes naming the person after a complaint: queued', async () => {
    const turn = await lastTurnOf(
      'can you help me get a us passport for my son, he was born in arizona',
      'this is not what i asked. whatever. yes, a person please',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('a person asked for with the child still feverish, on the road: queued', async () => {
    const a = await testAssistant();
    await a.say(
      'venimos de guatemala, mi niño de 4 años tiene calentura desde ayer, donde lo pueden ver gratis?',
    );
    await a.say('estamos en saltillo');
    const turn = await a.say('si porfa con una persona, el niño sigue con calentura');
    expect(turn.report.queued).toBe(true);
  });

  it('a group heading for the border: the help on the road', async () => {
    const turn = await lastTurnOf('bonswa nou se 8 moun nou nan Puebla nou pral nan fwontye a');
    expect(turn.report.topic).toBe('transit_safety');
  });
});

describe('a question beside what is told', () => {
  it('where it is done, with the town told: where', async () => {
    const turn = await lastTurnOf(
      'buenas tardes ocupo sacar la doble nacionalidad de mi niño nacio en austin',
      'cuanto cuesta? ando corto de dinero',
      'y q papeles ocupo',
      'donde se hace, yo estoy en gomez palacio',
    );
    expect(turn.report.facet).toBe('where');
  });

  it('papers had, then whether the programme fits: who qualifies', async () => {
    const turn = await lastTurnOf(
      'my grandpa lives in durango and we want him to visit us in texas, we are citizens',
      'we have papers, does that abrazando almas program still apply to us?',
    );
    expect(turn.report.facet).toBe('eligibility');
  });

  it('thanks said again in line: a word back', async () => {
    const turn = await lastTurnOf(
      'mi tio murio en monterrey y queremos llevarlo a su pueblo',
      'necesito hablar con una persona',
      'ok espero',
      'gracias',
    );
    expect(texts(turn)).toMatch(/Con gusto/);
  });
});

describe('the search', () => {
  it('a name told with "he’s" and his age: the name alone is noted', async () => {
    const turn = await lastTurnOf(
      'my brother was crossing in arizona and nobody has heard from him in 5 days',
      'his name is pedro ramirez hes 31 from canatlan',
    );
    expect(texts(turn)).toMatch(/pedro ramirez\n/i);
    expect(texts(turn)).not.toMatch(/ramirez hes/i);
  });

  it('the last place told before the form: offered at its question', async () => {
    const turn = await lastTurnOf(
      'busco a mi hermano salio de honduras hace un mes, la ultima vez estaba en tapachula',
      'se llama mario lopez y tiene 25',
    );
    expect(texts(turn)).toMatch(/tapachula/);
  });

  it('how to file the report, asked in the form: the search’s steps', async () => {
    const turn = await lastTurnOf(
      'my cousin was crossing through sonora and we havent heard from him in a week',
      'his name is luis soto',
      'how do we file a missing person report',
    );
    expect(turn.report.topic).toBe('locate_person');
  });
});

describe('in line', () => {
  it('where to take a child who gets worse, in a town the sources do not name: that said, and 911', async () => {
    const a = await testAssistant();
    await a.say(
      'vengo de honduras con mi niña de 2 años, tiene calentura desde ayer, donde la pueden ver sin pagar?',
    );
    await a.say('estamos en Torreón');
    await a.say('con una persona por favor');
    await a.say('oiga y yo puedo pedir asilo aqui en mexico?');
    const turn = await a.say('gracias. y si la niña empeora a donde la llevo aqui en torreon?');
    expect(texts(turn)).toMatch(/Torre[oó]n/);
    expect(texts(turn)).toMatch(/911/);
  });
});
