/** The benchmarks' messages: the project's own message sets, realistic first messages in es, en and ht. */
import { readFile } from 'node:fs/promises';

export async function loadBenchTexts(): Promise<string[]> {
  const files = await Promise.all(
    ['tuning.jsonl', 'heldout.jsonl'].map((f) => readFile(`test/fixtures/understanding/${f}`, 'utf8')),
  );
  return files
    .flatMap((t) => t.split('\n'))
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}
