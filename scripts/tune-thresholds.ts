/**
 * `node scripts/tune-thresholds.ts`: the thresholds of src/understanding/classify-learned.ts,
 * chosen on predictions for writers the model did not learn from (one writer held out at a
 * time, the knowledge base's phrases always in training): danger recall and false alarms for
 * each danger threshold, how often the model should overrule a pattern, topic accuracy for
 * each pair of topic thresholds. `--save FILE` keeps the held-out predictions as JSON.
 */
import { writeFileSync } from 'node:fs';
import { loadKnowledge } from '../src/knowledge/load-knowledge.node.ts';
import { NOT_TOPICS } from '../src/understanding/classify-learned.ts';
import { createEmergencyDetector, createNotNowTest } from '../src/understanding/detect-emergency.ts';
import { createTextScorer, probabilities } from '../src/understanding/learned-model.ts';
import { readTrainingExamples } from '../src/understanding/read-training.node.ts';
import { trainFastText } from '../src/understanding/train-fasttext.node.ts';
import { createModelText, knowledgeExamples, labelExamples } from '../src/understanding/training-set.ts';

const knowledge = await loadKnowledge('knowledge');
const written = await readTrainingExamples('knowledge');
const modelText = createModelText(knowledge);
const base = knowledgeExamples(knowledge);
const detectEmergency = createEmergencyDetector(knowledge.emergencySignals);
const notNow = createNotNowTest(knowledge.emergencySignals);
// `--danger-weight N`: how many times a danger counts in training (default: the project's).
const weightAt = process.argv.indexOf('--danger-weight');
const dangerWeight = weightAt > 0 ? Number(process.argv[weightAt + 1]) : undefined;
const held: Array<{
  gold: string;
  accept: string[];
  lang: string;
  words: number;
  /** The kind of emergency a pattern found, if one did. */
  pattern: string | null;
  /** Where the message places its danger when not now (signals' jokes, longAgo and notNow). */
  notNow: ReturnType<ReturnType<typeof createNotNowTest>>;
  ranked: Array<{ label: string; p: number }>;
}> = [];
for (const writer of [...new Set(written.map((e) => e.writer))]) {
  const train = labelExamples(
    [...base, ...written.filter((e) => e.writer !== writer)],
    modelText,
    dangerWeight,
  );
  const { model } = trainFastText(train, { examples: train.length, hash: 'tune' });
  const score = createTextScorer(model);
  for (const e of written.filter((x) => x.writer === writer)) {
    const ranked = probabilities(score(modelText(e.text)));
    held.push({
      gold: e.topic,
      accept: e.accept ?? [e.topic],
      lang: e.lang,
      words: e.text.trim().split(/\s+/).length,
      pattern: detectEmergency(e.text)?.kind ?? null,
      notNow: notNow(e.text),
      ranked,
    });
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
const saveTo = process.argv[process.argv.indexOf('--save') + 1];
if (process.argv.includes('--save') && saveTo) writeFileSync(saveTo, JSON.stringify(held));
// A pattern's emergency told in the past, news or a joke is overruled (full → safety net)
// when the model gives it less than `veto`; the model alone calls one from `alone`.
console.log(
  '| pattern in past/news/joke overruled below P | model alone from P | full recall | danger recall | false full |',
);
for (const veto of [0, 0.01, 0.2])
  for (const alone of [0.7, 0.8, 0.9, 0.95]) {
    const full = (h: (typeof held)[number]) => {
      const p = pOf(h, 'emergency');
      const overruled = h.notNow === 'joke' || h.notNow === 'longAgo' || (h.notNow === 'past' && p < veto);
      return (h.pattern !== null && !overruled) || (p >= alone && h.words >= 6);
    };
    const flagged = (h: (typeof held)[number]) =>
      full(h) || h.pattern !== null || pOf(h, 'emergency') >= 0.03;
    console.log(
      `| ${veto} | ${alone} | ${(dangers.filter(full).length / dangers.length).toFixed(3)} | ${(dangers.filter(flagged).length / dangers.length).toFixed(3)} | ${(safe.filter(full).length / safe.length).toFixed(3)} |`,
    );
  }
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
