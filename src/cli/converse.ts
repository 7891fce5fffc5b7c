/**
 * `npm run --silent converse -- --jsonl`: whole conversations, one per input line
 * ({"id", "lang"?, "channel"?, "turns": [{"text"} | {"staff": "take" | "reply" | "close", "text"?}, …]}),
 * each a new conversation on a simulated clock (a weekday morning; 90 s before each turn,
 * plus a turn's "wait" in seconds). Staff actions go through the engine's own staff
 * operations, as the inbox's do. Writes one line per conversation, in order: {"id", "turns":
 * [{lang, topic, facet, queued, emergency, erased, handoff, reply}, …]}. One process, no network.
 * `--meaning` adds what understanding made of each message to its turn, to read a failure by.
 */
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import type { Outbound } from '../core/messages.ts';
import { withNumberedButtons } from '../engine/render-reply.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { conversationLineSchema, runConversation } from './conversation-runner.ts';
import { seededBytes } from './seeded-bytes.ts';

if (!process.argv.includes('--jsonl')) {
  console.error(
    'usage: npm run --silent converse -- --jsonl < conversations.jsonl\nEach input line: {"id": "...", "channel": "web", "turns": [{"text": "..."}, {"staff": "take"}, ...]}',
  );
  process.exit(2);
}

// A weekday morning in Durango: Monday 23 November 2026, 09:00 (UTC-6).
const clock = { time: Date.UTC(2026, 10, 23, 15), now: () => clock.time };
const store = createMemoryStore(clock);
const { engine, i18n } = await createNodeAssistant({
  store,
  clock,
  // The same folios and codes on every run: a conversation replayed keeps its case number.
  random: seededBytes(20261123),
  knowledgeDir: process.env.KNOWLEDGE_DIR ?? 'knowledge',
});
const written = (outbound: Outbound[]) =>
  outbound.map((o) => withNumberedButtons(o, i18n.t(o.lang))).join('\n\n');

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
let n = 0;
for await (const line of lines) {
  n += 1;
  if (line.trim() === '') continue;
  let input: z.infer<typeof conversationLineSchema>;
  try {
    input = conversationLineSchema.parse(JSON.parse(line));
  } catch (error) {
    console.error(
      `line ${n}: expected {"id", "turns": [{"text"} | {"staff"}, ...]}: ${(error as Error).message.split('\n')[0]}`,
    );
    process.stdout.write(`${JSON.stringify({ id: `line-${n}`, error: 'invalid input line' })}\n`);
    continue;
  }
  const withMeaning = process.argv.includes('--meaning');
  const turns = await runConversation({ engine, clock, written, withMeaning }, input, `${n}-${input.id}`);
  process.stdout.write(`${JSON.stringify({ id: input.id, turns })}\n`);
}
