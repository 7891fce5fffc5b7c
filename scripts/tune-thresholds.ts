/**
 * `node scripts/tune-thresholds.ts`: the thresholds of src/understanding/classify-learned.ts,
 * chosen on predictions for writers the model did not learn from (one writer held out at a
 * time, the knowledge base's phrases always in training): danger recall and false alarms for
 * each danger threshold, topic accuracy for each pair of topic thresholds.
 */
import { loadKnowledge } from '../src/knowledge/load-knowledge.node.ts';
import { NOT_TOPICS } from '../src/understanding/classify-learned.ts';
import { createTextScorer, probabilities } from '../src/understanding/learned-model.ts';
import { readTrainingExamples } from '../src/understanding/read-training.node.ts';
import { trainFastText } from '../src/understanding/train-fasttext.node.ts';
import { createModelText, knowledgeExamples, labelExamples } from '../src/understanding/training-set.ts';

const knowledge = await loadKnowledge('knowledge');
const written = await readTrainingExamples('knowledge');
const modelText = createModelText(knowledge);
const base = knowledgeExamples(knowledge);
const held: Array<{
  gold: string;
  accept: string[];
  lang: string;
  ranked: Array<{ label: string; p: number }>;
}> = [];
for (const writer of [...new Set(written.map((e) => e.writer))]) {
  const train = labelExamples([...base, ...written.filter((e) => e.writer !== writer)], modelText);
  const { model } = trainFastText(train, { examples: train.length, hash: 'tune' });
  const score = createTextScorer(model);
  for (const e of written.filter((x) => x.writer === writer)) {
    const ranked = probabilities(score(modelText(e.text)));
    held.push({ gold: e.topic, accept: e.accept ?? [e.topic], lang: e.lang, ranked });
  }
  console.error(`held out ${writer}`);
}
const pOf = (h: (typeof held)[number], label: string) => h.ranked.find((r) => r.label === label)?.p ?? 0;
const dangers = held.filter((h) => h.gold === 'emergency');
const safe = held.filter((h) => h.gold !== 'emergency');
console.log(`${held.length} held-out messages, ${dangers.length} dangers`);
console.log('| P(emergency) ≥ | danger recall | false alarms |');
for (const t of [0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
  console.log(
    `| ${t} | ${(dangers.filter((h) => pOf(h, 'emergency') >= t).length / dangers.length).toFixed(3)} | ${(safe.filter((h) => pOf(h, 'emergency') >= t).length / safe.length).toFixed(3)} |`,
  );
console.log('| min P | min margin | topic accuracy (non-dangers) | es | en | ht |');
for (const minP of [0.2, 0.3, 0.4, 0.5])
  for (const minM of [0.5, 0.6, 0.7]) {
    const topicOf = (h: (typeof held)[number]) => {
      const topics = h.ranked.filter((r) => !NOT_TOPICS.has(r.label));
      const likely = h.ranked.find((r) => r.label !== 'emergency');
      const [b, s] = topics;
      if (!b || likely?.label !== b.label) return 'none';
      const m = s ? b.p / (b.p + s.p) : 1;
      return b.p >= minP && m >= minM ? b.label : 'none';
    };
    const acc = (list: typeof held) =>
      (list.filter((h) => h.accept.includes(topicOf(h))).length / list.length).toFixed(3);
    console.log(
      `| ${minP} | ${minM} | ${acc(safe)} | ${['es', 'en', 'ht'].map((l) => acc(safe.filter((h) => h.lang === l))).join(' | ')} |`,
    );
  }
