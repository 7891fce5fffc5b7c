/**
 * Issue 16's Kreyòl review, as tests: no Kreyòl text uses a form the reader rejected, each
 * rejected form is caught in the sentence the reader saw (and its replacement passes), and the
 * menu, intake and topic texts say what the reader proposed.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/knowledge-base.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.node.ts';
import { quote, type Shown, shownTexts, word } from './support/shown-texts.ts';

/** The forms the Kreyòl reader rejected, and what replaced them. */
const KREYOL: [RegExp, string][] = [
  [word('rès'), 'kò (rès means leftovers)'],
  [/ki relasyon ou ak moun nan|relasyon ou(?![\p{L}])/iu, 'Kisa ou ye pou moun nan?'],
  [/yon dat apeprè bon/i, 'Si w pa konn dat la, di apeprè.'],
  [/reponn pa ekri/i, 'ekri repons ou'],
  [/entèmedyè/i, 'pa peye pèsonn pou fè l pou ou'],
  [word('angle', 'u'), 'anglè'],
  [/sitiyasyon (difisil|frajil)/i, 'sitiyasyon vilnerab'],
  [/konpandyòm|pak mondyal/i, 'Rapò SEGOB 2023'],
  [/ak kisa (m|mwen) ka ede/i, 'Kisa m ka fè pou ou?'],
  [/lòt bò tounen|depi lòt bò/i, 'the new menu labels'],
  [/modil repatriyasyon/i, 'biwo INM ki resevwa moun yo depòte'],
  [/konstans orijin/i, 'sètifika orijin'],
  [/(?<!deja )nou avèti yon moun/i, 'Nou deja avèti yon moun'],
  [/la[ -]bas?(?![\p{L}])|la-ba/iu, 'laba'],
  [/oryante|oryantasyon/i, 'gide'],
  [
    /(?<!(?:yo|ap|a) )mande (?:tou )?pou (?!(?:m|mwen|w|ou|l|li|n|nou|yo|pale|yon moun)(?![\p{L}]))/iu,
    'mande sou',
  ],
  [word('òganis'), 'enstitisyon'],
  [word('ke'), 'ki, or nothing'],
  [word('imel'), 'imèl'],
  [word('texas'), 'Teksas'],
];

let knowledge: Knowledge;
let shown: Shown[];

beforeAll(async () => {
  knowledge = await loadKnowledge('knowledge');
  shown = await shownTexts(knowledge);
});

describe('the Kreyòl review stays applied', () => {
  const kreyol = () => shown.filter((t) => t.lang === 'ht');

  it('no Kreyòl text uses a form the reader rejected', () => {
    const found = kreyol().flatMap((t) =>
      KREYOL.filter(([form]) => form.test(t.text)).map(
        ([form, use]) => `${quote(t)} → ${form} (write ${use})`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('each rejected form is caught in the sentence the reader saw', () => {
    const seen = [
      'Mennen lakay rès yon fanmi ki mouri lòt bò dlo',
      'Ki relasyon ou ak moun nan?',
      'Kilè sa te rive? Yon dat apeprè bon.',
      'Tanpri reponn pa ekri, oswa peze Sote.',
      'Fè demach la ou menm, san entèmedyè.',
      '(an panyòl, angle, franse)',
      'ou nan yon sitiyasyon difisil',
      'Konpandyòm Jeneral 2023, Pak Mondyal',
      'Ak kisa m ka ede w?',
      'Fè kò yon fanmi ki mouri lòt bò tounen',
      'Dokiman eta a depi lòt bò',
      'Modil Repatriyasyon INM yo',
      'konstans orijin lan',
      'Nou avèti yon moun.',
      'ka kriminèl la-ba',
      'Nou ka oryante w',
      'mande pou reyentegrasyon',
      'yon òganis Gouvènman Eta Durango',
      'papye ke ou bezwen an',
      '(imel, oswa an plizyè moso)',
      'yon biwo nan Texas',
    ];
    const missed = seen.filter((s) => !KREYOL.some(([form]) => form.test(s)));
    expect(missed).toEqual([]);
    // …and the words that replaced them pass.
    const fixed = [
      'Adrès biwo a',
      'kò yon fanmi',
      'anglè',
      'Nou deja avèti yon moun',
      'laba',
      'yo mande pou viza a',
    ];
    expect(fixed.filter((s) => KREYOL.some(([form]) => form.test(s)))).toEqual([]);
  });

  it('menu and intake say what the reader proposed', async () => {
    const common = JSON.parse(await readFile('locales/ht/common.json', 'utf8'));
    const topics = JSON.parse(await readFile('locales/ht/topics.json', 'utf8'));
    const intake = JSON.parse(await readFile('locales/ht/intake.json', 'utf8'));
    expect(common.menu.prompt).toMatch(/^Kisa m ka fè pou ou\?/);
    expect(common.menu.prompt_numbered).toMatch(/^Kisa m ka fè pou ou\?/);
    for (const [topic, label] of [
      // "tounen lakay" reads as home = Haiti (issue 33): it is Durango the remains go to.
      ['remains_repatriation', 'Mennen kò yon fanmi ki mouri aletranje tounen Durango'],
      ['state_documents', 'Papye Durango pou moun aletranje'],
    ] as const) {
      expect(topics.topics[topic]).toBe(label);
      expect(knowledge.entry(topic, 'ht')?.label).toBe(label);
    }
    expect(Object.values(topics.topics).filter((label) => /\blakay\b/.test(String(label)))).toEqual([]);
    expect(intake.intake.remains.relationship.prompt).toContain('Kisa ou ye pou moun nan?');
    expect(intake.intake.locate.relationship.prompt).toContain('Kisa ou ye pou moun nan?');
    expect(intake.intake.remains.dateOfDeath.prompt).toContain('Si w pa konn dat la, di apeprè.');
    expect(intake.intake.textOnly).toContain('ekri repons ou');
  });

  it('names the INM reception offices and the certificate of origin in plain Kreyòl', () => {
    const text = (topic: 'deportee_support' | 'state_documents') =>
      kreyol()
        .filter((t) => t.topic === topic)
        .map((t) => t.text)
        .join('\n');
    expect(text('deportee_support')).toContain('biwo INM ki resevwa moun yo depòte');
    expect(text('state_documents')).toContain('sètifika orijin');
  });
});
