/**
 * Node composition root for the command-line tools (chat, ask, eval, bench): loads the
 * knowledge folder from disk and wires understanding, texts, the memory store and the
 * engine together. The only file here that chooses implementations.
 */
import { createEngine, type EngineOptions } from '../core/engine.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.node.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import { createUnderstanding } from '../understanding/understand.ts';

export async function createNodeAssistant(overrides: Partial<EngineOptions> = {}) {
  const knowledge = await loadKnowledge();
  const understand = createUnderstanding(knowledge);
  const i18n = createI18n();
  const store = overrides.store ?? createMemoryStore();
  const engine = createEngine({ store, knowledge, i18n, understand, ...overrides });
  return { engine, knowledge, understand, i18n, store };
}
