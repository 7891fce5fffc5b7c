/**
 * Held against one's will is held now whatever time the message tells (session 48): a brother who
 * went to work on a ranch "two months ago" and now cannot leave, with an armed boss, was read as
 * violence long ago and got a topic list; a door locked on workers every night was no danger at
 * all in Kreyòl. A shelter's closing hour is not. Through the real engine, wording written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

describe('held, told with a time', () => {
  it.each([
    [
      'es',
      'mi sobrino se fue a una granja de pollos en zacatecas hace dos meses, ayer nos hablo escondido, no los dejan irse y el encargado trae pistola',
    ],
    [
      'en',
      'my cousin went to work at a farm in sonora two months ago, last night he texted that they dont let them leave and the foreman carries a gun',
    ],
    [
      'ht',
      'nou nan yon faktori bò Puebla depi 3 semenn, yo pa peye nou, epi yo fèmen pòt la sou nou chak swa',
    ],
  ] as const)('starts the emergency in %s', async (lang, told) => {
    const a = await testAssistant();
    const reply = await a.say(told);
    expect(reply.report.emergency).toBe(true);
    expect(reply.report.queued).toBe(true);
    expect(reply.lang).toBe(lang);
  });
  it('is told mid-conversation too: a locked door every night', async () => {
    const a = await testAssistant();
    await a.say('the boss at the ranch kept my passport, is that allowed?');
    const reply = await a.say(
      'they lock the barn door every night so we cant go out and they pay us nothing',
    );
    expect(reply.report.emergency).toBe(true);
  });
  it('leaves a shelter that closes its door at night alone', async () => {
    const a = await testAssistant();
    const reply = await a.say('en el albergue de saltillo cierran la puerta con llave en la noche?');
    expect(reply.report.emergency).toBe(false);
  });
});
