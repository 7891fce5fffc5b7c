import { readFileSync } from 'node:fs';
import { loadKnowledge } from './src/knowledge/load-knowledge.node.ts';
import { createTopicClassifier, MATCHING } from './src/understanding/classify-topic.ts';
import { createEmergencyDetector } from './src/understanding/detect-emergency.ts';
import { createLanguageDetector } from './src/understanding/detect-language.ts';
import { createGlossaryMatcher } from './src/understanding/glossary-terms.ts';

const k = await loadKnowledge('knowledge');
const texts = readFileSync('test/fixtures/understanding/tuning.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).text);
const time = (name: string, f: (t: string) => unknown) => {
  for (const t of texts) f(t);
  const s = performance.now();
  for (let r = 0; r < 3; r++) for (const t of texts) f(t);
  console.log(name, (((performance.now() - s) / (3 * texts.length)) * 1000).toFixed(1), 'us/msg');
};
time('language', createLanguageDetector(k.languageSignals));
time('emergency', createEmergencyDetector(k.emergencySignals));
const g = createGlossaryMatcher(k.glossary);
time('glossary', (t) => g.termsIn(t.toLowerCase()));
const stop = new Set<string>();
time('topics', createTopicClassifier(k.entries, g, stop));

import MiniSearch from 'minisearch';

{
  const docs = k.entries.map((e, id) => ({ id, text: e.phrases.join(' ').toLowerCase() }));
  const ms = new MiniSearch({ fields: ['text'] });
  ms.addAll(docs);
  time('raw minisearch', (t) => ms.search(t.toLowerCase(), { combineWith: 'OR' }));
}
