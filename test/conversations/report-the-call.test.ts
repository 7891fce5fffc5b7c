/**
 * After an extortion call turned out to be a lie, "should I report that call?" gets the line the
 * sources give for reporting without a name (089), in each language, through the real engine,
 * with wording written for this test. A judge's mother (session 51) got what the sources say of
 * migration status after calling 911, which was not her question.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<Lang, [call: string, lie: string, report: string]> = {
  es: [
    'me marcaron diciendo que tienen a mi sobrino en nuevo laredo y piden 20 mil por él',
    'ya hablé con mi sobrino, está en su casa, era puro cuento',
    '¿y tengo que denunciar esa llamada? tengo miedo de que me vuelvan a hablar',
  ],
  en: [
    'some guy called saying they have my nephew in nuevo laredo and want 2000 dollars for him',
    'i just talked to my nephew, he is home, it was all a lie',
    'should i report that call? im scared they will call me again',
  ],
  ht: [
    'yon nèg rele m li di yo gen neve m nan Nuevo Laredo, yo vle 2000 dola pou li',
    'm fin pale ak neve m, li lakay li, se te manti',
    'eske m dwe denonse apel sa a? m pè pou yo pa rele m ankò',
  ],
};

describe.each(Object.keys(SCRIPTS) as Lang[])('reporting the call, in %s', (lang) => {
  const [call, lie, report] = SCRIPTS[lang];

  it('gives 089, the line to report without a name', async () => {
    const a = await testAssistant();
    expect((await a.say(call)).report.emergency).toBe(true);
    await a.say(lie);
    const reply = await a.say(report);
    expect(reply.lang).toBe(lang);
    expect(texts(reply)).toMatch(/089/);
  });
});
