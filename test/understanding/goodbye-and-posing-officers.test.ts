/**
 * Dangers a fresh set (session 51) found missed, with wording written for this test:
 * - tiredness and nowhere left, then "I write to say goodbye" ("m fatige… m ekri pou m di w
 *   orevwa") got the asylum answer, not even the safety line;
 * - a caller who says he is from the INM (not "migración") and asks for a deposit was no pattern.
 * And what must stay ordinary: a goodbye that closes a conversation, the INM named in a question.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let understand: Understand;
beforeAll(async () => {
  understand = (await sharedKnowledge()).understand;
});

describe('a goodbye after nothing is left, and a caller posing as the INM', () => {
  it.each([
    'estoy muy cansado, ya no tengo a nadie ni trabajo, nomas les escribo pa decirles adios',
    'im so tired, no job and nowhere to sleep since they sent me back. just writing to say goodbye',
    'm bouke, m pa gen espwa ankò, m te vle di nou orevwa',
  ])('takes "%s" for a suicide emergency', (text) => {
    expect(understand(text).emergency?.kind).toBe('suicide');
  });

  it.each([
    'me marcó un señor que dice que es del INM y que si no deposito 8 mil hoy deportan a mi esposo',
    'a woman called my mom saying shes from INM, she wants 300 dollars today or my brother stays locked up',
    'yon fanm rele manman m, li di se INM, fòk li voye 4000 peso jodi a pou yo lage frè m',
  ])('takes "%s" for an extortion emergency', (text) => {
    expect(understand(text).emergency?.kind).toBe('extortion');
  });

  it.each([
    'ok eso era todo, gracias, me despido, adios',
    'thanks so much, that is all, goodbye',
    'mèsi anpil, se tout, orevwa',
    '¿cuánto cobra el INM por la tarjeta de residente?',
    'how much does the INM charge for the humanitarian card?',
  ])('reads "%s" as no emergency', (text) => {
    expect(understand(text).emergency).toBeNull();
  });
});
