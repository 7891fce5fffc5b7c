/**
 * Health care on the road asked in a status question's words: a pregnant woman without papers who
 * asks where she can give birth (read as status, or as a birth to register), and, in a conversation about care on the road, "I have no Mexican
 * papers" told, are health on the road (IMSS-Bienestar, who may be seen), not status in Mexico
 * (session 57's fresh set: the INM's humanitarian card). A card asked for stays status. Through the
 * real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

describe('care asked in a status question’s words', () => {
  it('a birth without papers is health on the road, not status (ht)', async () => {
    const a = await testAssistant();
    const turn = await a.say('bonjou, m ansent 6 mwa, m nan Reynosa, kote m ka akouche si m pa gen papye');
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('a birth without papers is health on the road, not a birth to register (en)', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'hi im 8 months pregnant, im in mexicali and i have no papers, where can i give birth',
    );
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('papers lacked, told in a conversation about care, is who may be seen (ht)', async () => {
    const a = await testAssistant();
    await a.say('bonjou, pitit mwen gen lafyèv depi yè, nou nan Tapachula, ki kote m ka mennen l kay doktè');
    const turn = await a.say('nou pa gen papye Meksik, se sèlman paspò nou genyen');
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('a card asked for stays status in Mexico (es)', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'estoy embarazada y soy de honduras, puedo sacar la tarjeta de visitante por razones humanitarias?',
    );
    expect(turn.report.topic).toBe('mx_status');
  });
});
