/**
 * Issue 33's Kreyòl review (round 3, kreyol-review.md) as tests: every form the reader corrected
 * is rejected by knowledge/style/ht.yaml in the sentence the reader saw, with the reader's
 * replacement, and no Kreyòl text people read uses it; the rule options it needed ("Fini:" only
 * as an opener, a form wrong in one topic only, the lists of how people type left alone) work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { styleProblems } from '../../src/knowledge/check-style.ts';
import { loadKnowledge, readKnowledgeFiles } from '../../src/knowledge/load-knowledge.node.ts';
import { findForms } from '../../src/knowledge/style-match.ts';
import { parseStyleFile, type StyleList, styleListSchema } from '../../src/knowledge/style-schema.ts';
import { quote, type Shown, shownTexts, word } from './support/shown-texts.ts';

let list: StyleList;
let kreyol: Shown[];

beforeAll(async () => {
  const files = await readKnowledgeFiles('knowledge');
  list = parseStyleFile('style/ht.yaml', files.styleHt ?? '', styleListSchema);
  kreyol = (await shownTexts(await loadKnowledge('knowledge'))).filter((t) => t.lang === 'ht');
});

const replaced = (text: string) => findForms(text, list.rules).map((h) => h.rule.use);

// The sentences the reader saw (kreyol-review.md, sections 2 and 3), with what the list says instead.
const SEEN: Array<[string, string]> = [
  ['Voye kò yon fanmi ki mouri aletranje tounen lakay', 'tounen Durango (name the place)'],
  ['Pwogram Paisano (vwayaje lakay)', 'tounen Durango (name the place)'],
  ['Mennen lakay kò yon fanmi ki mouri aletranje', 'tounen Durango (name the place)'],
  ['Mwen regrèt anpil pou pèt ou a. Ki non konplè moun ki mouri a?', 'moun ou pèdi a'],
  ['Fini: mwen pase konvèsasyon ou bay ekip biwo a.', 'Sa fèt:'],
  ['Wi, bay enfòmasyon yo', 'Wi, m ap reponn kesyon yo'],
  ['Èske m pase w bay yon moun nan ekip la ki ka ede w plis?', 'Èske w vle m pase w'],
  ['CNB a chèche moun ki deklare nan Rejis Nasyonal Moun Disparèt yo.', 'moun yo deklare disparèt'],
  [
    'CNB a gen yon Mekanis Sipò Etranje pou ka sa yo (2023).',
    'yon sèvis pou fanmi ki aletranje («Mecanismo de Apoyo Exterior»)',
  ],
  [
    '…bò kote biwo COMAR a, Espas Egalite ak Enklizyon an bay sèvis gratis',
    '«Espacio de Igualdad e Inclusión»',
  ],
  ['…lòt bò dlo ki gen kè sere paske yo lwen fanmi yo, strès oswa depresyon.', 'estrès'],
  [
    '…ekri EFASE pou efase l.\nVi prive: nou kenbe konvèsasyon sa a pou ede w',
    'Sa w ekri isit la, nou kenbe l pou n ka ede w',
  ],
  ['Ou p ap ka fè l tounen.', 'Apre sa, nou p ap ka jwenn yo ankò'],
  ['Anplwaye yo ka konfime w si ka w la antre.', 'si sa valab pou ou'],
  ['Si ka w la diferan, anplwaye yo ka konfime w si l antre.', 'si sa valab pou ou'],
  ['…e li fè lyen pou ou ak Rejis Sivil la (Registro Civil).', 'mete w an kontak ak'],
  ['placesServed: moun Durango ki ap viv deyò eta a', 'k ap viv'],
  ['…e se pa nan tout eta yo bay egzanpsyon.', 'kite moun pa peye'],
];

describe('the round-3 Kreyòl review stays applied', () => {
  it("rejects each form in the sentence the reader saw, with the reader's replacement", () => {
    for (const [text, use] of SEEN) expect(replaced(text), text).toContain(use);
  });

  it("passes the reader's corrections", () => {
    for (const text of [
      'Mennen kò yon fanmi ki mouri aletranje tounen Durango',
      'Mwen regrèt anpil pou moun ou pèdi a.',
      'Sa fèt: mwen pase konvèsasyon ou bay ekip biwo a.',
      'Wi, m ap reponn kesyon yo',
      'Èske w vle m pase w bay yon moun nan ekip biwo a?',
      'CNB a chèche moun yo deklare disparèt.',
      'Ekip biwo a ka di w si sa valab pou ka w la.',
      'Konvèsasyon ak ekip biwo a fini.',
      'Li vle fini lekòl segondè.',
    ])
      expect(findForms(text, list.rules), text).toEqual([]);
  });

  it('reads a topic-only form in that topic alone, and leaves the lists of how people type alone', () => {
    const online = 'Demach pou rezon imanitè a fèt sou entènèt e li pran 15 a 20 minit.';
    expect(styleProblems([{ where: 'topics/mx_status/ht.md (details)', text: online }], list)).toHaveLength(
      1,
    );
    expect(styleProblems([{ where: 'topics/apostille/ht.md (details)', text: online }], list)).toEqual([]);
    const asked = 'kijan pou m tounen lakay';
    expect(
      styleProblems([{ where: 'topics/us_pension/ht.md (answer x (asks))', text: asked }], list),
    ).toEqual([]);
    expect(styleProblems([{ where: 'topics/us_pension/ht.md (answer x)', text: asked }], list)).toHaveLength(
      1,
    );
  });

  it('no Kreyòl text people read says "rapatriye" (the glossary\'s typed forms aside) or "Gwoup Beta"', () => {
    const found = kreyol.filter((t) => word('rapatriye').test(t.text) || /gwoup beta/i.test(t.text));
    expect(found.map(quote)).toEqual([]);
    expect(word('rapatriye').test('Enstiti a ede tou pou rapatriye kò a')).toBe(true);
  });
});
