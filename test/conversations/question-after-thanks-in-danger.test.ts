/**
 * During an emergency, thanks or a greeting before a procedure's question ("gracias. ¿hay
 * albergue aquí?", "mèsi. kote Grupo Beta ye?") is answered as the question, and a question
 * about where a service is never becomes the person's place for staff: what they told is. Through the real engine, with wording
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a question after thanks in an emergency', () => {
  it('Kreyòl: where Grupos Beta are is answered, not noted as where the person is', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say('yo kidnape frè m nan Reynosa, y ap mande 3000 dola')).report.emergency).toBe(true);
    const turn = await a.say('mèsi anpil. kote Grupo Beta yo ye nan Reynosa?');
    expect(texts(turn)).toMatch(/Grupos Beta/);
    expect(texts(turn)).not.toMatch(/M note kote w ye/);
  });

  it('Spanish: where they are is what they told, not the question that follows', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect(
      (await a.say('nos asaltaron en el tren y a mi compa le dieron un machetazo, esta sangrando mucho'))
        .report.emergency,
    ).toBe(true);
    const turn = await a.say(
      'ya lo cosieron en el hospital gracias. oiga hay albergues para migrantes aqui en la ciudad?',
    );
    expect(texts(turn)).toMatch(/Lugar anotado: «ya lo cosieron en el hospital gracias»/);
  });
});
