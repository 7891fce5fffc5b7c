/**
 * The checks issue 16 added to `npm run knowledge:check`, each shown to fail on the text it
 * exists for: the office address cut by an unquoted "#" or changed from its source line, every
 * Kreyòl form the review named (and only where it is wrong), and sentences or words too long
 * for people with little schooling. The real texts are checked too: the address people see is
 * the whole line office.yaml gives, word for word in the seed line it cites.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { officeValues } from '../../src/engine/office-values.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { checkKnowledge } from '../../src/knowledge/check-knowledge.ts';
import { addressProblems, cutValues } from '../../src/knowledge/check-office.ts';
import { checkReadability } from '../../src/knowledge/check-readability.ts';
import { buildKnowledge, type KnowledgeFiles } from '../../src/knowledge/knowledge-base.ts';
import { readKnowledgeFiles } from '../../src/knowledge/load-knowledge.node.ts';
import { findForms, listProblems } from '../../src/knowledge/style-match.ts';
import { parseStyleFile, type StyleList, styleListSchema } from '../../src/knowledge/style-schema.ts';
import { fillPlaceholders, stripMarkers } from '../../src/knowledge/text.ts';

const SEED = '../shared/seeds/000_42a14087d130fee7.txt';
let files: KnowledgeFiles;
let list: StyleList;
let seedLine: string | null;

beforeAll(async () => {
  files = await readKnowledgeFiles('knowledge');
  list = parseStyleFile('style/ht.yaml', files.styleHt ?? '', styleListSchema);
  const seed = await readFile(SEED, 'utf8').catch(() => null);
  seedLine = seed?.split('\n')[196] ?? null;
});

const problemsOf = (changed: Partial<KnowledgeFiles>, locales = {}) =>
  checkKnowledge({ ...files, ...changed }, null, locales).problems.join('\n');
const replaced = (hits: ReturnType<typeof findForms>) => hits.map((h) => h.rule.use);

describe('office profile', () => {
  it('shows people the whole address office.yaml gives, word for word in the seed line it cites', () => {
    const knowledge = buildKnowledge(files);
    const entry = knowledge.entry('office_info', 'es');
    const values = officeValues(knowledge, 'es', createI18n().t('es'));
    const parts = [entry?.reply, entry?.details, ...Object.values(entry?.facets ?? {}).map((f) => f.text)];
    const shown = fillPlaceholders(stripMarkers(parts.join('\n\n')), values);
    const raw = /^\s*text:\s*"(.*)"\s*$/m.exec(files.office)?.[1];
    expect(raw).toBeDefined();
    expect(shown).toContain(raw);
    expect(cutValues('office.yaml', files.office)).toEqual([]);
    if (seedLine !== null) expect(addressProblems(knowledge.office, seedLine)).toEqual([]);
  });

  it('says the hours and the phone once each, known or not (the time facet, session 58)', () => {
    const knowledge = buildKnowledge(files);
    const t = createI18n().t('es');
    const unknown = officeValues(knowledge, 'es', t);
    expect(unknown.hours).toMatch(/no indican el horario/);
    expect(unknown.reach).toMatch(/no puedo confirmarte su teléfono/);
    expect(unknown.reach).not.toMatch(/horario/);
    const office = {
      ...knowledge.office,
      phone: '618 000 0000',
      hours: { ...knowledge.office.hours, es: 'lunes a viernes, 9 a 15 h' },
    };
    const known = officeValues({ ...knowledge, office } as typeof knowledge, 'es', t);
    expect(known.hours).toBe('Horario: lunes a viernes, 9 a 15 h');
    expect(known.reach).toBe('Teléfono: 618 000 0000');
  });

  const unquoted = (office: string) =>
    office.replace(
      /^(\s*text:\s*)"([^"]*)"\s*$/m,
      '$1Calle Juárez #144 Norte, Zona Centro, C.P. 34000, Durango, Durango',
    );

  it('fails on an unquoted "#", which cuts the address to "Calle Juárez"', () => {
    const office = unquoted(files.office);
    expect(buildKnowledge({ ...files, office }).office.address.text).toBe('Calle Juárez');
    expect(problemsOf({ office })).toMatch(
      /office\.yaml line \d+: "text" is read as "Calle Juárez".*double quotes/,
    );
  });

  it('fails on an address the cited line does not give', () => {
    const knowledge = buildKnowledge(files);
    const moved = {
      ...knowledge.office,
      address: { ...knowledge.office.address, text: 'Calle Juárez #145 Norte' },
    };
    const line =
      'con domicilio en Calle Juárez, #144 Norte, Zona Centro, C.P. 34000, Durango, Durango, tiene';
    expect(addressProblems(moved, line).join('\n')).toMatch(/not, word for word.*"145"/);
    const whole = { ...moved, address: { ...moved.address, text: 'Calle Juárez #144 Norte, Zona Centro' } };
    expect(addressProblems(whole, line)).toEqual([]);
  });
});

describe('Kreyòl style list', () => {
  // Every form the Kreyòl review of issue 16 names, in a sentence, with what it must become.
  const named: Array<[string, string]> = [
    ['Enstiti a ede mennen rès yon fanmi tounen.', 'kò yon fanmi'],
    ['Ki relasyon ou ak moun nan?', 'Kisa ou ye pou moun nan?'],
    ['Kilè sa te rive? Yon dat apeprè bon.', 'Si w pa konn dat la, di apeprè.'],
    ['Tanpri reponn pa ekri, oswa peze Sote.', 'ekri repons ou'],
    ['Fè demach la, pa pase pa entèmedyè.', 'pa peye pèsonn pou fè l pou ou'],
    ['Sit la an panyòl ak angle.', 'anglè'],
    ['Pou moun ki nan yon sitiyasyon difisil.', 'sitiyasyon vilnerab'],
    ['Konpandyòm Jeneral 2023, Pak Mondyal pou Migrasyon', 'Rapò SEGOB 2023'],
    ['Ak kisa mwen ka ede w?', 'Kisa m ka fè pou ou?'],
    ['Ak kisa m ka ede w? Peze yon opsyon.', 'Kisa m ka fè pou ou?'],
    ['Fè kò yon fanmi ki mouri lòt bò tounen', 'Mennen kò yon fanmi ki mouri aletranje tounen Durango'],
    ['Dokiman eta a depi lòt bò', 'Papye Durango pou moun aletranje'],
    ['Modil Repatriyasyon INM yo bay manje.', 'biwo INM ki resevwa moun yo depòte'],
    ['Yo bay konstans orijin nan kèk ka.', 'sètifika orijin'],
    ['Nou avèti yon moun nan ekip la.', 'Nou deja avèti yon moun'],
    ['ka kriminèl la bas', 'laba'],
    ['ka kriminèl la-ba', 'laba'],
    ['Enstiti a oryante w.', 'gide'],
    ['Si w bezwen l, mande pou reyentegrasyon.', 'mande sou'],
    ['Enstiti a se yon òganis gouvènman an.', 'enstitisyon'],
    ['Papye ke ou bezwen an.', 'ki, or leave it out'],
    ['Voye l pa imel.', 'imèl'],
    ['Yon biwo nan Texas.', 'Teksas'],
  ];

  it('rejects every form the review named, with its replacement', () => {
    for (const [text, use] of named) expect(replaced(findForms(text, list.rules)), text).toContain(use);
  });

  it('matches whole words, with or without accents and capitals, never across punctuation', () => {
    expect(replaced(findForms('ENSTITI A ORYANTÉ W', list.rules))).toEqual(['gide']);
    expect(findForms('Yo kòmande pou lekòl la; yon rèsponsab.', list.rules)).toEqual([]);
    expect(findForms('Li la. Ba l papye a.', list.rules)).toEqual([]);
    expect(findForms('Texasville', list.rules)).toEqual([]);
  });

  it('leaves right words alone: accents that make another word, and the exceptions', () => {
    for (const text of [
      'Moun ki gen kè sere.',
      'Moun k ap viv lòt bò dlo.',
      'An panyòl ak anglè; voye yon imèl.',
      'Ki papye yo mande pou viza a? Konsila a mande pou viza.',
      'Ou ka mande pou pale ak yon moun.',
      'Mennen kò yon fanmi ki mouri aletranje tounen Durango.',
    ])
      expect(findForms(text, list.rules), text).toEqual([]);
  });

  it('names the file, the part, the form and its replacement in each problem', () => {
    const entries = files.entries.map((e) =>
      e.file === 'topics/remains_repatriation/ht.md'
        ? {
            ...e,
            text: e.text.replace('<!-- more -->', 'Nou mennen rès yon fanmi tounen. [^a]\n\n<!-- more -->'),
          }
        : e,
    );
    expect(problemsOf({ entries })).toContain(
      'topics/remains_repatriation/ht.md (reply): "rès yon fanmi" → write "kò yon fanmi"',
    );
  });

  it('checks the locale files (not the command words people type) and the Kreyòl fields of the yaml files', () => {
    const locales = {
      ht: { common: { menu: { prompt: 'Ak kisa mwen ka ede w?' } }, commands: { x: ['imel'] } },
    };
    const found = problemsOf({}, locales);
    expect(found).toContain(
      'locales/ht/common.json (menu.prompt): "Ak kisa mwen ka ede w" → write "Kisa m ka fè pou ou?"',
    );
    expect(found).not.toContain('commands.json');
    const sources = files.sources.replace(/(\n\s+short:\n(?:.*\n){2}\s+ht: )/, '$1Pak Mondyal ');
    expect(problemsOf({ sources })).toMatch(
      /sources\.yaml \(.*short\.ht\): "Pak Mondyal" → write "Rapò SEGOB 2023"/,
    );
    const office = files.office.replace(/(\n\s+ht: )Enstiti/, '$1Òganis');
    expect(problemsOf({ office })).toMatch(/office\.yaml \(name\.ht\): "Òganis" → write "enstitisyon"/);
    const glossary = files.glossary.replace(/ht: \[batistè,/, 'ht: [konstans nesans, batistè,');
    expect(problemsOf({ glossary })).toMatch(/glossary\.yaml \(term birth_certificate.*"konstans"/);
  });

  it('rejects a list that does not match its format, or contradicts itself', () => {
    expect(
      problemsOf({ styleHt: 'lang: ht\nrules:\n  - reject: [oryante]\n    why: no use given\n' }),
    ).toMatch(/style\/ht\.yaml: does not match the format:\n\s+rules\.0\.use/);
    expect(problemsOf({ styleHt: undefined })).toMatch(/style\/ht\.yaml: was not read/);
    const rule = {
      reject: ['mande pou'],
      use: 'mande pou sa',
      why: 'a test rule',
      except: ['kesyon'],
      accents: false,
      start: false,
      asks: true,
    };
    expect(listProblems([rule]).join('\n')).toMatch(/replacement "mande pou sa" holds a form it rejects/);
    expect(listProblems([rule]).join('\n')).toMatch(/exception "kesyon" holds none of the rejected forms/);
  });
});

describe('readability limits', () => {
  // The first maximum in the file is Spanish's.
  const limits = (over: string) => (files.readability ?? '').replace(/maxWordsPerSentence: \d+/, over);

  it("lets today's texts pass, and counts sentences above the aim in a warning", () => {
    const { problems, warnings } = checkReadability(files.readability, buildKnowledge(files));
    expect(problems).toEqual([]);
    expect(warnings.join('\n')).toMatch(/^es: \d+ of \d+ sentences have more than 20 words/m);
  });

  it('fails on a sentence over the maximum', () => {
    const long = `${Array.from({ length: 70 }, (_, i) => `palabra${i}`).join(' ')}. [^a]`;
    const entries = files.entries.map((e) =>
      e.file === 'topics/apostille/es.md'
        ? { ...e, text: e.text.replace('<!-- more -->', `${long}\n\n<!-- more -->`) }
        : e,
    );
    expect(problemsOf({ entries })).toMatch(
      /topics\/apostille\/es\.md \(reply\): a sentence has 70 words; the es limit is \d+/,
    );
  });

  it('fails on a text crowded with long words', () => {
    const hard =
      'La documentación institucional correspondiente requiere identificación, regularización, certificación y acreditación administrativa. Pregunta al personal sobre la documentación internacional, la representación consular y la reglamentación migratoria vigente hoy, antes de ir a la oficina. [^a]';
    const entries = files.entries.map((e) =>
      e.file === 'topics/apostille/es.md'
        ? { ...e, text: e.text.replace(/(<!-- facet: cost[^\n]*-->\n)[^\n]*/, `$1${hard}`) }
        : e,
    );
    expect(problemsOf({ entries })).toMatch(
      /topics\/apostille\/es\.md \(facet cost\): \d+% of its words have 12 letters or more; the es limit is 12%/,
    );
  });

  it('rejects limits that do not match the format', () => {
    expect(problemsOf({ readability: limits('maxWordsPerSentence: 10') })).toMatch(
      /aim must not exceed the maximum/,
    );
    expect(problemsOf({ readability: 'es: {}\n' })).toMatch(
      /style\/readability\.yaml: does not match the format/,
    );
  });
});
