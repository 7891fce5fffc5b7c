/**
 * Node composition root for the command-line tools (chat, ask, converse, eval, bench):
 * loads the knowledge folder from disk and wires understanding, texts, the memory store and
 * the engine together. Settings come in as arguments; nothing here reads the environment.
 */
import type { Channel } from '../core/ports/channel.ts';
import { createEngine, type EngineOptions } from '../engine/create-engine.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.node.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { createUnderstanding } from '../understanding/understand.ts';

/**
 * The channels the tools speak as: no delivery (the tool prints what a turn returns), only
 * how each shows options, so prompts are worded as each channel would word them.
 */
export const TOOL_CHANNELS: Channel[] = [
  { name: 'web', choices: 'buttons' },
  { name: 'telegram', choices: 'buttons' },
  { name: 'whatsapp', choices: 'numbered' },
  { name: 'terminal', choices: 'numbered' },
  { name: 'ask', choices: 'buttons' },
];

export async function createNodeAssistant(
  overrides: Partial<EngineOptions> & { knowledgeDir?: string } = {},
) {
  const { knowledgeDir = 'knowledge', ...options } = overrides;
  const knowledge = await loadKnowledge(knowledgeDir);
  const understand = createUnderstanding(knowledge);
  const i18n = createI18n();
  const store = options.store ?? createMemoryStore(options.clock);
  const engine = createEngine({ channels: TOOL_CHANNELS, ...options, store, knowledge, i18n, understand });
  return { engine, knowledge, understand, i18n, store };
}
