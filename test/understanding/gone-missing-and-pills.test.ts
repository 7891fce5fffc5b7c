/**
 * Dangers session 68's never-read emergency set told and the assistant missed outright (read for
 * the safety rule only): an old man gone out yesterday who has not come back; a friend still
 * missing in the river; many of someone else's pills taken; a boss who keeps the passport and
 * threatens with the migra and "we know where you live". Each, and a look-alike of each, in
 * wording written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let understand: Understand;
beforeAll(async () => {
  understand = (await sharedKnowledge()).understand;
});

describe('dangers told plainly', () => {
  it.each([
    ['es', 'mi tío salió ayer en la tarde al cerro a cortar leña y no ha regresado, tiene 81 años'],
    [
      'en',
      'my grandpa went out this morning to check the cattle and hasnt come back, hes 80 and its getting dark',
    ],
    ['ht', 'granpapa m soti ye maten an al nan mòn nan, li poko retounen'],
    ['en', 'we got out of the river but Marlon is still missing, we cant find him anywhere near the water'],
    ['en', 'i took like 15 of my moms pills'],
    [
      'es',
      'el patrón le quitó el pasaporte a mi hermano y le dijo que si se queja le echa la migra, que sabe dónde vivimos',
    ],
    ['en', 'the boss took my passport and says he knows where we live if i try to leave'],
  ])('is an emergency (%s): %s', (_lang, text) => {
    expect(understand(text).emergency).not.toBeNull();
  });
});

describe('look-alikes', () => {
  it.each([
    'mi hijo se fue al norte hace un año y no ha regresado, queremos saber si está detenido',
    'my brother left for Texas in 2019 and never came back home, can he get a pension there?',
    'i took my blood pressure pills this morning, can i still go to the appointment?',
    'the consulate kept my passport to renew it, how long does that take?',
  ])('is no emergency: %s', (text) => {
    expect(understand(text).emergency).toBeNull();
  });
});
