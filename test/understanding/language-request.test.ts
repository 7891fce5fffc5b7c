/**
 * What asks for a language, word by word (src/understanding/language-request.ts): a thing said
 * to be in a language ("the inm website is in kreyol?") asks nothing of the chat; a negation
 * denies only the understanding near it ("no entiendo inglés"), not another clause's ("…i cant
 * pay a lawyer, can he read it"); words to say in Spanish are asked for a call, not for the chat.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { foldedWords } from '../../src/understanding/fold.ts';
import { createReadingTools } from '../../src/understanding/reading-tools.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let asked: (text: string, written: 'es' | 'en' | 'ht') => string | null;
beforeAll(async () => {
  const { languageAsked } = createReadingTools((await sharedKnowledge()).knowledge);
  asked = (text, written) => languageAsked(foldedWords(text), written, text);
});

describe('a language asked for', () => {
  it.each([
    ['the inm website is in kreyol?', 'en'],
    ['esa pagina esta en ingles?', 'es'],
    ['sit la se an panyol?', 'ht'],
    // Session 58: a website's or a form's language asked with no verb of being.
    ['and the site in creole?', 'en'],
    ['y el formulario en ingles?', 'es'],
    ['e fomile a an angle?', 'ht'],
  ] as const)('not by "%s", which says a thing is in it', (text, written) => {
    expect(asked(text, written)).toBeNull();
  });

  it.each([
    ['in english please, i cant pay a lawyer, can he read my case', 'en', 'en'],
    ['pale kreyol avem svp!! eske lopital la ap mande lajan? m pa gen papye', 'ht', 'ht'],
    ['en español porfa, no tengo abogado y nadie me entiende aqui', 'es', 'es'],
  ] as const)('by "%s", whatever another clause negates', (text, written, lang) => {
    expect(asked(text, written)).toBe(lang);
  });

  it.each([
    ['no entiendo ingles', 'es', 'es'],
    ['m pa pale panyol', 'ht', 'ht'],
  ] as const)('by "%s", the language written in when the other is not understood', (text, written, lang) => {
    expect(asked(text, written)).toBe(lang);
  });

  it.each([
    ['ekri m sa pou m di 911 an panyol svp', 'ht'],
    ['what do i say in spanish? write it for me', 'en'],
  ] as const)('not by "%s", which asks for words to say', (text, written) => {
    expect(asked(text, written)).toBeNull();
  });
});
