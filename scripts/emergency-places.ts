/**
 * `node scripts/emergency-places.ts SET.jsonl…`: for emergency conversation sets whose turns
 * mark where the person says they are (`"place": "…"`), how many of those places the urgent
 * ticket kept, and how many replies gave the office's address instead (src/cli/place-check.ts).
 * Prints the counts and each miss by conversation id and turn number only.
 */
import { readFile } from 'node:fs/promises';
import type { RunnerDeps } from '../src/cli/conversation-runner.ts';
import { checkPlaces } from '../src/cli/place-check.ts';
import { withNumberedButtons } from '../src/engine/render-reply.ts';
import { createI18n } from '../src/i18n/create-i18n.ts';
import { createNodeAssistant } from '../src/runtime/assistant.node.ts';
import { createMemoryStore } from '../src/store/memory/memory-store.ts';

const i18n = createI18n();
const clock = { time: Date.UTC(2026, 10, 23, 15), now: () => clock.time };
const store = createMemoryStore(clock);
const { engine } = await createNodeAssistant({ store, clock });
const written: RunnerDeps['written'] = (outbound) =>
  outbound.map((o) => withNumberedButtons(o, i18n.t(o.lang))).join('\n\n');
const all = { given: 0, kept: 0, addressed: 0, misses: [] as string[] };
for (const file of process.argv.slice(2)) {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  const check = await checkPlaces({ engine, clock, store, written }, lines, file);
  all.given += check.given;
  all.kept += check.kept;
  all.addressed += check.addressed;
  all.misses.push(...check.misses);
}
console.log(
  `places given ${all.given}, kept on the ticket ${all.kept}, answered with the office's address ${all.addressed}`,
);
for (const miss of all.misses) console.log(`  ${miss}`);
