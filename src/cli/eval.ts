/**
 * `npm run eval -- FILE.jsonl [--min-topic 0.95 --min-lang-topic 0.90 --min-lang 0.97]`:
 * runs understanding on every line ({"id","text","lang","topic","accept"?}) as a first
 * message and prints accuracy per language and per topic, language accuracy, emergency
 * recall, out-of-scope accuracy and the misses. A file of whole conversations (lines with
 * "turns", the `converse` contract) is run through the engine and scored turn by turn
 * instead [--min-turns 0.95 --min-conversations 0.80]. Exits 1 when a target is missed.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { type EvalCase, evalCaseSchema, scoreUnderstanding } from '../understanding/score.ts';
import { evalConversations } from './eval-conversations.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'min-topic': { type: 'string', default: '0.95' },
    'min-lang-topic': { type: 'string', default: '0.90' },
    'min-lang': { type: 'string', default: '0.97' },
    'min-none': { type: 'string', default: '0.90' },
    'min-turns': { type: 'string', default: '0.95' },
    'min-conversations': { type: 'string', default: '0.80' },
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
const rows: unknown[] = [];
text.split('\n').forEach((line, i) => {
  if (line.trim() === '') return;
  try {
    rows.push(JSON.parse(line));
  } catch {
    console.error(`${file}:${i + 1}: not JSON; each line is one JSON object.`);
    process.exit(2);
  }
});
const knowledgeDir = process.env.KNOWLEDGE_DIR ?? 'knowledge';
if (rows.some((row) => typeof row === 'object' && row !== null && 'turns' in row)) {
  await evalConversations(
    rows,
    knowledgeDir,
    Number(values['min-turns']),
    Number(values['min-conversations']),
  );
  process.exit(0);
}
const cases: EvalCase[] = rows.map((row, i) => {
  const parsed = evalCaseSchema.safeParse(row);
  if (!parsed.success) {
    console.error(`${file}: line ${i + 1}: not an evaluation line: ${parsed.error.issues[0]?.message}`);
    process.exit(2);
  }
  return parsed.data;
});

const { understand } = await createNodeAssistant({ knowledgeDir });
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
