import { readFileSync } from 'node:fs';
import { loadKnowledge } from './src/knowledge/load-knowledge.node.ts';
import { MATCHING } from './src/understanding/classify-topic.ts';
import { scoreUnderstanding } from './src/understanding/score.ts';
import { createUnderstanding, THRESHOLDS } from './src/understanding/understand.ts';

const k = await loadKnowledge(process.env.KNOWLEDGE_DIR);
const cases = readFileSync(process.argv[2]!, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const variants: Array<[string, () => void]> = [
  [
    'cov.4',
    () => {
      THRESHOLDS.minCoverage = 0.4;
    },
  ],
  [
    'cov.5',
    () => {
      THRESHOLDS.minCoverage = 0.5;
    },
  ],
  [
    'cov.6',
    () => {
      THRESHOLDS.minCoverage = 0.6;
    },
  ],
];
for (const [name, apply] of variants) {
  apply();
  const u = createUnderstanding(k);
  const r = scoreUnderstanding(cases, u);
  for (const min of [1.2, 1.5, 1.8, 2.1]) {
    THRESHOLDS.minScorePerTerm = min;
    const r = scoreUnderstanding(cases, createUnderstanding(k));
    console.log(
      name.padEnd(16),
      min,
      'topic',
      r.topic.toFixed(3),
      'none',
      r.none.toFixed(3),
      JSON.stringify(r.perLang),
    );
  }
  console.log(
    name.padEnd(16),
    'topic',
    r.topic.toFixed(3),
    'none',
    r.none.toFixed(3),
    JSON.stringify(r.perLang),
  );
}
