/**
 * What session 79's fresh sets and judge found, each through the real engine with wording written for
 * this test: asking for work after coming back is the return's help, not "this office does not do
 * that", while a loan for a car still is and a statement about work is context; an aspect asked
 * after a clause of context gets the named answer one of whose ways of asking it says whole; a short
 * statement of the papers a person has is context for the topic under discussion.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('work asked for after coming back', () => {
  it.each([
    ['en', 'any jobs for someone like me? i was raised in houston, my spanish is bad'],
    ['es', 'ya que llegue a lerdo quiero chambear, ustedes me ayudan a buscar trabajo?'],
  ] as const)('is the return’s help with work (%s)', async (_lang, asked) => {
    const a = await testAssistant();
    const turn = await a.say(asked);
    expect(turn.report.topic).toBe('reintegration');
    expect(texts(turn)).toMatch(/SNE|Servicio Nacional de Empleo|National Employment Service/);
  });

  it('while a loan for a new car is still nothing the office does', async () => {
    const a = await testAssistant();
    const turn = await a.say('i need a loan to buy a new pickup');
    expect(turn.report.topic).toBe('none');
  });

  it('and a statement about work in a pension conversation stays on the pension', async () => {
    const a = await testAssistant();
    await a.say('mi papa trabajo 16 años en texas con seguro social, ya murio, a mi mama le toca algo?');
    const turn = await a.say('somos de nuevo ideal, el trabajaba en los campos de algodon');
    expect(turn.report.topic).toBe('us_pension');
  });
});

describe('an aspect asked after a clause of context', () => {
  it('gets the named answer that says it whole (es)', async () => {
    const a = await testAssistant();
    await a.say('mi hija tiene fiebre desde anoche, estamos en un albergue en ciudad juarez, sin papeles');
    const turn = await a.say(
      'tiene 5 años y ya le di su medicina pero no baja, donde queda ese centro de salud',
    );
    expect(texts(turn)).toMatch(/Francisco Villa/);
    expect(texts(turn)).not.toMatch(/22 Grupos Beta/);
  });
});

describe('the papers a person has, told', () => {
  it.each([
    [
      'ht',
      'bonjou m bezwen yon kote pou m dòmi ak pitit mwen nan tapachula',
      'm pa gen papye, m gen yon sita COMAR sèlman',
      'transit_safety',
    ],
    [
      'es',
      'como le hago pa mandar dinero a mi familia en honduras desde aqui',
      'solo tengo mi pasaporte hondureño',
      'productive_projects',
    ],
  ] as const)('are context for the topic under discussion (%s)', async (_lang, first, held, topic) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(held);
    expect(turn.report.topic).toBe(topic);
  });

  it('while asking for a card moves to it', async () => {
    const a = await testAssistant();
    await a.say('como le hago pa mandar dinero a mi familia en honduras desde aqui');
    const turn = await a.say('y como saco la tarjeta de visitante por razones humanitarias?');
    expect(turn.report.topic).toBe('mx_status');
  });
});
