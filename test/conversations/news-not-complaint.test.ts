/**
 * News told after an answer ("ya no me molesta ni nada jaja, nomás me bloqueó") is a statement,
 * not "that did not help": the reply goes on with the topic instead of "sorry I did not help you"
 * (session 42, a fresh writer's look-alike, reworded). Saying the answer did not help still is.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

const SORRY = /Siento no haberte ayudado/;
const OPENER = 'hace meses un coyote me robo 20 mil pesos y quiero poner una denuncia, donde lo hago';

describe('news after an answer is no complaint', () => {
  it('goes on with the topic after "ya no me molesta ni nada jaja"', async () => {
    const a = await testAssistant();
    await a.say(OPENER);
    const news = await a.say('ya no me molesta ni nada jaja nomas me bloqueo del face');
    expect(texts(news)).not.toMatch(SORRY);
    expect(news.report.topic).toBe('legal_advice');
  });

  it('still hears "eso no me sirvió" as a complaint', async () => {
    const a = await testAssistant();
    await a.say(OPENER);
    const complaint = await a.say('eso no me sirvio de nada');
    expect(texts(complaint)).toMatch(SORRY);
  });
});
