/**
 * A person asked for while the form is on offer ("ok si pásenos con alguien", "can someone email
 * me?", "yon moun ka ekri m sou whatsapp?") queues the conversation with its folio, rather than
 * starting the form; "Socorro" after "her name is" is a name, not a cry for help; "li pa rele m"
 * (he has not called me) tells, it asks no one to call (issue 28). In each language through the
 * real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const OFFERED: Array<[Lang, string, string]> = [
  ['es', 'mi abuelo murio en phoenix, queremos traer sus cenizas a durango', 'ok si pasenos con alguien'],
  [
    'en',
    'my dad died in dallas, we want to bring his body home to durango',
    'ok can someone email me? maria.g@example.com',
  ],
  ['ht', 'frè m mouri nan Miami, nou vle mennen kò l lakay', 'ok, eske yon moun ka ekri m sou whatsapp?'],
];

describe('a person asked for while the form is on offer', () => {
  it.each(OFFERED)('queues the conversation with its folio, in %s', async (_lang, opener, asked) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(opener);
    const turn = await a.say(asked);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/folio/);
  });
});

describe('words that look like a request or a danger but tell', () => {
  it('reads "her name is Socorro" as a name', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('my mom wants to visit us in texas, she is 70, can she get a visa?');
    const turn = await a.say('ok please have someone contact her, her name is Socorro Ibarra');
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.queued).toBe(true);
  });

  it('reads "li pa rele m" (he has not called me) as no request for a call', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('frè m nan yon estasyon migrasyon nan meksik depi ayè, kijan m ka konnen ki kote li ye');
    const turn = await a.say('li pa rele m depi ayè. eske yo kite moun rele fanmi yo?');
    expect(turn.report.queued).toBe(false);
  });
});
