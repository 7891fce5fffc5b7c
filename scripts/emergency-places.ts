/**
 * `node scripts/emergency-places.ts SET.jsonl…`: for emergency conversation sets whose turns
 * mark where the person says they are (`"place": "…"`, ../shared/eval's format plus that key),
 * whether the urgent ticket holds that turn's words as the place right after it, and whether
 * any reply to it gave the office's address instead (issue 30). Prints the counts and each miss
 * by conversation id and turn number only.
 */
import { readFile } from 'node:fs/promises';
import { conversationLineSchema, runConversation } from '../src/cli/conversation-runner.ts';
import { withNumberedButtons } from '../src/engine/render-reply.ts';
import { createI18n } from '../src/i18n/create-i18n.ts';
import { createNodeAssistant } from '../src/runtime/assistant.node.ts';
import { createMemoryStore } from '../src/store/memory/memory-store.ts';

const i18n = createI18n();
const clock = { time: Date.UTC(2026, 10, 23, 15), now: () => clock.time };
const store = createMemoryStore(clock);
const { engine } = await createNodeAssistant({ store, clock });
let given = 0;
let kept = 0;
let addressed = 0;
const misses: string[] = [];
for (const file of process.argv.slice(2)) {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  for (const [n, line] of lines.entries()) {
    const raw = JSON.parse(line) as { id: string; turns: Array<{ place?: string; text?: string }> };
    const ran = await runConversation(
      {
        engine,
        clock,
        written: (outbound) => outbound.map((o) => withNumberedButtons(o, i18n.t(o.lang))).join('\n\n'),
        async afterTurn(index, id) {
          const turn = raw.turns[index];
          if (!turn?.place || !turn.text) return;
          given++;
          const ticket = await store.getTicket(id);
          if (ticket?.place?.text === turn.text.trim()) kept++;
          else misses.push(`${raw.id} turn ${index + 1}: not kept`);
        },
      },
      conversationLineSchema.parse(raw),
      `${file}-${n}`,
    );
    ran.forEach((turn, index) => {
      if (raw.turns[index]?.place && /#144|Zona Centro/.test(turn.reply)) {
        addressed++;
        misses.push(`${raw.id} turn ${index + 1}: the office's address`);
      }
    });
  }
}
console.log(
  `places given ${given}, kept on the ticket ${kept}, answered with the office's address ${addressed}`,
);
for (const miss of misses) console.log(`  ${miss}`);
