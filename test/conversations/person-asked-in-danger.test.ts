/**
 * Someone in danger who asks for a person while already in the urgent line is told so, with
 * the folio to ask by, and the lines to call still follow (issue 30: the person asked for a
 * person, and the reply must show the case exists).
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a person asked for in an emergency', () => {
  it.each([
    [
      'es',
      'mi esposo me esta pegando y cerró la puerta con llave, estoy en el baño',
      'pasame con una persona de verdad',
      /fila urgente/,
    ],
    [
      'en',
      'a guy with a gun is making us stay in this house, we cant leave',
      'let me talk to a real person',
      /urgent queue/,
    ],
    ['ht', 'gen yon nonm ki kenbe nou nan yon kay, li pa kite nou soti', 'm vle pale ak yon moun', /ijan/],
  ])('(%s) says the urgent line holds the case and gives its folio', async (_lang, danger, asked, line) => {
    const a = await testAssistant();
    expect((await a.say(danger)).report.emergency).toBe(true);
    const reply = texts(await a.say(asked));
    expect(reply).toMatch(line);
    expect(reply).toMatch(/folio\)? [a-zè ]*[A-Z]{3}-\d{4}/);
    expect(reply).toMatch(/911/);
  });
});
