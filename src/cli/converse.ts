/**
 * `npm run --silent converse -- --jsonl`: whole conversations, one per input line
 * ({"id", "lang", "channel"?, "turns": [{"text"} | {"staff": "take"|"reply"|"close", "text"?}, …]}),
 * each on a new conversation, on a simulated clock (a weekday morning; 90 s before each turn,
 * plus a turn's "wait"). Writes one line per conversation, in order: {"id", "turns": [{lang,
 * topic, facet, queued, emergency, erased, handoff, reply}, …]}. One process, no network.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Outbound } from '../core/messages.ts';
import { withNumberedButtons } from '../core/render-reply.ts';
import type { Effect } from '../core/types.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createMemoryStore } from '../store/memory-store.ts';

const turnSchema = z.union([
  z.object({ text: z.string(), wait: z.number().nonnegative().optional() }).loose(),
  z
    .object({
      staff: z.enum(['take', 'reply', 'close']),
      text: z.string().optional(),
      wait: z.number().nonnegative().optional(),
    })
    .loose(),
]);
const lineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  channel: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,19}$/)
    .default('web'),
  turns: z.array(turnSchema),
});

if (!process.argv.includes('--jsonl')) {
  console.error(
    'usage: npm run --silent converse -- --jsonl < conversations.jsonl\nEach input line: {"id": "...", "turns": [{"text": "..."}, {"staff": "take"}, ...]}',
  );
  process.exit(2);
}

// A weekday morning in Durango (Monday 23 November 2026, 09:00 UTC-6).
const clock = { time: Date.UTC(2026, 10, 23, 15), now: () => clock.time };
const store = createMemoryStore(clock);
const { engine, i18n } = await createNodeAssistant({ store, clock });

const topicOfTurn = (effects: Effect[], fallback: string) => {
  for (const e of effects) if (e.type === 'reply' && e.reply.kind === 'entry') return e.reply.topic;
  for (const e of effects) if (e.type === 'handoff.queue') return e.topic;
  return fallback;
};
const render = (out: Outbound[]) => out.map((o) => withNumberedButtons(o, i18n.t(o.lang))).join('\n\n');

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
let n = 0;
for await (const line of lines) {
  n += 1;
  if (line.trim() === '') continue;
  let input: z.infer<typeof lineSchema>;
  try {
    input = lineSchema.parse(JSON.parse(line));
  } catch (error) {
    console.error(`line ${n}: expected {"id", "turns": [...]}: ${(error as Error).message.split('\n')[0]}`);
    process.stdout.write(`${JSON.stringify({ id: `line-${n}`, error: 'invalid input line' })}\n`);
    continue;
  }
  const address = { channel: input.channel, chatId: `${n}-${input.id}` };
  const id = `${address.channel}:${address.chatId}`;
  const turns = [];
  let m = 0;
  for (const turn of input.turns) {
    clock.time += 90_000 + (turn.wait ?? 0) * 1000;
    let outbound: Outbound[] = [];
    let effects: Effect[] = [];
    let topic = 'none';
    let lang: string | undefined;
    if ('staff' in turn) {
      if (turn.staff === 'take') {
        await store.claimHandoff(id, 'staff');
        ({ outbound, effects } = await engine.staffEvent(address, 'staff.accepted'));
      } else if (turn.staff === 'reply') {
        ({ outbound, effects } = await engine.staffReply(address, turn.text ?? ''));
      } else {
        ({ outbound, effects } = await engine.staffEvent(address, 'staff.closed'));
        await store.closeHandoff(id, clock.now());
      }
    } else {
      const result = await engine.handle({
        id: `m${++m}`,
        ...address,
        content: { type: 'text', text: turn.text },
      });
      ({ outbound, effects } = result);
      topic = result.meaning?.topic ?? 'none';
      lang = result.lang;
    }
    const queued = (await store.listHandoffs()).some((t) => t.conversationId === id);
    turns.push({
      lang: outbound[0]?.lang ?? lang ?? 'es',
      topic: topicOfTurn(effects, topic === 'emergency' ? 'emergency' : 'none'),
      facet: null,
      queued,
      emergency: effects.some((e) => e.type === 'handoff.queue' && e.reason === 'emergency'),
      erased: effects.some((e) => e.type === 'conversation.erase'),
      handoff: effects.some((e) => e.type === 'handoff.queue'),
      reply: render(outbound),
    });
  }
  process.stdout.write(`${JSON.stringify({ id: input.id, turns })}\n`);
}
