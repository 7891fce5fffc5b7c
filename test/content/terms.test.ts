/**
 * Issue 33's one word for each thing: knowledge/style/terms.yaml, enforced by `knowledge:check`
 * across the topic entries and the locales of each language. Each term split the Kreyòl review
 * and the claims audit found (the staff, Grupos Beta, the US humanitarian permit) is rejected in
 * the words the texts used before, an institution named without its gloss is a problem, and the
 * list itself is checked (a form both accepted and rejected, a form written nowhere).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { resources } from '../../src/i18n/resources.ts';
import { type PlacedText, textsIn } from '../../src/knowledge/check-style.ts';
import { checkTerms, type Terms, termProblems, termsSchema } from '../../src/knowledge/check-terms.ts';
import { buildKnowledge, type Knowledge, type KnowledgeFiles } from '../../src/knowledge/knowledge-base.ts';
import { readKnowledgeFiles } from '../../src/knowledge/load-knowledge.node.ts';
import { parseYamlFile } from '../../src/knowledge/parse-yaml-file.ts';

let files: KnowledgeFiles;
let knowledge: Knowledge;
let terms: Terms;

beforeAll(async () => {
  files = await readKnowledgeFiles('knowledge');
  knowledge = buildKnowledge(files);
  terms = parseYamlFile('style/terms.yaml', files.terms ?? '', termsSchema);
});

/** The problems of one locale string, alone among the texts of its language. */
const problemsWith = (lang: Lang, text: string) => {
  const texts = { es: [], en: [], ht: [] } as Record<Lang, PlacedText[]>;
  texts[lang] = [{ where: `locales/${lang}/common.json (probe)`, text }];
  return termProblems(terms, texts).join('\n');
};

describe('one term per concept per language', () => {
  it('passes on the knowledge and the locales as they are', () => {
    expect(checkTerms(files.terms, knowledge, resources)).toEqual([]);
    expect(textsIn('ht', knowledge, resources).some((t) => t.text.includes('ekip biwo a'))).toBe(true);
  });

  it('rejects the other words the texts used for the same thing, naming the one to write', () => {
    const before: Array<[Lang, string, string]> = [
      ['ht', 'Anplwaye yo ka konfime w sa.', 'ekip biwo a'],
      ['ht', 'Èske w vle m pase w bay yon moun nan ekip la?', 'ekip biwo a'],
      ['ht', 'Gwoup Beta yo bay dlo ak manje.', 'Grupos Beta'],
      ['ht', 'Pèmisyon imanitè pou antre Ozetazini', 'pèmi imanitè'],
      ['ht', 'pèmisyon ijan pou ANTRE OZETAZINI pou rezon imanitè', 'pèmi imanitè'],
      ['es', 'Una persona del equipo ya está contigo en esta conversación.', 'el personal'],
      ['en', 'The Beta Groups give water and first aid.', 'Grupos Beta'],
      ['en', 'The Institute helps bring the corpse home.', 'remains'],
      ['es', 'Para volver, escribe MENU.', 'MENÚ'],
    ];
    for (const [lang, text, use] of before) {
      const found = problemsWith(lang, text);
      expect(found, text).toContain(`locales/${lang}/common.json (probe): "`);
      expect(found, text).toContain(`write "${use}"`);
    }
    // …and the words that replaced them pass.
    for (const [lang, text] of [
      ['ht', 'Ekip biwo a ka konfime w sa.'],
      ['ht', 'Grupos Beta yo bay dlo ak manje.'],
      ['es', 'Alguien del personal ya está contigo.'],
      ['es', 'Para volver, escribe MENÚ.'],
      ['ht', 'règleman an gen yon «dispensa de la apostilla»'],
    ] as const)
      expect(problemsWith(lang, text), text).toBe('');
  });

  it("rejects the native reader's last Kreyòl splits in the words the texts used, and their es/en twins", () => {
    const before: Array<[Lang, string, string]> = [
      ['ht', 'Èd pou mande ak nesans, kopi sètifye ak apostiy', 'batistè'],
      ['ht', 'yo apostiye sètifika nesans, lanmò oswa maryaj', 'batistè'],
      ['ht', 'FEVIMTRA, biwo pwosekitè federal pou vyolans kont fanm', 'pwokirè'],
      ['ht', 'kat elektè oswa lisans kondwi Meksik oswa Ozetazini', 'lisans pou kondi'],
      ['ht', 'oswa yon lisans kondui Meksik oswa Etazini', 'lisans pou kondi'],
      ['ht', 'machandiz pou anviwon 14,000 pezo pa pwojè', 'peso'],
      ['ht', 'li fè 101 vizit nan kay ak albergue pou migran', 'abri'],
      ['ht', 'Enstiti a gen yon rezo lyezon nan minisipalite yo.', 'komin'],
      ['ht', 'Azil / refijye nan Meksik (COMAR)', 'refij'],
      ['ht', 'Ofisye Pwoteksyon Timoun INM yo akonpaye timoun yo', 'OPI'],
      ['ht', 'ou ka di Ofisye Pwoteksyon INM yo sa', 'OPI'],
      ['es', 'sus oficinas en EE. UU. gestionan gratis licencias de conducir', 'licencia de manejo'],
      ['en', 'Our Durango sources do not explain how to correct a birth record.', 'birth certificate'],
      ['en', 'the Fiscalía de Inmigrantes has 6 offices in towns with many migrants', 'municipality'],
    ];
    for (const [lang, text, use] of before) {
      const found = problemsWith(lang, text);
      expect(found, text).toContain(`locales/${lang}/common.json (probe): "`);
      expect(found, text).toContain(`write "${use}"`);
    }
    for (const [lang, text] of [
      ['ht', 'Èd pou mande batistè, kopi sètifye ak apostiy'],
      ['ht', 'Refij ak azil nan Meksik (COMAR)'],
      ['ht', 'Refij nan Meksik (COMAR)'],
      ['ht', 'kat elektè oswa lisans pou kondi ki soti Meksik oswa Ozetazini'],
      ['en', 'to their home towns, with US authorities'],
    ] as const)
      expect(problemsWith(lang, text), text).toBe('');
  });

  it('asks for the gloss of an institution named in Spanish in every entry that names it', () => {
    const entries = files.entries.map((e) =>
      e.file === 'topics/mx_status/ht.md'
        ? { ...e, text: e.text.replaceAll('Komisyon Meksiken pou Ede Refijye', 'li') }
        : e,
    );
    expect(checkTerms(files.terms, buildKnowledge({ ...files, entries })).join('\n')).toContain(
      'topics/mx_status/ht.md: names COMAR without saying what it is; write "Komisyon Meksiken pou Ede Refijye" once',
    );
    // The INM's OPI and a Fiscalía, kept in Spanish since issue 33's last Kreyòl splits, likewise.
    const unglossed = files.entries.map((e) =>
      e.file === 'topics/locate_person/ht.md'
        ? { ...e, text: e.text.replaceAll('ofisye INM ki pwoteje timoun', 'yo') }
        : e.file === 'topics/office_info/ht.md'
          ? { ...e, text: e.text.replaceAll('Fiscalía (biwo pwokirè)', 'Fiscalía') }
          : e,
    );
    const found = checkTerms(files.terms, buildKnowledge({ ...files, entries: unglossed })).join('\n');
    expect(found).toContain(
      'topics/locate_person/ht.md: names OPI without saying what it is; write "ofisye INM ki pwoteje timoun" once',
    );
    expect(found).toContain(
      'topics/office_info/ht.md: names Fiscalía without saying what it is; write "biwo pwokirè" once',
    );
  });

  it('checks the list itself', () => {
    const both = `${files.terms}\n  - id: probe\n    concept: a test term\n    es: { use: restos, reject: [restos] }\n    en: { use: remains }\n    ht: { use: kò }\n`;
    expect(checkTerms(both, knowledge).join('\n')).toMatch(
      /term probe \(es\): "restos" is both accepted and rejected/,
    );
    const nowhere = files.terms?.replace('use: ekip biwo a', 'use: ekip sant lan');
    expect(checkTerms(nowhere, knowledge, resources).join('\n')).toMatch(
      /term staff \(ht\): no text writes "ekip sant lan"/,
    );
    expect(checkTerms(undefined, knowledge)).toEqual([
      'style/terms.yaml: was not read. Restore knowledge/style/ from git.',
    ]);
  });
});
