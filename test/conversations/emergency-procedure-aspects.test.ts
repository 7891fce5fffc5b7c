/**
 * In an emergency, a procedure asked about for the first time gets its first answer (asylum:
 * the COMAR), not a passage of another topic that shares a few words; an aspect asked next
 * with "eso / that / sa" ("¿qué papeles ocupo pa eso?") gets that aspect of the same procedure;
 * a country or "pedir refugio" in the question is not kept as where the person is (issue 30). In each language through the real engine, with wording written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const ASKED: Array<[Lang, string, string, string]> = [
  [
    'es',
    'nos tienen encerrados en una casa y no nos dejan salir, nos quitaron los telefonos',
    'aqui en mexico puedo pedir refugio? no quiero regresar a mi pais',
    'y q papeles ocupo pa eso?',
  ],
  [
    'en',
    'they locked us in a house and wont let us leave, they took our phones',
    'can i ask for asylum here in mexico? i cant go back to my country',
    'and what papers do i need for that?',
  ],
  [
    'ht',
    'yo fèmen nou nan yon kay, yo pa kite nou soti, yo pran telefòn nou',
    'èske m ka mande azil isit la nan Meksik? m pa ka retounen nan peyi m',
    'ki papye m bezwen pou sa?',
  ],
];

describe('a procedure asked in an emergency, then an aspect of it', () => {
  it.each(ASKED)('gets its first answer, then that aspect, in %s', async (_lang, danger, asked, aspect) => {
    const a = await testAssistant({ channel: 'web' });
    const first = await a.say(danger);
    expect(first.report.emergency).toBe(true);
    const answered = await a.say(asked);
    expect(answered.report.topic).toBe('asylum');
    expect(texts(answered)).toMatch(/COMAR/);
    // "aquí en México", "pedir refugio": no place anyone could be found at.
    expect(texts(answered)).not.toMatch(/Anotado dónde|Noted where|M note kote/);
    expect(answered.report.queued).toBe(true);
    const next = await a.say(aspect);
    expect(next.report.topic).toBe('asylum');
    expect(next.report.facet).toBe('documents');
    expect(texts(next)).toMatch(/911/);
  });
});
