/**
 * `npm run eval` on a file of whole conversations: each runs through the engine on a fresh
 * memory store and a simulated clock, as `converse` runs it, and is scored turn by turn
 * (src/cli/conversation-score.ts). Prints each failed turn, then the share of turns passed
 * per language and of whole conversations passed; exits 1 below the targets.
 */
import type { Outbound } from '../core/messages.ts';
import { withNumberedButtons } from '../engine/render-reply.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { conversationLineSchema, runConversation } from './conversation-runner.ts';
import { scoreConversation } from './conversation-score.ts';

export async function evalConversations(
  rows: unknown[],
  knowledgeDir: string,
  minTurns: number,
  minConversations: number,
) {
  const clock = { time: Date.UTC(2026, 10, 23, 15), now: () => clock.time };
  const { engine, i18n } = await createNodeAssistant({
    store: createMemoryStore(clock),
    clock,
    knowledgeDir,
  });
  const written = (outbound: Outbound[]) =>
    outbound.map((o) => withNumberedButtons(o, i18n.t(o.lang))).join('\n\n');
  const perLang = new Map<string, { passed: number; scored: number }>();
  let whole = 0;
  for (const [n, row] of rows.entries()) {
    const parsed = conversationLineSchema.safeParse(row);
    if (!parsed.success) {
      console.error(`line ${n + 1}: not a conversation: ${parsed.error.issues[0]?.message}`);
      process.exit(2);
    }
    const turns = await runConversation({ engine, clock, written }, parsed.data, `eval-${n}`);
    const score = scoreConversation(row as Parameters<typeof scoreConversation>[0], turns);
    for (const failure of score.failures) console.log(`fail ${parsed.data.id} ${failure}`);
    const lang = String((row as { lang?: string }).lang ?? '?');
    const tally = perLang.get(lang) ?? { passed: 0, scored: 0 };
    perLang.set(lang, { passed: tally.passed + score.passed, scored: tally.scored + score.scored });
    if (score.passed === score.scored) whole += 1;
  }
  const passed = [...perLang.values()].reduce((s, t) => s + t.passed, 0);
  const scored = [...perLang.values()].reduce((s, t) => s + t.scored, 0);
  const turns = scored ? passed / scored : 0;
  const conversations = rows.length ? whole / rows.length : 0;
  const langs = [...perLang].map(([l, t]) => `${l} ${(t.passed / t.scored).toFixed(2)}`).join(' ');
  console.log(
    `turns ${turns.toFixed(3)} (${passed}/${scored}; ${langs}), whole conversations ${conversations.toFixed(3)} (${whole}/${rows.length})`,
  );
  if (turns < minTurns || conversations < minConversations) {
    console.log(`SHORT of targets: turns ≥ ${minTurns}, whole conversations ≥ ${minConversations}`);
    process.exit(1);
  }
  console.log('All targets met.');
}
