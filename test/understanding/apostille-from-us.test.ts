/**
 * An apostille asked for a school paper or record issued in the US is the apostille's answer, not
 * Durango's state documents (session 68's developed-against set: a diploma from a US state read as
 * state documents, and the whole conversation followed). Wording written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let understand: Understand;
beforeAll(async () => {
  understand = (await sharedKnowledge()).understand;
});

describe('an apostille of a paper from the US', () => {
  it.each([
    [
      'es',
      'buenas tardes, necesito apostillar mi titulo de la prepa de arizona para inscribirme en la uni aqui',
    ],
    ['es', 'hola quiero apostillar mi titulo de prepa de oklahoma para la uni en durango, me ayudan?'],
    ['es', 'ocupo la apostilla de mi certificado de high school pa revalidar en durango'],
    [
      'en',
      'can you guys help me apostille my diploma from a school in Oregon? i need it for college in Mexico',
    ],
    ['ht', 'm bezwen apostiy diplòm lekòl mwen te fè Florida a pou m kontinye etid isit la'],
  ])('is the apostille (%s): %s', (lang, text) => {
    expect(understand(text, lang as 'es').topic).toBe('apostille');
  });
});

describe('a school paper without an apostille asked', () => {
  it.each([
    'perdi mi certificado de secundaria de Durango y vivo en Texas, como lo repongo?',
    'quiero revalidar mis estudios de high school para seguir estudiando aqui',
  ])('is not moved to the apostille: %s', (text) => {
    expect(understand(text, 'es').topic).not.toBe('apostille');
  });
});
