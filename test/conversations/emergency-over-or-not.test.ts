/**
 * Whether help came or the danger is over, read right, through the real engine, with wording
 * written for these tests (a tester's conversations, session 34): "the ambulance still hasn't
 * come" was answered "I'm glad help arrived" (in Kreyòl: "anbilans lan poko vini"); it gets the
 * honest answer to who is coming; a long
 * message that finds the threat false ("le marqué y está bien, era mentira todo") was noted as
 * where the person is; "she's in the hospital now, the doctors are seeing her" was noted as a
 * place with "call 911" again. After the danger is called off, "can I report that number?" gets
 * the emergency's own answer, and a question about a procedure its answer, not "your message
 * reaches staff".
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const HURT: Record<Lang, { danger: string; notYet: string; atCare: string; glad: RegExp; noOne: RegExp }> = {
  es: {
    danger: 'mi esposa esta embarazada y esta sangrando mucho, estamos en la carretera a juchitan',
    notYet: 'la ambulancia todavia no llega, ya van 30 minutos',
    atCare: 'ya esta en el hospital, ya la estan atendiendo',
    glad: /Qué bueno que ya llegó ayuda/,
    noOne: /no puede mandar a nadie/,
  },
  en: {
    danger: 'my wife is pregnant and bleeding a lot, we are on the highway to juchitan',
    notYet: 'the ambulance still hasnt come, its been 30 minutes',
    atCare: 'she is in the hospital now and doctors are seeing her',
    glad: /I am glad help is there/,
    noOne: /cannot send anyone/,
  },
  ht: {
    danger: 'madanm mwen ansent e l ap senyen anpil, nou sou wout juchitan',
    notYet: 'anbilans lan poko vini, sa fè 30 minit',
    atCare: 'li nan lopital kounye a, dokte yo ap okipe l',
    glad: /kontan èd la rive/,
    noOne: /pa ka voye pèsonn/,
  },
};

describe.each(Object.keys(HURT) as Lang[])('help that has or has not come, in %s', (lang) => {
  const s = HURT[lang];

  it('never says help came when it has not, and takes care at the hospital as help that came', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    expect((await a.say(s.danger)).report.emergency).toBe(true);
    const notYet = await a.say(s.notYet);
    expect(texts(notYet)).not.toMatch(s.glad);
    // Who is coming, asked in other words: this chat sends no one, 911 does, staff are alerted.
    expect(texts(notYet)).toMatch(s.noOne);
    const atCare = await a.say(s.atCare);
    expect(texts(atCare)).toMatch(s.glad);
  });
});

describe('a threat found false, and what is asked after it', () => {
  it('calls the emergency off, then answers "can I report that number?" and a procedure', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(
      'me estan llamando que tienen secuestrado a mi hijo en reynosa y que deposite 20 mil o lo matan',
    );
    const over = await a.say(
      'ya le marque a mi hijo, esta en su trabajo en monterrey con el cel apagado, esta bien, era mentira todo',
    );
    expect(texts(over)).toMatch(/no estás en peligro/);
    expect(over.report.emergency).toBe(false);
    const report = await a.say('y ese numero lo puedo reportar? me siguen marcando');
    expect(texts(report)).toMatch(/089/);
    const locate = await a.say(
      'otra cosa, como puedo saber donde esta mi hermano que detuvo la migra en texas?',
    );
    expect(locate.report.topic).toBe('locate_person');
    expect(texts(locate)).toMatch(/consulado/);
  });
});
