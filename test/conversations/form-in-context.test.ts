/**
 * A family's form read in context (issue 28), in each language, through the real engine, with
 * wording written for these tests: a person asked for, or the wait asked about, in the middle of
 * the form sends what it has to staff and says the place in line; a bare "yes, that's right"
 * after answers were said back confirms them and sends the case (nothing stored as an answer);
 * details told before the form are said back as it starts; the wait asked at the summary sends
 * it too; "it's not the 12th, it's the 21st" ("se pa 12 out, se 21 out") corrects the date and
 * asks the question on screen again.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  opener: string;
  yes: string;
  name: string;
  person: string;
  wait: string;
  fix: string;
  fine: string;
  skip: string;
  queueWords: RegExp;
  summaryWords: RegExp;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    opener: 'a mi sobrino lo perdimos de vista en Reynosa hace dos semanas, ya no contesta el teléfono',
    yes: 'sí',
    name: 'Brandon Ulises Carrillo',
    person: 'mejor ya pásame con alguien de la oficina',
    wait: 'oiga, ¿cuánto falta para que me atiendan?',
    fix: 'perdón, el nombre es Brandon Ulises Carrillo Meza',
    fine: 'sí, así está bien',
    skip: 'saltar',
    queueWords: /fila/,
    summaryWords: /Revisa los datos/,
  },
  en: {
    opener: 'we have not heard from my nephew since he left Monterrey two weeks ago, we want to find him',
    yes: 'yes',
    name: 'Brandon Ulises Carrillo',
    person: 'can i just talk to someone from the office please',
    wait: 'when will someone contact me',
    fix: 'sorry, the name is Brandon Ulises Carrillo Meza',
    fine: 'yes thats right',
    skip: 'skip',
    queueWords: /queue/,
    summaryWords: /check the details/,
  },
  ht: {
    opener: 'depi de semèn nou pa jwenn neve m nan Reynosa, telefòn li fèmen',
    yes: 'wi',
    name: 'Brandon Ulises Carrillo',
    person: 'm vle pale ak yon moun nan biwo a',
    wait: 'kile y ap reponn mwen?',
    fix: 'padon, non an se Brandon Ulises Carrillo Meza',
    fine: 'wi se sa',
    skip: 'sote',
    queueWords: /liy/,
    summaryWords: /verifye enfòmasyon/,
  },
};

async function inTheForm(s: Script) {
  const a = await testAssistant();
  await a.say(s.opener);
  const form = await a.say(s.yes);
  expect(texts(form)).toMatch(/\(1\/6\)/);
  await a.say(s.name);
  return a;
}

describe.each(Object.keys(SCRIPTS) as Lang[])('a family’s form read in context, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('a person asked for in the middle sends what the form has and says the place in line', async () => {
    const a = await inTheForm(s);
    const turn = await a.say(s.person);
    expect(turn.report.queued).toBe(true);
    expect(turn.lang).toBe(lang);
    expect(texts(turn)).toMatch(s.queueWords);
    expect(texts(turn)).toMatch(/[A-Z]{3}-\d{4}/);
    expect(texts(turn)).not.toMatch(/\(\d\/6\)/);
  });

  it('the wait asked in the middle sends it too', async () => {
    const a = await inTheForm(s);
    const turn = await a.say(s.wait);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(s.queueWords);
  });

  it('"yes, that is right" after a correction confirms it: the case goes with what it has', async () => {
    const a = await inTheForm(s);
    const fixed = await a.say(s.fix);
    expect(texts(fixed)).toMatch(/Carrillo Meza/);
    const fine = await a.say(s.fine);
    expect(fine.report.queued).toBe(true);
    expect(texts(fine)).toMatch(s.queueWords);
    expect(texts(fine)).toMatch(/[A-Z]{3}-\d{4}/);
  });

  it('the wait asked at the summary sends it', async () => {
    const a = await inTheForm(s);
    for (let i = 0; i < 4; i++) await a.say(s.skip);
    const summary = await a.say(s.skip);
    expect(summary.report.queued).toBe(false);
    expect(texts(summary)).toMatch(s.summaryWords);
    const turn = await a.say(s.wait);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(s.queueWords);
  });
});

describe('a bare yes to a question nothing was said back for', () => {
  it('asks the question again and stores nothing', async () => {
    const a = await testAssistant();
    await a.say(SCRIPTS.es.opener);
    await a.say('sí');
    const again = await a.say('sí');
    expect(texts(again)).toMatch(/\(1\/6\)/);
    await a.say(SCRIPTS.es.name);
    for (let i = 0; i < 4; i++) await a.say('saltar');
    const summary = await a.say('saltar');
    expect(texts(summary)).toMatch(/Nombre: Brandon Ulises Carrillo/);
  });
});

describe('details told before the form', () => {
  it.each([
    [
      'es',
      'se llama Efraín Ochoa Lugo, lo vieron en Piedras Negras el 2 de julio',
      /Anoté.*Efraín Ochoa Lugo.*Piedras Negras/s,
    ],
    [
      'en',
      'his name is Efrain Ochoa Lugo, last seen in Piedras Negras on july 2',
      /I noted.*Efrain Ochoa Lugo.*Piedras Negras\n/s,
    ],
  ] as const)('are said back as the form starts with them (%s)', async (lang, details, said) => {
    const a = await testAssistant();
    await a.say(SCRIPTS[lang].opener);
    const started = await a.say(details);
    expect(texts(started)).toMatch(said);
    expect(texts(started)).not.toMatch(/\(1\/6\)/);
  });
});

describe('an answer that mentions a call', () => {
  it('is the answer, not a request for a person', async () => {
    const a = await testAssistant();
    await a.say(SCRIPTS.en.opener);
    await a.say('yes');
    await a.say('Brandon Ulises Carrillo');
    const turn = await a.say('the last time he called us was from Coatzacoalcos, Veracruz');
    expect(turn.report.queued).toBe(false);
    expect(texts(turn)).toMatch(/\(3\/6\)/);
  });
});

describe('a place answered with its date', () => {
  it('keeps the place alone, so "it was the 5th, not the 3rd" corrects the date', async () => {
    const a = await testAssistant();
    await a.say('my brother died in a car crash in Dallas, we want to bring him home to Durango');
    await a.say('yes');
    await a.say('Mario Ruiz Soto');
    const answered = await a.say('he died on october 3rd at a hospital in Dallas');
    // The date was given: the form does not ask for it.
    expect(texts(answered)).not.toMatch(/\(3\/6\)/);
    const fixed = await a.say('sorry it was october 5th not the 3rd');
    expect(texts(fixed)).toMatch(/Date: october 5th/);
    expect(texts(fixed)).not.toMatch(/Place: .*october/);
    for (let i = 0; i < 2; i++) await a.say('skip');
    const summary = await a.say('skip');
    expect(texts(summary)).toMatch(/Place: a hospital in Dallas/);
  });
});

describe('how staff may reach the family', () => {
  it('"they can write me here" is the contact, not a request for a person now', async () => {
    const a = await testAssistant();
    await a.say(SCRIPTS.es.opener);
    await a.say('sí');
    await a.say(SCRIPTS.es.name);
    for (let i = 0; i < 4; i++) await a.say('saltar');
    const turn = await a.say('me pueden escribir por aquí mismo');
    expect(turn.report.queued).toBe(false);
    expect(texts(turn)).toMatch(/Cómo contactar a la familia: me pueden escribir por aquí mismo/);
  });
});

describe('a correction told as "it is not X, it is Y"', () => {
  it.each([
    [
      'es',
      'a mi sobrino lo perdimos de vista en Reynosa hace dos semanas, ya no contesta el teléfono',
      'sí',
      'salió de Reynosa el 12 de agosto',
      'perdón, no es el 12 de agosto, es el 21 de agosto',
      /Corregido:\s+Desde: 21 de agosto/,
    ],
    [
      'en',
      'we have not heard from my nephew since he left Monterrey two weeks ago, we want to find him',
      'yes',
      'he left Reynosa on august 12',
      "sorry, it's not august 12, it's august 21",
      /Corrected:\s+Since: august 21/,
    ],
    [
      'ht',
      'depi de semèn nou pa jwenn neve m nan Reynosa, telefòn li fèmen',
      'wi',
      'li te kite Reynosa 12 out',
      'padon, se pa 12 out, se 21 out',
      /M korije l:\s+Depi: 21 out/,
    ],
  ] as const)(
    'takes the second and keeps the form going (%s)',
    async (_lang, opener, yes, told, fix, fixed) => {
      const a = await testAssistant();
      await a.say(opener);
      await a.say(yes);
      await a.say('Brandon Ulises Carrillo');
      const asked = await a.say(told);
      const next = texts(asked).match(/\(\d\/6\)/)?.[0];
      const turn = await a.say(fix);
      expect(texts(turn)).toMatch(fixed);
      expect(texts(turn)).not.toMatch(/12/);
      // The question on screen is asked again, not skipped or answered with the correction.
      expect(texts(turn)).toContain(next);
    },
  );
});

describe('an answer and an earlier answer taken back, in one message', () => {
  it.each([
    [
      'es',
      ['mi hijo murió en Phoenix la semana pasada, queremos traerlo a Durango', 'sí', 'Luis Ángel Soto Ríos'],
      'murió el 3 de noviembre en un hospital de Phoenix',
      'es mi hijo. y perdón, no fue el 3, fue el 5 de noviembre',
      /Corregido:\s+Fecha: 5 de noviembre/,
    ],
    [
      'en',
      ['my son died in Phoenix last week, we want to bring him home to Durango', 'yes', 'Luis Soto'],
      'he died on november 3 at a hospital in Phoenix',
      "he is my son. and sorry, it wasn't the 3rd, it was november 5",
      /Corrected:\s+Date: november 5/,
    ],
    [
      'ht',
      ['pitit gason m mouri Phoenix semèn pase, nou vle mennen l Durango', 'wi', 'Luis Soto'],
      'li mouri 3 novanm nan yon lopital Phoenix',
      'se pitit gason m. e padon, se pa 3 novanm, se 5 novanm',
      /M korije l:\s+Dat: 5 novanm/,
    ],
  ] as const)(
    'answers the question on screen and corrects the other (%s)',
    async (_lang, start, told, both, fixed) => {
      const a = await testAssistant();
      for (const line of start) await a.say(line);
      await a.say(told);
      const turn = await a.say(both);
      expect(texts(turn)).toMatch(fixed);
      expect(texts(turn)).toMatch(/\(5\/6\)/);
      for (let i = 0; i < 1; i++) await a.say(i === 0 ? 'Canatlán' : '');
      const summary = await a.say(start[1] === 'sí' ? 'me pueden escribir aquí' : 'you can write me here');
      // The relationship holds the answer alone, the date the corrected one.
      expect(texts(summary)).not.toMatch(/(Parentesco|Relationship|Relasyon)[^\n]*(perdón|sorry|padon)/i);
      expect(texts(summary)).toMatch(/5 (de )?nov|november 5/i);
    },
  );
});

describe('"I was wrong" before a correction', () => {
  it.each([
    [
      'ht',
      'depi de semèn nou pa jwenn neve m nan Reynosa, telefòn li fèmen',
      'wi',
      'non non m te twonpe m, se te 21 mas',
    ],
    [
      'es',
      'a mi sobrino lo perdimos de vista en Reynosa hace dos semanas, ya no contesta el teléfono',
      'sí',
      'no no me equivoqué, fue el 21 de marzo',
    ],
  ] as const)('in %s is no new name', async (_lang, opener, yes, fix) => {
    const a = await testAssistant();
    await a.say(opener);
    await a.say(yes);
    await a.say('Brandon Ulises Carrillo');
    await a.say('Reynosa, 12 de marzo');
    const fixed = await a.say(fix);
    expect(texts(fixed)).toMatch(/21/);
    expect(texts(fixed)).not.toMatch(/twonpe|equivoqu/);
  });
});

describe('"the date is wrong, it was the 21st, and it was not Laredo, it was Eagle Pass"', () => {
  it('corrects both, each with its new value', async () => {
    const a = await testAssistant();
    await a.say('a mi hijo lo agarro la migra en texas y no sabemos en que centro de detencion esta');
    await a.say('sí');
    await a.say('Kevin Alejandro Ruiz Medina');
    await a.say('en laredo texas');
    await a.say('lo detuvieron el 12 de marzo');
    const fixed = await a.say(
      'no espere, la fecha esta mal, fue el 21, y no fue en laredo fue en eagle pass',
    );
    expect(texts(fixed)).toMatch(/Desde: el 21/);
    expect(texts(fixed)).toMatch(/Último lugar conocido: eagle pass/);
    expect(texts(fixed)).not.toMatch(/esta mal|laredo/);
  });
});

// Session 40 (blind judge): "sorry i got his name wrong, its …" kept "Name: wrong".
describe('a name said to be wrong, then the right one', () => {
  it('keeps the new name, not the word "wrong"', async () => {
    const a = await testAssistant();
    await a.say('my uncle got picked up by ICE in el paso 4 days ago and nobody knows where they took him');
    await a.say('yes');
    await a.say('Jose Manuel Soto Ibarra');
    const fixed = await a.say('sorry i got his name wrong, its Jose Manuel Soto Reyes');
    expect(texts(fixed)).toMatch(/Soto Reyes/);
    expect(texts(fixed)).not.toMatch(/: wrong/);
  });
});
