/**
 * What session 98's fresh sets and judge found, each through the real engine with wording written for this test: a
 * child lost in a crowd is a danger; paperwork that "is killing" one is the procedure, no 911; a passport kept by the
 * one who makes one work unpaid is the anti-trafficking line, and the papers asked about after it get the answer on
 * papers taken; being found by the patrol in broken English is help come; in a danger, what the search needs and
 * whether the hospital sees people without papers get their answers; back to an earlier topic after news is that
 * topic; an aspect of a procedure asked in line after a danger is that procedure's; what is kept of what one writes,
 * someone to help a relative today and something closer get what they ask.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('dangers told, and their look-alikes', () => {
  it('a child lost in the caravan crowd is a danger, in Spanish and in Kreyòl', async () => {
    const es = await lastTurnOf('perdí a mi niño en la caravana, tiene 7 años');
    expect(es.report.emergency).toBe(true);
    const ht = await lastTurnOf('mwen pèdi pitit fi m nan karavàn nan, li gen 6 an, nou te bò Tapanatepec');
    expect(ht.report.emergency).toBe(true);
  });

  it('paperwork said to be killing one is the procedure, with no 911', async () => {
    const es = await lastTurnOf('los tramites de la pension de mi papa me estan matando, que papeles piden?');
    expect(es.report.emergency).toBe(false);
    expect(es.report.danger).toBe('none');
    expect(texts(es)).not.toMatch(/911/);
    const en = await lastTurnOf('i am drowning in paperwork for the apostille of my birth certificate');
    expect(en.report.topic).toBe('apostille');
    expect(texts(en)).not.toMatch(/911/);
  });

  it('papers kept by one who makes one work unpaid are the anti-trafficking line', async () => {
    const turn = await lastTurnOf(
      'la señora que me trajo tiene mis papeles, me pone a trabajar en su casa y no me paga',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/800 5533 000/);
  });
});

describe('in a danger under way', () => {
  it('the passport kept, asked about, gets the answer on papers taken', async () => {
    const turn = await afterEmergency(
      'madanm nan kenbe paspò m, li fè m travay lakay li, li pa peye m',
      'kisa pou m fè pou paspò m? li pa vle renmèt li',
    );
    expect(texts(turn)).toMatch(/viktim trafik/);
  });

  it('"border patrol find us" in broken English is help come', async () => {
    const turn = await afterEmergency(
      'we lost in desert, no water since yesterday, 4 of us, pls help',
      'we ok. border patrol find us',
    );
    expect(texts(turn)).not.toMatch(/Noted:/);
    expect(texts(turn)).toMatch(/glad/);
  });

  it('what the search needs is the search papers', async () => {
    const turn = await afterEmergency(
      'a mi hijo lo tienen en un centro de detencion en texas y me dijo q los guardias lo golpean y lo amenazan',
      'que datos necesitan para buscarlo?',
    );
    expect(turn.report.topic).toBe('locate_person');
    expect(turn.report.facet).toBe('documents');
  });

  it('whether the hospital sees people without papers is the road care, not a new danger', async () => {
    const turn = await afterEmergency(
      'mi bebe tiene calentura de 40 y esta convulsionando, estamos en tapachula',
      'si no tenemos papeles nos atienden?',
    );
    expect(texts(turn)).toMatch(/IMSS-Bienestar|sin importar su situación migratoria/);
    expect(texts(turn)).not.toMatch(/Lo primero: tu seguridad/);
  });
});

describe('after an answer, and in line', () => {
  it('back to an earlier topic after news about another is that topic', async () => {
    const turn = await lastTurnOf(
      'i need an apostille for my texas birth certificate',
      'talked to the counselor yesterday and im better. back to the apostille thing, can my sister do it for me?',
    );
    expect(turn.report.topic).toBe('apostille');
  });

  it('an aspect of the procedure answered in line after a danger is that procedure', async () => {
    const turn = await lastTurnOf(
      'yo vòlè m sou wout la e yo blese m nan pye',
      'anbilans lan vini, mèsi',
      'm vle pote plent kont polis ki te pran lajan m, kote?',
      'konbyen tan plent lan ap pran? m ap jwenn lajan m tounen?',
    );
    expect(turn.report.topic).toBe('legal_advice');
    expect(texts(turn)).toMatch(/konbyen tan/);
  });

  it('what is kept of what one writes gets the answer on personal data', async () => {
    const turn = await lastTurnOf('hi who is behind this chat?', 'do you keep what i write here?');
    expect(turn.report.topic).toBe('office_info');
    expect(texts(turn)).toMatch(/personal data/);
  });

  it('"can someone help her today?" asks for a person', async () => {
    const turn = await lastTurnOf(
      'my aunt died in houston and my mom in durango wants a humanitarian permit to go to the funeral',
      'can someone help her today?',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('"is there anything closer?" asks where', async () => {
    const turn = await lastTurnOf(
      'my son was born in phoenix and lives with me in durango, how do i renew his us passport?',
      'that is very far. is there anything closer?',
    );
    expect(turn.report.facet).toBe('where');
  });
});
