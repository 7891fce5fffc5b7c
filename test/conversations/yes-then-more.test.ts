/**
 * A yes that goes on with something else, as a judge's people (session 54) wrote it, with wording
 * written for this test, through the real engine in each language:
 * - offered a person, "ok yes, put me with someone please. how long do you take?" queues them
 *   (it got the procedure's time and the offer again); "ok and the number of the call center?"
 *   opens another question and queues no one;
 * - at a form's summary, "yes send it. but you didn't tell me if you charge" sends it, and the
 *   family's phone stays what it was (it was replaced by the message, or by "pero").
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const OFFERED: Record<Lang, { topic: string; yes: string }> = {
  es: {
    topic: 'mi hijo nació en Phoenix, cómo le saco la doble nacionalidad',
    yes: 'ok si pasame con alguien porfa. cuanto se tardan?',
  },
  en: {
    topic: 'my son was born in phoenix, how do i get him mexican nationality',
    yes: 'ok yes put me with someone please. how long do you take?',
  },
  ht: {
    topic: 'pitit mwen fet Phoenix, kijan pou l gen nasyonalite meksiken',
    yes: 'wi mete m ak yon moun tanpri. konbyen tan nou pran?',
  },
};

describe.each(Object.keys(OFFERED) as Lang[])('a person offered, in %s', (lang) => {
  it('is queued by a yes that asks for someone and how long', async () => {
    const a = await testAssistant();
    const answer = await a.say(OFFERED[lang].topic);
    expect(answer.report.handoff).toBe(true);
    const turn = await a.say(OFFERED[lang].yes);
    expect(turn.report.queued).toBe(true);
    expect(turn.report.topic).toBe('human');
  });
});

describe('"ok and …" after the offer (en)', () => {
  it('asks another question and queues no one', async () => {
    const a = await testAssistant();
    await a.say(OFFERED.en.topic);
    const turn = await a.say('ok and the phone number of the consulate call center?');
    expect(turn.report.queued).toBe(false);
  });
});

const FORM: Record<Lang, { steps: string[]; send: string; phone: RegExp }> = {
  es: {
    steps: [
      'no sabemos nada de mi primo desde que cruzó por Agua Prieta, lo estamos buscando',
      'sí, dar los datos',
      'Ramón Gil Ochoa',
      'en Agua Prieta, Sonora',
      'el 3 de octubre',
      'no sé',
      'primo',
      'al whatsapp 618 555 0142',
    ],
    send: 'si mandelo. pero no me dijo si cobran',
    phone: /618 555 0142/,
  },
  en: {
    steps: [
      'we have not heard from my cousin since he crossed at Agua Prieta, we are looking for him',
      'yes, give the details',
      'Ramon Gil Ochoa',
      'in Agua Prieta, Sonora',
      'october 3',
      'i dont know',
      'cousin',
      'whatsapp 618 555 0142',
    ],
    send: 'yes send it. but you didnt tell me if you charge',
    phone: /618 555 0142/,
  },
  ht: {
    steps: [
      'nou pa tande anyen de kouzen m depi li travèse Agua Prieta, n ap chèche l',
      'wi, bay enfòmasyon yo',
      'Ramon Gil Ochoa',
      'nan Agua Prieta, Sonora',
      '3 oktòb',
      'm pa konnen',
      'kouzen',
      'whatsapp 618 555 0142',
    ],
    send: 'wi voye l. men ou pa di m si nou fè peye',
    phone: /618 555 0142/,
  },
};

describe.each(Object.keys(FORM) as Lang[])('a yes at the summary with more after it, in %s', (lang) => {
  it('sends the answers as they were', async () => {
    const a = await testAssistant();
    let last = await a.say(FORM[lang].steps[0] as string);
    for (const step of FORM[lang].steps.slice(1)) last = await a.say(step);
    expect(texts(last)).toMatch(FORM[lang].phone);
    const sent = await a.say(FORM[lang].send);
    expect(sent.report.queued).toBe(true);
    const answers = (await a.store.getTicket('test:c1'))?.case?.answers ?? {};
    expect(answers.contact).toMatch(FORM[lang].phone);
    expect(JSON.stringify(answers)).not.toMatch(/cobran|charge|peye/);
  });
});
