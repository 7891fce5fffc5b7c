/**
 * Dangers a fresh set (session 53) found missed, with wording written for this test:
 * - a call about a relative "detained at the border" who goes to jail unless a deposit is made
 *   today, or whose "fine" is to be paid at a store (OXXO): extortion, even with "multa";
 * - a young child left alone at a bus station, whereabouts unknown: an emergency now; and (session
 *   58) a child who writes that they are alone, at night, afraid or after a parent was taken.
 * And what must stay ordinary: a bank's late fee, a traffic fine paid at a store, a child
 * who stays with the grandparents, and "nobody is hurt" said outright (a judge's look-alike).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let understand: Understand;
beforeAll(async () => {
  understand = (await sharedKnowledge()).understand;
});

describe('fines by phone, and children alone', () => {
  it.each([
    'me hablaron q tienen detenido a mi hermano en la garita de Nogales y q si no deposito 12 mil hoy mismo lo meten a la carcel',
    'le marcaron a mi suegra, que su hijo lo agarro migracion y que pague la multa en un oxxo antes de las 6',
    'they called saying my nephew got caught at the border and if we dont wire 900 today he goes to jail',
    'yo rele m, yo di frè m nan prizon, si m pa voye 500 dola jodi a yo p ap lage l',
  ])('takes "%s" for an extortion emergency', (text) => {
    expect(understand(text).emergency?.kind).toBe('extortion');
  });

  it.each([
    'mi hija de 7 años se quedo sola en la central de autobuses de Torreon, no se donde esta',
    'my son is 8 and he got separated from us at the bus station in Puebla, i cant find him',
    'ti fi m nan 6 an rete poukont li nan teminal la, m pa konn kote l ye',
    // session 58: the child writes, alone, at night or afraid (a judge's boy at a bus station)
    'tengo 12 años, se llevaron a mi papa y estoy solo en la central, ya es de noche',
    'im 14 and im alone at the terminal in saltillo, they took my mom, im scared',
    'm gen 12 an, m poukont mwen nan estasyon bis la, la migra pran manman m',
  ])('takes "%s" for an emergency', (text) => {
    expect(understand(text).emergency?.kind).toBe('child_alone');
  });

  it.each([
    'me llamaron del banco, si no pago hoy la tarjeta me cobran intereses',
    'mi hijo pago la multa de transito en un oxxo, como saca su licencia?',
    'mi hijo se queda con mis papas en Durango mientras trabajo, puede sacar su pasaporte?',
    // a judge's look-alike (session 53): nobody hurt, said outright
    'pa gen moun ki blese!! m ap mande pou papye bebe a',
    'nadie esta herido, solo pregunto por el acta de mi bebe',
    'nobody is hurt, i only want the birth certificate for my baby',
    // a teenager alone with a question about papers
    'tengo 17 años y estoy sola con mi bebe, puedo sacar la doble nacionalidad?',
    'im 16 and im alone here in the us, can i get my mexican passport at the consulate?',
  ])('reads "%s" as no emergency', (text) => {
    expect(understand(text).emergency).toBeNull();
  });
});
