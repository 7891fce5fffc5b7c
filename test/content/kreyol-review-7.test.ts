/**
 * Session 45's Kreyòl review, round 7 (two fresh native readers, every Kreyòl sentence after the
 * round-6 fixes: 25 sentences with an error, none misleading) as tests. Each kind that recurs or
 * hides a meaning has a rule in knowledge/style/ht.yaml: «ante el Consulado» calqued as "devan
 * Konsila" (in front of the building), "pesonn", "kondane amò", "gade l deyò". Each rule rejects
 * the sentence the reader saw and passes the fix. And the command words reader C found missing
 * are read through the real engine: "ekip" and "konseye" (the Spanish "personal", "asesor")
 * queue for a person as "moun" does; "akèy" (the Spanish "inicio") opens the menu as "meni" does.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKnowledgeFiles } from '../../src/knowledge/load-knowledge.node.ts';
import { findForms } from '../../src/knowledge/style-match.ts';
import { parseStyleFile, type StyleList, styleListSchema } from '../../src/knowledge/style-schema.ts';
import { type TestAssistant, testAssistant, texts } from '../support/assistant.ts';

let list: StyleList;

beforeAll(async () => {
  const files = await readKnowledgeFiles('knowledge');
  list = parseStyleFile('style/ht.yaml', files.styleHt ?? '', styleListSchema);
});

const replaced = (text: string) => findForms(text, list.rules).map((h) => h.rule.use);

/** A turn's words with its folio and code (random) left out. */
const folioless = (turn: Awaited<ReturnType<TestAssistant['say']>>) =>
  texts(turn).replace(/\(folio\) se \S+ epi kòd ou se \S+\./g, '(folio) se # epi kòd ou se #.');

const AT_CONSULATE = 'nan Konsila Jeneral Ozetazini, nan Anbasad Ozetazini';

/** The sentence a reader saw, the rule's replacement, and the sentence as it is now. */
const SEEN: Array<[string, string, string]> = [
  [
    'Demach la fèt devan Konsila Jeneral Ozetazini nan Ciudad Juárez; Enstiti a ba w konsèy sou demach sa a.',
    AT_CONSULATE,
    'Demach la fèt nan Konsila Jeneral Ozetazini nan Ciudad Juárez; Enstiti a ba w konsèy sou demach sa a.',
  ],
  [
    'Dapre manyèl li, Enstiti a bay konsèy sou demach pou jwenn pansyon Ozetazini devan konsila sa a.',
    AT_CONSULATE,
    'Dapre manyèl li, Enstiti a bay konsèy sou demach pou jwenn pansyon Ozetazini nan konsila sa a.',
  ],
  [
    'Nan Veracruz, yon etid (anviwon 2021) di reklamasyon an fèt devan Anbasad Ozetazini nan Meksik.',
    AT_CONSULATE,
    'Nan Veracruz, yon etid (anviwon 2021) di reklamasyon an fèt nan Anbasad Ozetazini nan Meksik.',
  ],
  [
    'Ou poko nan liy pou ekip biwo a: pesonn nan biwo a poko gen konvèsasyon w lan.',
    'pèsonn',
    'Ou poko nan liy pou ekip biwo a: pèsonn nan biwo a poko gen konvèsasyon w lan.',
  ],
  [
    'Depi 2000, SRE gen pwogram MCLAP: èd legal espesyal pou Meksiken yo kondane amò Ozetazini, oswa ki gen yon jijman ki ka mennen la.',
    'kondane a lanmò',
    'Depi 2000, SRE gen pwogram MCLAP: èd legal espesyal pou Meksiken yo kondane a lanmò Ozetazini, oswa ki gen yon jijman ki ka mennen yo nan penn lanmò.',
  ],
  [
    'Pèsonn pa ka gade l deyò pandan 30 jou.',
    'pèsonn pa ka konsilte l nan yon lòt konvèsasyon',
    'Pandan 30 jou, pèsonn pa ka konsilte l nan yon lòt konvèsasyon.',
  ],
  [
    'Pèsonn pa ka gade l deyò pandan 30 jou; si fanmi an rele, konfime ki moun yo ye epi ba yo eta dosye a ou menm',
    'pèsonn pa ka konsilte l nan yon lòt konvèsasyon',
    'Pandan 30 jou, pèsonn pa ka konsilte l nan yon lòt konvèsasyon; si fanmi an rele, konfime ki moun yo ye epi ba yo eta dosye a ou menm',
  ],
];

/** Each fix as it now stands in its file (the Kreyòl only; the Spanish and English are untouched). */
const NOW: Array<[string, string]> = [
  ['knowledge/topics/us_pension/ht.md', 'Demach la fèt nan Konsila Jeneral Ozetazini nan Ciudad Juárez;'],
  [
    'knowledge/topics/legal_advice/ht.md',
    'kondane a lanmò Ozetazini, oswa ki gen yon jijman ki ka mennen yo nan penn lanmò.',
  ],
  ['knowledge/topics/locate_person/ht.md', 'ni si w ka rele nan yon lòt peyi.'],
  ['knowledge/topics/locate_person/ht.md', 'Pou yon moun ki pèdi Ozetazini, kèk eta chèche ak SRE'],
  ['knowledge/topics/asylum/ht.md', 'Ti kras dokiman yo di sou sa:'],
  ['knowledge/topics/dual_nationality/ht.md', 'pou mande yo pa fè w peye enskripsyon an.'],
  ['knowledge/topics/deportee_support/ht.md', '(gichè pou moun Etazini voye tounen)'],
  [
    'knowledge/topics/reintegration/ht.md',
    'Li gen yon «línea de repatriados» (liy pou moun ki repatriye) tou (rapò 2023).',
  ],
  [
    'knowledge/topics/office_info/ht.md',
    'Biwo Manyèl la (2019) dekri yo se sa ki nan Los Angeles ak Chicago.',
  ],
  ['knowledge/topics/paisano/ht.md', 'neglijans, abi nan fonksyon yo ak vyolasyon dwa moun.'],
  ['locales/ht/common.json', 'Di m vil la oswa sa w wè bò kote w.'],
];

describe('the round-7 Kreyòl review stays applied', () => {
  it('rejects each form in the sentence the reader saw, with the rule’s replacement', () => {
    for (const [text, use] of SEEN) expect(replaced(text), text).toContain(use);
  });

  it('passes the corrections', () => {
    for (const [, , fixed] of SEEN) expect(findForms(fixed, list.rules), fixed).toEqual([]);
  });

  it('leaves "devan" where it is not a consulate or an embassy, and "pèsonn" spelled right', () => {
    for (const text of [
      'reprezante yo devan lalwa',
      'depoze plent devan pwokirè federal',
      'pèsonn pa di m anyen',
    ])
      expect(findForms(text, list.rules), text).toEqual([]);
  });

  it('holds each fix in its file', async () => {
    for (const [file, text] of NOW) expect(await readFile(file, 'utf8'), file).toContain(text);
  });

  it('glosses «unidad familiar» as the other texts do, not with an explanation the Spanish does not give', async () => {
    const text = await readFile('knowledge/topics/legal_advice/ht.md', 'utf8');
    expect(text).not.toContain('(fanmi nan Meksik)');
    expect(text).toContain(
      'migran ak fanmi yo ki bezwen pwoteksyon entènasyonal: inite fanmi («unidad familiar»)',
    );
  });
});

describe('the Kreyòl command words the readers found missing', () => {
  /** A Kreyòl question answered, then `word` typed alone. */
  async function afterQuestion(word: string) {
    const a = await testAssistant();
    const asked = await a.say('mwen se ayisyen epi m vle mande refij nan Meksik');
    expect(asked.report.topic).toBe('asylum');
    return a.say(word);
  }

  it('"ekip" and "konseye" (the Spanish "personal", "asesor") queue for a person, as "moun" does', async () => {
    const moun = await afterQuestion('moun');
    expect(moun.report.queued).toBe(true);
    expect(folioless(moun)).toContain('(folio) se # epi kòd ou se #.');
    for (const word of ['ekip', 'konseye', 'EKIP', 'Konseye']) {
      const turn = await afterQuestion(word);
      expect(turn.report.queued, word).toBe(true);
      expect(folioless(turn), word).toBe(folioless(moun));
    }
  });

  it('"akèy" (the Spanish "inicio") opens the menu, as "meni" does', async () => {
    const meni = await afterQuestion('meni');
    for (const word of ['akèy', 'AKÈY', 'akey']) {
      const turn = await afterQuestion(word);
      expect(turn.report.queued, word).toBe(false);
      expect(texts(turn), word).toBe(texts(meni));
    }
  });

  it('the words are in the Kreyòl lists beside the other languages’ equivalents', async () => {
    const ht = JSON.parse(await readFile('locales/ht/commands.json', 'utf8'));
    const es = JSON.parse(await readFile('locales/es/commands.json', 'utf8'));
    expect(es.commands.menu).toContain('inicio');
    expect(es.commands.human).toEqual(expect.arrayContaining(['asesor', 'personal']));
    expect(ht.commands.menu).toContain('akèy');
    expect(ht.commands.human).toEqual(expect.arrayContaining(['konseye', 'ekip']));
  });
});
