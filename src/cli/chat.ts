/**
 * `npm run chat`: a terminal chat on the person's side. Buttons show as numbered options;
 * type the number, the option's words, or anything else. `--lang ht` starts in Kreyòl (the
 * banner too). Type /quit (or press Ctrl+D) to leave.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../core/types.ts';
import { withNumberedButtons } from '../engine/render-reply.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' } } });
const lang = values.lang as Lang | undefined;
if (lang && !LANGS.includes(lang)) {
  console.error(`--lang must be one of ${LANGS.join(', ')} (got "${values.lang}").`);
  process.exit(2);
}

const { engine, i18n } = await createNodeAssistant({
  knowledgeDir: process.env.KNOWLEDGE_DIR ?? 'knowledge',
});
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
const chatId = `terminal-${Date.now()}`;
let n = 0;
/** The language of the conversation so far: the banner's until the first reply tells. */
let shown: Lang = lang ?? 'es';

async function send(content: { type: 'text'; text: string } | { type: 'choice'; value: string }) {
  n += 1;
  const result = await engine.handle({
    id: `m${n}`,
    channel: 'terminal',
    chatId,
    ...(lang ? { langHint: lang } : {}),
    content,
  });
  shown = result.lang;
  for (const message of result.outbound) {
    console.log(`\n\x1b[36mEnlace:\x1b[0m ${withNumberedButtons(message, i18n.t(message.lang))}`);
  }
  if (result.outbound.length === 0) console.log(`\n\x1b[2m${i18n.t(shown)('terminal.noReply')}\x1b[0m`);
}

console.log(i18n.t(shown)('terminal.banner'));
// A --lang start picks the language first, as a person tapping "Kreyòl" would.
if (lang) await send({ type: 'choice', value: engine.codec.encode({ kind: 'lang', lang }) });
process.stdout.write('\n> ');

for await (const line of rl) {
  const text = line.trim();
  if (text === '/quit' || text === '/exit') break;
  if (text === '') continue;
  await send({ type: 'text', text });
  process.stdout.write('\n> ');
}
rl.close();
