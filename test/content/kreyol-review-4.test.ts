/**
 * Session 41's Kreyòl review (round 4, a fresh native reader after issue 33's changes) as tests:
 * each sentence the reader found misleading is rejected by knowledge/style/ht.yaml as the reader
 * saw it, with the reader's replacement, and the corrections pass. "kowotè" (session 42) takes
 * "kòyòt", the word migrants use, not the reader's "pasè": that folds to "pase" ("last", as in
 * "semèn pase") and moved a Kreyòl message to another topic in the passage search. Among them, "ekip biwo an
 * etranje": the one-word-for-staff change had also replaced "anplwaye" meaning "to employ".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readKnowledgeFiles } from '../../src/knowledge/load-knowledge.node.ts';
import { findForms } from '../../src/knowledge/style-match.ts';
import { parseStyleFile, type StyleList, styleListSchema } from '../../src/knowledge/style-schema.ts';

let list: StyleList;

beforeAll(async () => {
  const files = await readKnowledgeFiles('knowledge');
  list = parseStyleFile('style/ht.yaml', files.styleHt ?? '', styleListSchema);
});

const replaced = (text: string) => findForms(text, list.rules).map((h) => h.rule.use);

const SEEN: Array<[string, string]> = [
  [
    'Si yon konpayi oswa yon patwon vle ekip biwo an etranje, li fè demach nan INM tou',
    'anboche yon etranje',
  ],
  ['anpil migran pè pou anplwaye sante yo pa denonse yo bay INM', 'pè anplwaye sante yo denonse yo'],
  [
    'Chif 80 % la se pou dokiman rezidans; yo pa bay li pou kat imanitè a.',
    'sous la pa bay chif sa a pou kat imanitè a',
  ],
  ['rele 911 kounye a oswa chèche yon moun ki toupre. Nou pa poukont nou.', 'Ou pa poukont ou'],
  ['Si w t ap vwayaje ak yon kowotè e li abandone w, li fèmen w oswa li abize w', 'kòyòt'],
];

describe('the round-4 Kreyòl review stays applied', () => {
  it("rejects each misleading form in the sentence the reader saw, with the reader's replacement", () => {
    for (const [text, use] of SEEN) expect(replaced(text), text).toContain(use);
  });

  it("passes the reader's corrections", () => {
    for (const text of [
      'Si yon konpayi oswa yon patwon vle anboche yon etranje, li fè demach nan INM tou',
      'anpil migran pè anplwaye sante yo denonse yo bay INM',
      'sous la pa bay chif sa a pou kat imanitè a.',
      'Ou pa poukont ou.',
      'Si w t ap vwayaje ak yon kòyòt e li abandone w, li fèmen w oswa li abize w',
    ])
      expect(findForms(text, list.rules), text).toEqual([]);
  });
});
