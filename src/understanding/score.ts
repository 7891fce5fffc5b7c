/**
 * Scores understanding against a labelled set: topic accuracy overall, per language and
 * per topic, language accuracy, emergency recall and out-of-scope (`none`) accuracy, with
 * the misses. Used by `npm run eval`, the accuracy tests and docs/understanding.md.
 */
import { z } from 'zod';
import { LANGS, type Lang, type Meaning, TOPIC_ID } from '../core/types.ts';

const topicOrNone = z.string().regex(TOPIC_ID);
export const evalCaseSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  lang: z.enum(LANGS),
  topic: topicOrNone,
  accept: z.array(topicOrNone).optional(),
});
export type EvalCase = z.infer<typeof evalCaseSchema>;

interface Tally {
  ok: number;
  n: number;
}
const rate = (t: Tally) => (t.n === 0 ? 1 : t.ok / t.n);
const pct = (t: Tally) => `${(100 * rate(t)).toFixed(1)}% (${t.ok}/${t.n})`;

export function scoreUnderstanding(cases: readonly EvalCase[], understand: (text: string) => Meaning) {
  const topic: Tally = { ok: 0, n: 0 };
  const lang: Tally = { ok: 0, n: 0 };
  const emergency: Tally = { ok: 0, n: 0 };
  const none: Tally = { ok: 0, n: 0 };
  let falseEmergencies = 0;
  const perLang = new Map<Lang, Tally>(LANGS.map((l) => [l, { ok: 0, n: 0 }]));
  const perTopic = new Map<string, Tally>();
  const misses: string[] = [];

  for (const c of cases) {
    const m = understand(c.text);
    const accept = c.accept ?? [c.topic];
    const topicOk = accept.includes(m.topic);
    const langOk = m.lang === c.lang;
    const tallies = [topic, perLang.get(c.lang), perTopic.get(c.topic) ?? { ok: 0, n: 0 }];
    perTopic.set(c.topic, tallies[2] as Tally);
    for (const t of tallies) {
      if (!t) continue;
      t.n++;
      if (topicOk) t.ok++;
    }
    lang.n++;
    if (langOk) lang.ok++;
    if (c.topic === 'emergency') {
      emergency.n++;
      if (m.topic === 'emergency') emergency.ok++;
    } else if (m.topic === 'emergency' && !accept.includes('emergency')) falseEmergencies++;
    if (c.topic === 'none') {
      none.n++;
      if (m.topic === 'none') none.ok++;
    }
    if (!topicOk || !langOk) {
      misses.push(
        `${c.id} [${c.lang}/${c.topic}] got [${m.lang}/${m.topic} ${m.confidence.toFixed(2)}]: ${c.text.slice(0, 90)}`,
      );
    }
  }

  const lines = [
    `cases ${cases.length}`,
    `topic accuracy ${pct(topic)}`,
    ...LANGS.map((l) => `  ${l} ${pct(perLang.get(l) as Tally)}`),
    `language accuracy ${pct(lang)}`,
    `emergency recall ${pct(emergency)}; false emergencies ${falseEmergencies}`,
    `out of scope answered none ${pct(none)}`,
    'per topic:',
    ...[...perTopic.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([t, v]) => `  ${t.padEnd(22)} ${pct(v)}`),
    `misses (${misses.length}):`,
    ...misses.map((m) => `  ${m}`),
  ];

  return {
    topic: rate(topic),
    lang: rate(lang),
    emergencyRecall: rate(emergency),
    none: rate(none),
    perLang: Object.fromEntries([...perLang].map(([l, t]) => [l, rate(t)])) as Record<Lang, number>,
    misses,
    text: lines.join('\n'),
    shortOf(min: { topic: number; langTopic: number; lang: number; none: number }) {
      const short: string[] = [];
      if (rate(topic) < min.topic) short.push('topic');
      for (const [l, t] of perLang) if (t.n > 0 && rate(t) < min.langTopic) short.push(`topic (${l})`);
      if (rate(lang) < min.lang) short.push('language');
      if (rate(emergency) < 1) short.push('emergency recall');
      if (rate(none) < min.none) short.push('out of scope');
      return short;
    },
  };
}
