/**
 * `npm run eval -- FILE.jsonl [--min-topic 0.95 --min-lang-topic 0.90 --min-lang 0.97]`:
 * runs understanding on every line ({"id","text","lang","topic","accept"?}) as a first
 * message and prints accuracy per language and per topic, language accuracy, emergency
 * recall, out-of-scope accuracy and the misses. Exits 1 when a target is missed.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { type EvalCase, evalCaseSchema, scoreUnderstanding } from '../understanding/score.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'min-topic': { type: 'string', default: '0.95' },
    'min-lang-topic': { type: 'string', default: '0.90' },
    'min-lang': { type: 'string', default: '0.97' },
    'min-none': { type: 'string', default: '0.90' },
  },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npm run eval -- FILE.jsonl   (lines like {"id","text","lang","topic","accept"?})');
  process.exit(2);
}

const text = await readFile(file, 'utf8').catch(() => {
  console.error(`cannot read ${file}: check the path.`);
  process.exit(2);
});
const cases: EvalCase[] = [];
text.split('\n').forEach((line, i) => {
  if (line.trim() === '') return;
  const parsed = evalCaseSchema.safeParse(JSON.parse(line));
  if (!parsed.success) {
    console.error(`${file}:${i + 1}: not an evaluation line: ${parsed.error.issues[0]?.message}`);
    process.exit(2);
  }
  cases.push(parsed.data);
});

const { understand } = await createNodeAssistant();
const report = scoreUnderstanding(cases, understand);
console.log(report.text);
const short = report.shortOf({
  topic: Number(values['min-topic']),
  langTopic: Number(values['min-lang-topic']),
  lang: Number(values['min-lang']),
  none: Number(values['min-none']),
});
if (short.length > 0) {
  console.log(`SHORT of targets: ${short.join(', ')}`);
  process.exit(1);
}
console.log('All targets met.');
