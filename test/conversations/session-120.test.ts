/**
 * What session 120's fresh sets and judge found, each through the real engine with wording written for this test: in a
 * danger, a child gone off with them told with "we are fine", a call made from a stranger's phone, a relative said to be
 * ok now, papers feared lost by leaving, what to do so that he does not take the children, the danger told again with
 * help begged; a partner's blow told with "yesterday" in the middle of a procedure; in ordinary talk, a mother's anger
 * and a relative's truck that are no danger, "not an emergency" said outright, an expired card that is no medicine run
 * out, what if it gets bad on the way home, whether the assistant speaks one's language, someone to talk to, staff's
 * word hoped for, and the last answer again in another language while in line; and what a review found them taking too
 * far. Each fails on 1da1c41, the review's on cc2cdb8.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in a danger, what is said next', () => {
  it('a child gone off with them, "nou byen" beside it: the kidnapping’s line, not the danger over', async () => {
    const turn = await afterEmergency(
      'gen de mesye ki kidnape pitit fi mwen an nan tèminal Monterrey',
      'yo pati ak pitit mwen an, nou menm nou byen',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/kidnape/);
    expect(texts(turn)).not.toMatch(/pa an danje/);
  });

  it('he called from a stranger’s phone: still cut off, not safe', async () => {
    const turn = await afterEmergency(
      'my brother just got robbed at gunpoint on the highway, he is hiding behind a store',
      'he lost his phone, he called me from the store clerks phone',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/glad you are safe/);
  });

  it('a relative said to be ok now, help with him: the danger over', async () => {
    const turn = await afterEmergency(
      'my brother just got robbed at gunpoint on the highway, he is hiding behind a store',
      'ok hes okay now, the cops are there with him',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('whether leaving him costs her papers: her status in Mexico, not a pension’s papers', async () => {
    const a = await testAssistant();
    await a.say('mari m bat mwen, li fèmen pòt la sou mwen');
    const turn = await a.say('si m ale kite l, eske migrasyon ka anile kat mwen? se li ki te fè papye yo');
    expect(turn.report.topic).toBe('mx_status');
  });

  it('what to do so that he does not take the children: the danger’s line, not the procedure’s steps', async () => {
    const a = await testAssistant();
    await a.say('hola, necesito un acta de nacimiento de Durango y vivo en Houston');
    await a.say('mi marido me golpeo y dice que se va a llevar a mis hijos');
    const turn = await a.say('ya se fue. que hago para que no se lleve a los niños?');
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).not.toMatch(/Los Ángeles o Chicago/);
  });
});

describe('a danger told again', () => {
  it('with help begged, after what to do was answered: the danger’s lines, not her words noted back', async () => {
    const turn = await lastTurnOf(
      'mi marido me pego anoche y me quiere quitar a los niños, tengo miedo',
      'el no esta ahorita. que hago?',
      'no es eso!! mi marido me golpea, necesito ayuda',
    );
    expect(texts(turn)).toMatch(/aléjate/);
    expect(texts(turn)).not.toMatch(/^Anotado/);
  });
});

describe('a danger told in the middle of a procedure', () => {
  it('a partner’s blow "ayer": the emergency, not the procedure’s text', async () => {
    const turn = await lastTurnOf(
      'buenas, ocupo apostillar el acta de mi hijo que nacio en Dallas',
      'oiga, otra cosa: mi marido ayer me pego y me dijo que se lleva a los niños pa mexico, tengo miedo',
    );
    expect(turn.report.emergency).toBe(true);
  });
});

describe('in ordinary talk', () => {
  it('a mother’s anger over a visa or a relative’s truck coming: no danger', async () => {
    const mother = await lastTurnOf(
      'my mother is going to kill me if i dont get her visa appointment, she is 68',
    );
    expect(mother.report.emergency).toBe(false);
    expect(texts(mother)).not.toMatch(/911/);
    const truck = await afterEmergency(
      'nos dejaron en el desierto cerca de sasabe, no tenemos agua',
      'gracias, ya veo la camioneta de mi primo que viene por nosotros',
    );
    expect(texts(truck)).not.toMatch(/aléjate/);
  });

  it('"no es urgencia" said outright: no emergency on the model’s word alone', async () => {
    const turn = await lastTurnOf(
      'tengo 7 meses de embarazo y nunca me han revisado, donde me atienden sin papeles',
      'no estoy cerca de ninguno, ando en saltillo. solo quiero que me revisen, no es urgencia',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('an expired card told with where to renew it: the card, not the clinics', async () => {
    const turn = await lastTurnOf(
      'bonswa, mwen gen yon kat imanitè',
      'kat mwen an fini depi 3 mwa, ki kote pou m ale renouvle l?',
    );
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).not.toMatch(/IMSS-Bienestar/);
  });

  it('what if it gets bad on the way home after a deportation: the line for when it gets worse', async () => {
    const turn = await lastTurnOf(
      'a mi papa lo deportaron por reynosa y se quedo sin su medicina de la diabetes',
      'como se regresa a durango? no tiene dinero',
      'y si se pone malo en la carretera q hacemos?',
    );
    expect(texts(turn)).toMatch(/911/);
  });

  it('whether the assistant speaks one’s own language, as a first message: yes, in it, no staff', async () => {
    const haitian = await lastTurnOf('bonswa, ou pale kreyòl?');
    expect(haitian.report.queued).toBe(false);
    expect(texts(haitian)).toMatch(/an Kreyòl/);
    const spanish = await lastTurnOf('buenas tardes, hablas español?');
    expect(spanish.report.queued).toBe(false);
    expect(texts(spanish)).toMatch(/español/);
  });

  it('someone to talk to, asked in the middle of an answer: the person', async () => {
    const turn = await lastTurnOf(
      'my dad worked 20 years in arizona, how does he get his social security',
      'is there anybody in the office i could talk to in spanish',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('staff’s word hoped for after an answer: the person', async () => {
    const turn = await lastTurnOf(
      'donde me pueden revisar el embarazo sin papeles, estoy en saltillo',
      'ok muchas gracias, espero que me escriban',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('another language asked in line: the last answer again in it', async () => {
    const a = await testAssistant();
    await a.say('quiero hablar con alguien del instituto');
    await a.say('cuanto cuesta registrar a mi niño nacido en texas');
    const turn = await a.say('me lo puedes escribir en ingles para mi esposo?');
    expect(texts(turn)).toMatch(/dual nationality/);
  });
});

describe('what a review found the session taking too far', () => {
  it('a wife’s threat over an appointment, told with a stabbing: the danger', async () => {
    const turn = await lastTurnOf(
      'my wife will kill me if i go to the visa appointment, she stabbed my arm last night',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a ransom still asked after "he’s ok now": the kidnapping goes on', async () => {
    const turn = await afterEmergency(
      'they kidnapped my brother in reynosa and want 5000 dollars',
      'they sent a photo, hes ok now, they want the money by tonight',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/glad you are safe/);
  });

  it('a child taken to school: no kidnapping', async () => {
    const turn = await lastTurnOf('bonjou, yo ale ak pitit mwen lekòl la, eske m ka fè paspò pou li?');
    expect(turn.report.emergency).toBe(false);
  });

  it('a boss’s threat to keep the papers of those held: the danger’s line, not a status', async () => {
    const turn = await afterEmergency(
      'the boss locks us in the warehouse every night and does not pay us',
      'he says he will take my papers if we try to leave, what do we do?',
    );
    expect(turn.report.topic).not.toBe('mx_status');
  });
});
