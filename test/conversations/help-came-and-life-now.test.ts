/**
 * What a judge's people (session 53) wrote after a danger, with wording written for this test,
 * through the real engine:
 * - "they said they'd send someone… he doesn't answer me, eyes closed, what do I do?": never the
 *   extortion line ("send someone" is no money), and someone unconscious told in another danger
 *   gets the medical line;
 * - "la Guardia Nacional ya llegó… estamos bien" (a long message only the learned model reads as
 *   a danger): over, not a place noted with the lines again;
 * - "the ambulance came and took him to the hospital, I'm with him": help that came, not a place
 *   to note with "call 911 if you can".
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

const LOST =
  'we are lost in the desert near Altar, my brother and me, no water since last night, he cant walk anymore';

describe('someone sent, and someone unconscious, in a danger (en)', () => {
  it('never reads "send someone" as money', async () => {
    const turn = await afterEmergency(
      LOST,
      'i called 911, they said they will send someone. my brother doesnt answer me now, what do i do',
    );
    expect(turn.meaning?.act).not.toBe('pay');
    expect(texts(turn)).not.toMatch(/deposit/);
  });

  it('gives the medical line when he is unconscious', async () => {
    const a = await testAssistant();
    await a.say(LOST);
    const turn = await a.say('what?? no one is asking for money. my brother is unconscious!!');
    expect(turn.meaning?.act).toBe('emergency');
    expect(texts(turn)).toMatch(/not breathing or very sick/);
  });
});

describe('rescued, told at length (es)', () => {
  it('is over', async () => {
    const turn = await afterEmergency(
      'nos tienen encerrados en un cuarto en Matamoros los que nos iban a pasar, piden 2 mil dolares por cabeza',
      'ya llegaron los soldados!! nos sacaron a todos del cuarto, estamos bien, estamos afuera con ellos ahorita',
    );
    expect(turn.meaning?.act).toBe('safe');
    expect(texts(turn)).toMatch(/no estás en peligro/);
  });
});

describe('the ambulance came and took him (en)', () => {
  it('is help that came', async () => {
    const turn = await afterEmergency(
      'my friend got stabbed at the bus stop, he is bleeding a lot, we are in Tapachula',
      'the ambulance came and took him to the Tapachula hospital, im with him now, thanks',
    );
    expect(turn.meaning?.helpCame).toBe(true);
    expect(texts(turn)).not.toMatch(/If you can, call 911/);
  });
});

describe('the ambulance came and took her (ht, session 54)', () => {
  it('is help that came', async () => {
    const turn = await afterEmergency(
      'madanm mwen ansent e l ap senyen anpil kounye a, nou nan yon abri nan Saltillo',
      'anbilans lan rive, yo pran l. m prale avè l. mèsi anpil',
    );
    expect(turn.meaning?.helpCame).toBe(true);
    expect(texts(turn)).not.toMatch(/Si w kapab, rele 911/);
  });
});
