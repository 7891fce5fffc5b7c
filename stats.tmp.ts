import { readFileSync } from 'node:fs';
import { loadKnowledge } from './src/knowledge/load-knowledge.node.ts';
import { createTopicClassifier } from './src/understanding/classify-topic.ts';
import { fold } from './src/understanding/fold.ts';
import { createGlossaryMatcher } from './src/understanding/glossary-terms.ts';

const k = await loadKnowledge(process.env.KNOWLEDGE_DIR);
const s = k.languageSignals;
const stop = new Set([s.es, s.en, s.ht].flatMap((x) => [...x.words, ...x.greetings].map(fold)));
const score = createTopicClassifier(k.entries, createGlossaryMatcher(k.glossary), stop);
const cases = readFileSync(process.argv[2]!, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const rows: any[] = [];
for (const c of cases) {
  if (c.topic === 'emergency') continue;
  const r = score(c.text, c.lang);
  const [b, s2] = r.candidates;
  const acc = c.accept ?? [c.topic];
  rows.push({
    kind: c.topic === 'none' ? 'none' : b && acc.includes(b.topic) ? 'right' : 'wrong',
    best: (b?.score ?? 0) / Math.max(1, r.terms),
    ratio: b ? b.score / (b.score + (s2?.score ?? 0)) : 0,
    cov: r.coverage,
  });
}
for (const kind of ['right', 'wrong', 'none']) {
  const xs = rows.filter((r) => r.kind === kind);
  const q = (a: number[], p: number) => a.sort((x, y) => x - y)[Math.floor(p * (a.length - 1))]?.toFixed(2);
  console.log(
    kind,
    xs.length,
    'best p10/50/90',
    q(
      xs.map((r) => r.best),
      0.1,
    ),
    q(
      xs.map((r) => r.best),
      0.5,
    ),
    q(
      xs.map((r) => r.best),
      0.9,
    ),
    'ratio p10/50/90',
    q(
      xs.map((r) => r.ratio),
      0.1,
    ),
    q(
      xs.map((r) => r.ratio),
      0.5,
    ),
    q(
      xs.map((r) => r.ratio),
      0.9,
    ),
    'cov p10/50',
    q(
      xs.map((r) => r.cov),
      0.1,
    ),
    q(
      xs.map((r) => r.cov),
      0.5,
    ),
  );
}
