/**
 * What sums up a case on the inbox's row (src/engine/gist.ts), with the project's real
 * understanding: a message about something is kept; one that asks for a person is kept only
 * when one of its clauses is about something else, in the three languages; a request for a
 * person alone says nothing.
 */
import { describe, expect, it } from 'vitest';
import { substanceOf } from '../../src/engine/gist.ts';
import { sharedKnowledge } from '../support/assistant.ts';

const { understand } = await sharedKnowledge();
const gist = (text: string) => substanceOf(text, understand(text), understand);

describe("a case's summary", () => {
  it('keeps what a message says of the problem, with or without a request for a person', () => {
    for (const text of [
      'mi hermano está detenido en El Paso desde el lunes y no sabemos nada',
      'perdí mi pasaporte en Chicago, necesito hablar con una persona',
      'necesito hablar con alguien de la oficina sobre mi hermano',
      'I need to talk to someone about my visa',
      'mwen bezwen pale ak yon moun pou paspò mwen',
    ])
      expect(gist(text), text).toBe(text);
  });

  it('says nothing for a request for a person alone', () => {
    for (const text of [
      'quiero hablar con alguien de la oficina',
      'hablar con una persona por favor',
      'I want to talk to someone from the office',
      'mwen vle pale ak yon moun nan biwo a',
      'humano',
    ])
      expect(gist(text), text).toBeNull();
  });
});
