/**
 * A long question about a new topic in the middle of a conversation, with the person's own
 * circumstances around it (session 41): when it says most of one way of asking one of that
 * topic's named answers, with many of its rarer words, the reply is that answer (the cheaper
 * way to send money home), not the topic's general first answer. Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<Lang, { first: string; money: string }> = {
  es: {
    first: 'buenas, mi hijo nacio en phoenix y queremos registrarlo en durango, como se hace',
    money:
      'otra cosa, mi suegro trabaja en oklahoma y nos manda dinero cada mes pero la comision del envio sale carisima, como le hace uno pa mandar dinero a mexico mas barato?',
  },
  en: {
    first: 'hi my son was born in phoenix and we want to register him in durango, how does it work',
    money:
      'another thing, my father in law works in oklahoma and sends us money every month but the fee to send it is crazy expensive, is there a cheaper way to send money?',
  },
  ht: {
    first: 'bonjou, pitit mwen fèt Phoenix, nou vle anrejistre l Durango, kijan pou n fè',
    money:
      'yon lòt bagay, mari m nan Texas voye lajan ban nou men yo pran anpil komisyon, eske gen yon fason ki pi bon mache pou voye lajan?',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('a long question about a new topic, in %s', (lang) => {
  it('gets the named answer it asks, not the new topic’s general answer', async () => {
    const a = await testAssistant();
    await a.say(SCRIPTS[lang].first);
    const turn = await a.say(SCRIPTS[lang].money);
    expect(turn.report.topic).toBe('productive_projects');
    expect(texts(turn)).toMatch(/FINABIEN/);
    expect(turn.lang).toBe(lang);
  });
});
