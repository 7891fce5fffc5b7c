/**
 * In an emergency under way (session 48): who is coming, asked in so many words beside a word
 * of the police ("who is coming? are we waiting for the police?"), gets that this chat sends no
 * one, not an answer about the police that shares its words (a judge's woman with men at her
 * door got the National Guard's training); when staff will answer, asked at any length ("¿cuánto
 * tardan en contestarme? ya pasó mucho"), gets the place in line, not a passage. Through the real
 * engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, texts } from '../support/assistant.ts';

describe('who is coming, asked beside the police', () => {
  it.each([
    [
      'es',
      'hay dos tipos con machete afuera de mi cuarto gritando que me van a matar',
      '¿quién va a venir? ¿esperamos a la policía?',
      /no puede mandar a nadie/,
    ],
    [
      'en',
      'two guys are banging on my door with a knife saying they will kill me',
      'who is coming?? do we wait for the police?',
      /cannot send anyone/,
    ],
    [
      'ht',
      'gen 2 gason deyò a ak yon kouto, yo di y ap touye m si m pa louvri',
      'kiyès k ap vini? nou ap tann lapolis?',
      /pa ka voye pèsonn/,
    ],
  ] as const)('says no one is sent by this chat, in %s', async (lang, danger, asked, line) => {
    const reply = await afterEmergency(danger, asked);
    expect(texts(reply)).toMatch(line);
    expect(texts(reply)).not.toMatch(/Guardia Nacional|Gad Nasyonal|National Guard/);
    expect(reply.lang).toBe(lang);
  });
});

describe('when staff will answer, asked at length', () => {
  it.each([
    [
      'es',
      'secuestraron a mi tio en san fernando y piden 3 mil dolares',
      'cuanto tardan en contestarme? ya paso mucho rato',
      /fila/,
    ],
    ['ht', 'yo kidnape frè m nan Reynosa, y ap mande lajan', 'kilè yo ap reponn mwen? sa fè lontan', /liy/],
  ] as const)('gets the place in line, in %s', async (_lang, danger, asked, line) => {
    const reply = await afterEmergency(danger, asked);
    expect(texts(reply)).toMatch(line);
    expect(texts(reply)).toMatch(/folio/);
  });
});
