/**
 * A call told at the start of a longer message during an emergency, as a judge's man lost in the
 * desert told it (session 55), with wording written for this test: "ok I called… battery 8%… one
 * of us can't walk" (the danger told again) and "I ALREADY CALLED. I'm turning off the phone…"
 * get the call said back, the low battery's line where the battery is told, and never "if you
 * can, call 911" after it; "m rele… polis ap vini" is a call made, not "I can't call".
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<
  Lang,
  {
    danger: string;
    againCalled: string;
    calledAsks: string;
    called: RegExp;
    battery: RegExp;
    call911: string;
  }
> = {
  es: {
    danger: 'ayuda nos perdimos en el desierto cerca de Altar, el guia nos dejo, no tenemos agua desde ayer',
    againCalled:
      'ya llamé. me dijeron q no nos movamos y q mandan a alguien. tengo 6% de pila. mi primo ya no puede caminar',
    calledAsks:
      'YA LLAME. voy a apagar el cel pa q no se acabe la pila. alguien le puede avisar a mi esposa?',
    called: /Qué bueno que ya (llamaste|pidieron ayuda)/,
    battery: /poca batería: guarda la pila para el 911/,
    call911: 'Si puedes, llama al 911.',
  },
  en: {
    danger: 'help we are lost in the desert near Ajo, the guide left us, no water since last night',
    againCalled:
      'ok i called. they told us to stay put and that someone is coming. battery is at 6%. my cousin cant walk anymore',
    calledAsks: 'I ALREADY CALLED. turning my phone off to save it. can someone let my wife know?',
    called: /Good that (you already called|help has been called)/,
    battery: /low battery: save the battery for 911/,
    call911: 'If you can, call 911.',
  },
  ht: {
    danger: 'souple ede nou, nou pèdi nan dezè a bò Altar, gid la kite nou, nou pa gen dlo depi yè',
    againCalled: 'm rele. yo di nou pa bouje, y ap voye yon moun. batri m nan 6%. kouzen m pa ka mache ankò',
    calledAsks: 'M DEJA RELE. m ap etenn telefòn nan pou batri a. eske yon moun ka di madanm mwen?',
    called: /(Sa bon ou deja rele|Bon bagay yo rele)/,
    battery: /batri w ba: kenbe batri a pou 911/,
    call911: 'Si w kapab, rele 911.',
  },
};

describe.each(Object.keys(CASES) as Lang[])('a call told first in an emergency, in %s', (lang) => {
  const c = CASES[lang];
  it('told with the danger again and the battery: both said back, and no "call 911" after it', async () => {
    const turn = await afterEmergency(c.danger, c.againCalled);
    expect(turn.meaning?.helpCalled).toBe(true);
    expect(texts(turn)).toMatch(c.called);
    expect(texts(turn)).toMatch(c.battery);
    expect(texts(turn)).not.toContain(c.call911);
  });
  it('told before a question: the call said back, and no "call 911" after it', async () => {
    const turn = await afterEmergency(c.danger, c.calledAsks);
    expect(turn.meaning?.helpCalled).toBe(true);
    expect(texts(turn)).toMatch(c.called);
    expect(texts(turn)).not.toContain(c.call911);
  });
});

describe('a call made told in Kreyòl with more after it', () => {
  it('is a call made, not the line for a person who cannot call', async () => {
    const turn = await afterEmergency(
      'gen 2 nèg k ap frape pòt kay nou an kounya, yo di y ap touye nou, yo kase fenèt la',
      'm rele. yon fanm nan 911 te pale yon ti kras angle. polis ap vini. nèg yo ale men m pè yo tounen aswè a',
    );
    expect(turn.meaning?.act).not.toBe('cannotCall');
    expect(turn.meaning?.helpCalled).toBe(true);
    expect(texts(turn)).toMatch(/Bon bagay yo rele|Sa bon ou deja rele/);
    expect(texts(turn)).not.toMatch(/San kredi oswa si w pa ka pale/);
  });
});
