/**
 * A real assistant for tests: the project's own knowledge folder, real understanding and
 * texts, the memory store, and a clock the test controls.
 */
import { createEngine, type EngineOptions } from '../../src/core/engine.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import type { Knowledge } from '../../src/knowledge/knowledge-base.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.node.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createUnderstanding, type Understand } from '../../src/understanding/understand.ts';

let shared: Promise<{ knowledge: Knowledge; understand: Understand }> | undefined;

/** Knowledge and understanding are read-only: load them once per test file. */
export function sharedKnowledge() {
  shared ??= loadKnowledge('knowledge').then((knowledge) => ({
    knowledge,
    understand: createUnderstanding(knowledge),
  }));
  return shared;
}

export async function testAssistant(overrides: Partial<EngineOptions> = {}) {
  const { knowledge, understand } = await sharedKnowledge();
  const clock = {
    time: Date.UTC(2026, 10, 22, 12),
    now() {
      return this.time;
    },
  };
  const store = createMemoryStore(clock);
  const engine = createEngine({ store, knowledge, understand, i18n: createI18n(), clock, ...overrides });
  let n = 0;
  const say = async (text: string, chatId = 'c1') =>
    (await engine.handle({ id: `m${++n}`, channel: 'test', chatId, content: { type: 'text', text } }))
      .outbound;
  const choose = async (value: string, chatId = 'c1') =>
    (await engine.handle({ id: `m${++n}`, channel: 'test', chatId, content: { type: 'choice', value } }))
      .outbound;
  return { engine, store, clock, knowledge, say, choose };
}

export const texts = (out: Outbound[]) => out.map((o) => o.text).join('\n---\n');
export const values = (out: Outbound[]) => out.flatMap((o) => o.buttons.map((b) => b.value));
