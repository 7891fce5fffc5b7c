import { readFileSync } from 'node:fs';
import { loadKnowledge } from './src/knowledge/load-knowledge.node.ts';
import { createTopicClassifier } from './src/understanding/classify-topic.ts';
import { createUnderstanding } from './src/understanding/understand.ts';

const file = process.argv[2]!;
const k = await loadKnowledge(process.env.KNOWLEDGE_DIR);
const u = createUnderstanding(k);
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const rows = [];
for (const c of cases) {
  const m = u(c.text);
  rows.push({ c, m });
}
// print rows of wrong
for (const { c, m } of rows) {
  const accept = c.accept ?? [c.topic];
  if (!accept.includes(m.topic))
    console.log(
      `${c.id} ${c.lang} exp=${c.topic} got=${m.topic} conf=${m.confidence.toFixed(2)} cands=${m.candidates.join(',')} | ${c.text.slice(0, 100)}`,
    );
}
