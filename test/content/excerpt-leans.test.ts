/**
 * An excerpt (the one sentence of an entry that answers a question no facet answers) never goes
 * out as a short sentence that leans on the one before it: "No sirve para regularizarte." alone,
 * sent to "my husband is Mexican, does that help?", said no to a question it was not about
 * (session 44). A short sentence comes with the sentence before it in its paragraph.
 */
import { describe, expect, it } from 'vitest';
import { createExcerpts } from '../../src/knowledge/excerpt.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.node.ts';
import { sentences } from '../../src/knowledge/text.ts';

describe('an excerpt', () => {
  it('brings a short sentence with the one before it', async () => {
    const knowledge = await loadKnowledge('knowledge');
    const stop = (lang: string) => new Set(knowledge.languageSignals[lang as 'es'].stopwords);
    const excerptFor = createExcerpts(stop);
    const alone: string[] = [];
    let leaning = 0;
    for (const entry of knowledge.entries) {
      const paragraphs = [
        entry.reply,
        entry.details,
        ...Object.values(entry.facets).map((f) => f?.text ?? ''),
      ].flatMap((part) => part.split(/\n\s*\n/));
      for (const paragraph of paragraphs) {
        const all = sentences(paragraph);
        all.forEach((sentence, i) => {
          const words = sentence.split(/\s+/).length;
          if (i === 0 || words < 4 || words >= 7) return;
          leaning += 1;
          // Asked in the sentence's own words, it is the best match: what goes out must hold more.
          const found = excerptFor(entry, sentence);
          if (found && found.text.trim() === sentence.trim())
            alone.push(`${entry.id}/${entry.lang}: ${sentence}`);
        });
      }
    }
    expect(leaning).toBeGreaterThan(10);
    expect(alone).toEqual([]);
  });
});
