/**
 * Asked for a folio's code, a person who moves on in a longer message ("nvm the folio, how do
 * deported people get back to Durango?") gets that answered, not "that folio and that code do not
 * match" (a judge's person got it twice, the second time after being put in line); a short answer
 * is still the code. Through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

type Assistant = Awaited<ReturnType<typeof testAssistant>>;

/** A case opened in another conversation, with staff's note on it: its folio and code. */
async function caseElsewhere(a: Assistant) {
  await a.engine.handle({
    id: 'owner-1',
    channel: 'test',
    chatId: 'owner',
    content: { type: 'text', text: 'necesito hablar con alguien de la oficina sobre mi papá' },
  });
  await a.engine.staff.status('test:owner', 'ana', 'inProgress', 'Lo localizamos en Laredo.');
  const [file] = await a.store.casesOf('test:owner');
  return { folio: (await a.store.getTicket('test:owner'))?.folio ?? '', code: file?.check.code ?? '' };
}

describe('a code asked for, and a person who moves on', () => {
  for (const [lang, moved, topicWord, mismatch] of [
    ['es', 'olvida el folio, mejor dime como regresan a durango los que deportan', /Durango/, /no coinciden/],
    [
      'en',
      'nvm the folio. how do people deported from texas get back to durango?',
      /Durango/,
      /do not match/,
    ],
    [
      'ht',
      'bliye folio a. kijan moun yo depòte soti Texas retounen Durango?',
      /Durango/,
      /pa koresponn|pa mache/,
    ],
  ] as const) {
    it(`answers what was asked instead, in ${lang}`, async () => {
      const a = await testAssistant({ channel: 'test' });
      const { folio } = await caseElsewhere(a);
      const asked = texts(
        await a.say(
          `${lang === 'en' ? 'any news on folio' : lang === 'es' ? 'como va el folio' : 'kijan folio'} ${folio}?`,
        ),
      );
      expect(asked).toContain(folio);
      const turn = await a.say(moved);
      expect(texts(turn)).not.toMatch(mismatch);
      expect(['deportee_support', 'reintegration']).toContain(turn.report.topic);
      expect(texts(turn)).toMatch(topicWord);
    });
  }

  it('still takes a short answer as the code', async () => {
    const a = await testAssistant({ channel: 'test' });
    const { folio, code } = await caseElsewhere(a);
    await a.say(`como va el folio ${folio}?`);
    expect(texts(await a.say(code.toLowerCase()))).toMatch(/Laredo|En trámite/);
  });
});
