/**
 * In an emergency, a question about papers taken gets the emergency's named answer on papers,
 * and the turn is reported as the procedure it answers (status in Mexico), for `converse` and the
 * dashboard's topics: session 57's fresh sets counted such answers as about the emergency. And on
 * the road, where the Juárez health centre is gets its address, which the sources give. Through the
 * real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('papers taken, asked during an emergency (es)', () => {
  it('is answered and reported as status in Mexico', async () => {
    const a = await testAssistant();
    const danger = await a.say(
      'soy guatemalteco, el patron del rancho en sinaloa nos quito los papeles y no nos deja salir, nos vigilan en la noche',
    );
    expect(danger.report.emergency).toBe(true);
    const turn = await a.say('como le hago pa recuperar mis papeles si el los tiene?');
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/INM/);
  });
});

describe('papers held by the boss, asked once the danger is over (ht)', () => {
  it('is still reported as status in Mexico', async () => {
    const a = await testAssistant();
    await a.say('y fèmen nou nan yon faktori nan Apodaca, yo pa kite nou soti, yo kenbe paspò nou');
    const freed = await a.say('lapolis vin louvri pòt la, nou soti, nou anfòm');
    expect(freed.report.emergency).toBe(false);
    const turn = await a.say('men bòs la toujou gen paspò m ak kat mwen, kisa pou m fè pou papye m?');
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/INM/);
  });
});

describe('the Juárez health centre asked for (es)', () => {
  it('gets its address', async () => {
    const a = await testAssistant();
    await a.say(
      'buenas, estoy en ciudad juarez con mi niña que tiene tos y no tenemos papeles, donde la pueden ver',
    );
    const turn = await a.say('y donde queda el centro de salud todos somos mexicanos?');
    expect(texts(turn)).toMatch(/Francisco Villa no\. 9/);
  });
});
