/**
 * A real assistant for tests: the project's own knowledge folder, real understanding and
 * texts, the memory store, and a clock the test controls.
 */
import { createEngine, type Engine, type EngineOptions } from '../../src/core/engine.ts';
import type { Outbound } from '../../src/core/messages.ts';
import type { Store } from '../../src/core/ports.ts';
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

interface TestClock {
  time: number;
  now(): number;
}

/** An engine on a fresh memory store, with a clock the test moves by hand. */
export function testAssistant(overrides: Partial<EngineOptions> = {}) {
  const clock: TestClock = {
    time: Date.UTC(2026, 10, 22, 12),
    now() {
      return this.time;
    },
  };
  return build(createMemoryStore(clock), clock, overrides);
}

export interface TestAssistant {
  engine: Engine;
  store: Store;
  clock: TestClock;
  knowledge: Knowledge;
  say(text: string, chatId?: string): Promise<Outbound[]>;
  choose(value: string, chatId?: string): Promise<Outbound[]>;
  /** A new engine on the same store and clock: the process restarted. */
  restart(more?: Partial<EngineOptions>): Promise<TestAssistant>;
}

async function build(
  store: Store,
  clock: TestClock,
  overrides: Partial<EngineOptions>,
): Promise<TestAssistant> {
  const { knowledge, understand } = await sharedKnowledge();
  const engine = createEngine({ store, knowledge, understand, i18n: createI18n(), clock, ...overrides });
  // Message ids must stay unique across restarts: a redelivered id is dropped.
  const prefix = crypto.randomUUID().slice(0, 8);
  let n = 0;
  const send = async (
    content: { type: 'text'; text: string } | { type: 'choice'; value: string },
    chatId: string,
  ) => (await engine.handle({ id: `${prefix}-${++n}`, channel: 'test', chatId, content })).outbound;
  const say = (text: string, chatId = 'c1') => send({ type: 'text', text }, chatId);
  const choose = (value: string, chatId = 'c1') => send({ type: 'choice', value }, chatId);
  const restart = (more: Partial<EngineOptions> = {}) => build(store, clock, { ...overrides, ...more });
  return { engine, store, clock, knowledge, say, choose, restart };
}

export const texts = (out: Outbound[]) => out.map((o) => o.text).join('\n---\n');
export const values = (out: Outbound[]) => out.flatMap((o) => o.buttons.map((b) => b.value));
