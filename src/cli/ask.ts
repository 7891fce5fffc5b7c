/**
 * `npm run --silent ask -- --jsonl`: reads {"id","text"} JSON lines on stdin; each line is
 * the FIRST message of a new conversation. Writes one JSON line per input, in order:
 * {"id","lang","topic","handoff","emergency","danger","reply"} (danger: "emergency", "possible" or "none"). One process, no network.
 * `handoff` is true when the reply starts a handoff or its text offers staff first
 * (a topic that normally needs staff, a clarifying question, an emergency).
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { withNumberedButtons } from '../engine/render-reply.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]).transform(String), text: z.string() });

if (!process.argv.includes('--jsonl')) {
  console.error(
    'usage: npm run --silent ask -- --jsonl < messages.jsonl\nEach input line: {"id": "...", "text": "..."}',
  );
  process.exit(2);
}

const { engine, knowledge, i18n } = await createNodeAssistant({
  knowledgeDir: process.env.KNOWLEDGE_DIR ?? 'knowledge',
});
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
let n = 0;
for await (const line of lines) {
  n += 1;
  if (line.trim() === '') continue;
  let input: z.infer<typeof lineSchema>;
  try {
    input = lineSchema.parse(JSON.parse(line));
  } catch (error) {
    console.error(
      `line ${n}: expected {"id": "...", "text": "..."}: ${(error as Error).message.split('\n')[0]}`,
    );
    process.stdout.write(`${JSON.stringify({ id: `line-${n}`, error: 'invalid input line' })}\n`);
    continue;
  }
  const result = await engine.handle({
    id: `ask-${n}`,
    channel: 'ask',
    chatId: `${n}-${input.id}`,
    content: { type: 'text', text: input.text },
  });
  const { report } = result;
  const topic = report.topic;
  const lang = result.lang;
  const t = i18n.t(lang);
  // `ask` keeps its contract: a topic that normally needs staff, or no topic (a clarifying
  // question), offers staff first, as does anything that queued or offered a person.
  const offered =
    report.handoff ||
    topic === 'none' ||
    (topic !== 'emergency' && knowledge.entry(topic, lang)?.handoff === true);
  const reply = result.outbound.map((o) => withNumberedButtons(o, t)).join('\n\n');
  process.stdout.write(
    `${JSON.stringify({
      id: input.id,
      lang,
      topic,
      handoff: report.queued || offered,
      emergency: report.emergency,
      danger: report.danger,
      reply,
    })}\n`,
  );
}
