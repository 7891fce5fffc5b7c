/**
 * What session 102's fresh sets and judge found, each through the real engine with wording written for this test:
 * men at the door who say they are police with no uniform, and the danger again once they said they will come back;
 * a child alone "como d 8 años"; a look-alike laughed about or seen in a film; a place told before the danger kept;
 * whom to call, a person and a woman's refuge asked in one; a goodbye to the offer of a person; the name told with the
 * age; a doctor asked on the road; staying legally asked in dual nationality's
 * talk.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('dangers', () => {
  it('men at the door who say they are police with no uniform: the emergency', async () => {
    const turn = await lastTurnOf(
      'hay dos hombres tocando la puerta, dicen que son policias pero no traen uniforme',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('afraid, after they left, because they said they will come back: the danger again', async () => {
    const turn = await lastTurnOf(
      'some men are banging on our door, they claim they are police but have no uniforms',
      'they are gone now',
      'im so scared, they said they will come back tonight',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a girl "como d 6 años" alone at the bus station, after a first question: the emergency', async () => {
    const turn = await lastTurnOf(
      'buenas tardes, esta es la oficina del gobierno de durango?',
      'en la central de autobuses de gomez hay una niña como d 6 años sola, dice q perdio a su mama',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a danger laughed about, with a question beside it: no safety line', async () => {
    const turn = await lastTurnOf('m ap mouri ak ri lol. men kijan pou m jwenn yon CURP pou etranje?');
    expect(turn.report.danger).toBe('none');
    expect(texts(turn)).not.toMatch(/911/);
  });

  it('a kidnapping seen in a film, with a question beside it: no safety line', async () => {
    const turn = await lastTurnOf(
      'we watched a movie about kidnappings last night lol. anyway how does my mom get a tourist visa to visit us?',
    );
    expect(turn.report.danger).toBe('none');
  });
});

describe('in a danger', () => {
  it('a place told before the danger: not asked again which city', async () => {
    const turn = await lastTurnOf(
      'bonjou m nan Reynosa, ki kote m ka jwenn yon abri?',
      'tanpri ede m! yo pran kouzen m, yo mande 2000 dola pou yo lage l',
    );
    expect(texts(turn)).not.toMatch(/Di m vil la/);
  });

  it('whom to call, asked by a sister far away: what to do from there, not her words noted as the place', async () => {
    const turn = await afterEmergency(
      'mi primo esta perdido en el desierto de arizona, ya no tiene agua',
      'yo estoy en torreon, el perdido es mi primo. a quien le hablo yo desde aqui?',
    );
    expect(texts(turn)).not.toMatch(/Lugar anotado/);
    expect(texts(turn)).toMatch(/911/);
  });

  it('a real person asked with "are you a robot?": the urgent queue', async () => {
    const turn = await afterEmergency(
      'my brother is hiding in a store, some men want to hurt him if he does not pay',
      'is this a bot?? i need a real person right now',
    );
    expect(texts(turn)).toMatch(/urgent queue/);
  });

  it('a place to sleep asked by a woman afraid of her husband: the women’s justice centres', async () => {
    const turn = await afterEmergency(
      'mi esposo me pego anoche y dice que me va a matar',
      'no puedo volver a la casa, hay algun lugar donde una mujer pueda dormir esta noche?',
    );
    expect(texts(turn)).toMatch(/Centros de Justicia para (las )?Mujeres/);
  });
});

describe('in a conversation', () => {
  it('"ok bye" to the offer of a person: a goodbye, not the queue', async () => {
    const turn = await lastTurnOf('do you open on sundays?', 'ok bye');
    expect(turn.report.queued).toBe(false);
  });

  it('the name told with the age: the age is not part of the name', async () => {
    const turn = await lastTurnOf(
      'a mi sobrino lo detuvo la migra en texas y no sabemos nada',
      'que datos ocupan',
      'se llama Pedro Antonio Salas tiene 23',
    );
    expect(texts(turn)).toMatch(/Pedro Antonio Salas/);
    expect(texts(turn)).not.toMatch(/Salas tiene/);
  });

  it('where a sick one can see a doctor, on the road: care and 911 if worse, not the Grupos Beta', async () => {
    const turn = await lastTurnOf(
      'bonjou nou se 3 ayisyen sou wout la nan meksik, ki moun ki ka ede nou',
      'madanm mwen malad anpil, ki kote li ka wè yon dokte gratis',
    );
    expect(texts(turn)).toMatch(/vin pi mal, rele 911/);
    expect(texts(turn)).not.toMatch(/Gen 22 Grupos Beta/);
  });

  it('staying legally asked for oneself in dual nationality’s talk: the INM', async () => {
    const turn = await lastTurnOf(
      'mari m se meksiken, pitit nou fèt Dallas, kijan pou l jwenn papye meksiken?',
      'epi mwen menm, kijan m ka rete legal isit la paske mari m meksiken',
    );
    expect(texts(turn)).toMatch(/INM/);
  });
});
