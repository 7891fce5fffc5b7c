/**
 * Sentences of the knowledge base's paragraphs (knowledge/text.ts): an abbreviation's dot ends
 * no sentence, so an excerpt never opens inside one (a fresh tester got "UU., la oficina de Los
 * Ángeles…", cut at "EE."), and real sentence ends still cut.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.node.ts';
import { passagesOf } from '../../src/knowledge/passages.ts';
import { sentences } from '../../src/knowledge/text.ts';

describe('the sentences of a paragraph', () => {
  it('keeps abbreviations inside their sentence', () => {
    expect(sentences('En EE. UU., la oficina de Los Ángeles atiende. La de Chicago también.')).toEqual([
      'En EE. UU., la oficina de Los Ángeles atiende.',
      'La de Chicago también.',
    ]);
    expect(sentences('Calle Juárez 10, C.P. 34000, Durango. Abre a las 9.')).toEqual([
      'Calle Juárez 10, C.P. 34000, Durango.',
      'Abre a las 9.',
    ]);
    expect(sentences('In the U.S. there are two offices. Ask staff.')).toEqual([
      'In the U.S. there are two offices.',
      'Ask staff.',
    ]);
    expect(sentences('Li la. Èske ou ka vini? Wi! 2 moun.')).toEqual([
      'Li la.',
      'Èske ou ka vini?',
      'Wi!',
      '2 moun.',
    ]);
  });

  it('never starts a sentence of an entry inside an abbreviation', async () => {
    const knowledge = await loadKnowledge('knowledge');
    const cut = knowledge.entries.flatMap((entry) =>
      passagesOf(entry).flatMap((p) =>
        sentences(p.text)
          .filter((s) => /^(UU\.|P\.|S\.)/.test(s))
          .map((s) => `${entry.id}/${entry.lang}/${p.id}: ${s.slice(0, 40)}`),
      ),
    );
    expect(cut).toEqual([]);
  });
});
