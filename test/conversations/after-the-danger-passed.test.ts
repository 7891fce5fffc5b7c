/**
 * After a danger has passed (session 48): "they left, I'm shaking, what do I do now?" names no
 * procedure and gets no steps of the one talked about before the danger (a judge's woman got how
 * to ask for asylum); a statement the topic model is unsure of ("I'm in Chicago, I can't do
 * anything from here") asks no procedure in an emergency; and with the urgent case still open,
 * how to report them without giving one's name is the emergency's own answer, 089, even after a
 * procedure was asked in between. Through the real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('what to do now, once the danger passed', () => {
  it.each([
    [
      'es',
      'quiero pedir refugio, estoy en saltillo con mi hija',
      'hay dos hombres afuera golpeando la puerta con un cuchillo, dicen que me van a matar',
      'ya se fueron. estoy temblando. que hago ahora?',
      /refugio|COMAR/,
    ],
    [
      'ht',
      'm fè demann refij nan COMAR, eske m ka jwenn CURP?',
      'gen 2 gason deyò a k ap frape pòt la, youn gen kouto, yo di y ap touye m',
      'yo ale. m tande machin nan pati. kisa m dwe fè kounye a?',
      /refij|COMAR|CURP/,
    ],
  ] as const)(
    'gives no steps of the earlier procedure, in %s',
    async (lang, before, danger, now, earlier) => {
      const a = await testAssistant();
      await a.say(before);
      expect((await a.say(danger)).report.emergency).toBe(true);
      const reply = await a.say(now);
      expect(texts(reply)).not.toMatch(earlier);
      expect(reply.lang).toBe(lang);
    },
  );
});

describe('a statement in an emergency under way', () => {
  it('asks no procedure', async () => {
    const a = await testAssistant();
    await a.say('pitit fi m gen 12 an, li poukont li nan Reynosa, gen yon mesye k ap swiv li');
    const reply = await a.say('m nan Chicago, m pa ka fè anyen depi isit');
    expect(reply.report.topic).toBe('emergency');
    expect(texts(reply)).not.toMatch(/biznis|pwojè/);
  });
});

describe('reporting without one’s name, the urgent case still open', () => {
  it('gets 089 after a search was asked in between and the danger called off', async () => {
    const a = await testAssistant();
    await a.say(
      'me llamaron diciendo que tienen a mi hermano en matamoros y que si no deposito 20 mil lo matan',
    );
    await a.say('y si de verdad esta desaparecido como lo busco?');
    a.clock.time += 30 * 60_000;
    await a.say('ya me hablo mi hermano, esta bien, era mentira');
    const reply = await a.say('puedo denunciarlos sin dar mi nombre?');
    expect(texts(reply)).toMatch(/089/);
  });
});
