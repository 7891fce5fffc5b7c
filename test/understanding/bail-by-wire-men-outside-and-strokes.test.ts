/**
 * Dangers a fresh set (session 55) found missed as first messages, with wording written for this
 * test: a caller about a relative "detained" who wants bail or money sent by a store or a wire
 * service (Elektra, Western Union), or who will not let the family hang up; men waiting outside
 * who will take the person if they step out; a stroke told in Kreyòl (a crooked mouth, speech gone
 * wrong). And what must stay ordinary: bail or money for a relative truly held, asked about with no
 * caller; someone who steps out of a shelter to work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let understand: Understand;
beforeAll(async () => {
  understand = (await sharedKnowledge()).understand;
});

describe('bail by wire, men outside, and strokes', () => {
  it.each([
    'me acaban de marcar q mi sobrino esta detenido en el paso y q mande 2 mil dolares por elektra pa la fianza',
    'me hablaron, mi hijo esta preso en Laredo, q deposite en un oxxo hoy mismo',
    'un señor me tiene en el telefono y no me deja colgar, dice q tiene a mi esposo',
    'they called me saying my brother is in jail in Houston and i have to send 1500 by western union today',
    'the guy wont let me hang up, he says my daughter is with them',
    'yon moun rele m, li di pitit gason m nan prizon Arizona, fò m voye 800 dola pou yo lage l',
  ])('takes "%s" for an extortion emergency', (text) => {
    expect(understand(text).emergency?.kind).toBe('extortion');
  });

  it.each([
    'estoy en el albergue, hay unos tipos afuera y dicen q si salgo me levantan',
    'there are two men in a truck outside the shelter, they said if i go out they will grab me',
    'gen de nèg deyò a, yo di si m soti y ap pran m',
  ])('takes "%s" for an emergency', (text) => {
    expect(understand(text).emergency).not.toBeNull();
  });

  it.each([
    'papa m tonbe nan kizin nan, li pa ka pale byen e bouch li tòde',
    'granmè m pa ka pale byen, yon bò kò l pa ka bouje',
  ])('takes "%s" for a medical emergency', (text) => {
    expect(understand(text).emergency?.kind).toBe('medical');
  });

  it.each([
    'mi hijo esta detenido en Phoenix, como le mando dinero para su fianza?',
    'my brother is in ICE detention, can i send him money by western union for phone calls?',
    'si salgo del albergue a trabajar, me dejan entrar otra vez en la noche?',
  ])('reads "%s" as no emergency', (text) => {
    expect(understand(text).emergency).toBeNull();
  });
});
