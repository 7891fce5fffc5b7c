/**
 * A relative held by immigration (ICE, la migra, the INM) is a search, not a danger now: the
 * first answer tells how the office finds them and names no emergency line (session 48: three
 * fresh writers of sight23-a, each on their own, wanted none there; the entry's "if you think the
 * person is in danger, call 911" came with every such answer). A danger told still gets 911.
 * Through the real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a relative held by immigration', () => {
  it.each([
    [
      'es',
      'a mi sobrino lo detuvo la migra en el paso hace una semana y no sabemos en que centro de detencion esta',
      /consulado/i,
    ],
    [
      'en',
      'my uncle got detained by ICE in houston on monday, we dont know which detention center he is in',
      /consulate/i,
    ],
    ['ht', 'imigrasyon ameriken arete bòfrè m nan Texas, nou pa konnen ki kote yo mete l', /konsila/i],
  ] as const)('gets how the office finds them, with no emergency line, in %s', async (lang, told, how) => {
    const a = await testAssistant();
    const reply = await a.say(told);
    expect(reply.report.topic).toBe('locate_person');
    expect(reply.report.emergency).toBe(false);
    expect(texts(reply)).toMatch(how);
    expect(texts(reply)).not.toMatch(/911/);
    expect(reply.lang).toBe(lang);
  });
  it('still gets 911 when a danger is told', async () => {
    const a = await testAssistant();
    const reply = await a.say(
      'se llevaron a mi hermano unos hombres armados en reynosa y piden dinero por el',
    );
    expect(reply.report.emergency).toBe(true);
    expect(texts(reply)).toMatch(/911/);
  });
});
