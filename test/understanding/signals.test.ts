/**
 * The parts of understanding that must hold message by message: short greetings,
 * emergencies outranking questions, the "visa humanitaria" ambiguity, accent folding.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/understanding/fold.ts';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let understand: Understand;
beforeAll(async () => {
  understand = (await sharedKnowledge()).understand;
});

describe('understanding', () => {
  it('folds accents, case and punctuation', () => {
    expect(fold('¿Dónde ESTÁ la oficina?')).toBe('donde esta la oficina');
    expect(fold('Paspò, mèsi!')).toBe('paspo mesi');
  });

  it.each([
    ['hola', 'es'],
    ['buenas tardes', 'es'],
    // Texting shorthand of a greeting is still one, not something the office does not do.
    ['hola q onda', 'es'],
    ['hello', 'en'],
    ['thanks', 'en'],
    ['bonjou', 'ht'],
    ['mèsi', 'ht'],
  ])('knows the language of the greeting "%s" and answers it with the menu', (text, lang) => {
    const m = understand(text);
    expect(m.lang).toBe(lang);
    expect(m.topic).toBe('none');
    expect(m.greeting).toBe(true);
  });

  it('keeps the stored language when a message is too short to tell', () => {
    expect(understand('ok', 'ht').lang).toBe('ht');
    expect(understand('ok', 'en').lang).toBe('en');
  });

  it('takes no language from the letters of a folio', () => {
    // Folios are random letters: "NAN" is a Kreyòl word, "WAY" an English one.
    for (const folio of ['NAN-3467', 'WAY-9646', 'KAN-4377']) {
      expect(understand(`folio ${folio}`).lang, folio).toBe('es');
      expect(understand(`folio ${folio}`, 'ht').lang, folio).toBe('ht');
    }
  });

  it('ranks an emergency above the procedure it mentions', () => {
    const m = understand('me estan extorsionando y tambien queria preguntar por la doble nacionalidad');
    expect(m.topic).toBe('emergency');
    expect(m.emergency).not.toBeNull();
  });

  it('reads Kreyòl written with Spanish words and French politeness as Kreyòl', () => {
    for (const text of ['tarjeta humanitaria svp', 'sita COMAR svp', 'oui merci', 'mw bzwn papel migracion'])
      expect(understand(text).lang, text).toBe('ht');
    // A Spanish sentence with a French "svp" stays Spanish.
    expect(understand('hola buenas tardes necesito una cita en COMAR svp').lang).toBe('es');
  });

  it('takes a plain wish to die as a full emergency, however short', () => {
    for (const text of [
      'me quiero matar',
      'ya me voy a matar',
      'i want to kill myself',
      'm vle touye tet mwen',
    ])
      expect(understand(text).danger, text).toBe('emergency');
  });

  it('takes thoughts of jumping, "no le veo caso" at the end and a dehydrated baby as full emergencies', () => {
    for (const [text, kind] of [
      [
        'no one here, sleeping under the overpass. been thinking about jumping off the overpass tonight',
        'suicide',
      ],
      ['mi familia se quedo alla y yo aca solo, sin trabajo ni nada. ya no le veo caso', 'suicide'],
      ['the baby has diarrhea since monday and now she doesnt pee and is very sleepy', 'medical'],
      ['el niño tiene diarrea desde ayer, vomita todo y ya esta muy dormido', 'medical'],
      ['pitit la gen lafyev depi maten, kounye a l ap tranble', 'medical'],
    ] as const)
      expect(understand(text).emergency?.kind, text).toBe(kind);
  });

  it('does not take a wish to see someone before dying, or "no le veo caso" to a trip, as a danger', () => {
    for (const text of [
      'mi abuelo dice que no se quiere morir sin ver a su hijo que esta en chicago',
      'no le veo caso ir hasta durango por un papel',
    ])
      expect(understand(text).emergency, text).toBeNull();
  });

  it('makes a pattern told in the past or the news a possible danger, not a full one', () => {
    for (const text of [
      'the police beat me up at the checkpoint last year and took my money, what can i do',
      'i heard on the news they kidnapped migrants near Reynosa, is the road safe',
    ]) {
      const m = understand(text);
      expect(m.emergency, text).toBeNull();
      expect(m.danger, text).toBe('possible');
    }
    // …unless the message says it is happening as the person writes.
    expect(understand('me golpearon hace dos dias y ahorita estan afuera de mi casa').danger).toBe(
      'emergency',
    );
  });

  it('does not treat a death abroad or a detention as an emergency', () => {
    expect(understand('mi papá murió en texas, como lo traemos').topic).toBe('remains_repatriation');
    expect(understand('mi hijo esta detenido por migracion en arizona').topic).toBe('locate_person');
  });

  it('asks which humanitarian visa a Spanish speaker means, and reads Kreyòl as the Mexican card', () => {
    const es = understand('visa humanitaria');
    expect([es.topic, es.ambiguousWith].sort()).toEqual(['mx_status', 'us_humanitarian_visa']);
    expect(understand('viza imanitè').topic).toBe('mx_status');
  });

  it('understands without accents and with typos', () => {
    expect(understand('kiero apostiyar el acta de nasimiento de mi ijo').topic).toBe('apostille');
    expect(understand('m bezwen paspo ameriken pou pitit mwen').topic).toBe('us_visa_passport');
  });

  it('answers none to questions outside its scope', () => {
    expect(understand('cual es la receta del pozole').topic).toBe('none');
    expect(understand('who won the football game last night').topic).toBe('none');
  });
});
