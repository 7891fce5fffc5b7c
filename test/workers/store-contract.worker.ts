/**
 * A test-only Worker (test/workers/store-contract.wrangler.toml) that runs the Durable
 * Object store in workerd and serves it to Node (src/testing/durable-bridge.node.ts) over HTTP:
 *   POST /store  {method, args} → {result} | {error: name, message}
 *   POST /peek   {kind: 'conversation' | 'office', name} → {keys, entries, alarm} of that object's storage
 *   POST /office-fault {broken} → while broken, the office refuses what conversations tell it
 *   POST /slots  {method, args} → {result}: the office's SendSlots (durable-send-slots.ts)
 * Its offices keep TEST_KEEP_CLOSED closed tickets instead of 500, TEST_MAX_REVIEW_ITEMS review
 * items instead of 5,000 and TEST_MAX_FILED_EXAMPLES filed examples instead of 20,000
 * (everything else is production code).
 * Headers: x-store-prefix (keeps each test's store apart), x-retention-days.
 * Bytes travel as {"$bytes": base64}. A turn opened by `openTurn` is kept in this isolate's
 * memory under a handle until its commit or release (local dev runs one isolate); the
 * answer carries the turn's record, ticket and leftovers.
 */
/// <reference types="@cloudflare/workers-types" />
import type { OpenTurn, TurnCommit } from '../../src/core/ports/conversation-store.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { ConversationObject as ConversationBase } from '../../src/store/durable/conversation-object.ts';
import { durableSendSlots } from '../../src/store/durable/durable-send-slots.ts';
import { createDurableStore } from '../../src/store/durable/durable-store.ts';
import { OfficeObject as OfficeBase } from '../../src/store/durable/office-object.ts';
import type { OfficePatch } from '../../src/store/durable/schemas.ts';
import { TEST_KEEP_CLOSED, TEST_MAX_FILED_EXAMPLES, TEST_MAX_REVIEW_ITEMS } from './store-contract.limits.ts';

/** The production classes, plus a look at their storage and a switch that only tests need. */
export class ConversationObject extends ConversationBase {
  async peek() {
    const entries = [...this.ctx.storage.kv.list()];
    return { keys: entries.map(([key]) => key), entries, alarm: await this.ctx.storage.getAlarm() };
  }
}
export class OfficeObject extends OfficeBase {
  protected override keepClosed = TEST_KEEP_CLOSED;
  protected override maxReviewItems = TEST_MAX_REVIEW_ITEMS;
  protected override maxFiledExamples = TEST_MAX_FILED_EXAMPLES;
  #broken = false;
  async peek() {
    const entries = [...this.ctx.storage.kv.list()];
    return { keys: entries.map(([key]) => key), entries, alarm: await this.ctx.storage.getAlarm() };
  }
  setBroken(broken: boolean) {
    this.#broken = broken;
  }
  override sync(conversationId: string, patch: OfficePatch): void {
    if (this.#broken) throw new Error('the office is broken (test switch)');
    super.sync(conversationId, patch);
  }
}

interface Env {
  CONVERSATIONS: DurableObjectNamespace<ConversationObject>;
  OFFICE: DurableObjectNamespace<OfficeObject>;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
const encode = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (v instanceof Uint8Array ? { $bytes: toBase64(v) } : v));
const decode = (text: string) =>
  JSON.parse(text, (_key, v) =>
    v && typeof v === 'object' && typeof v.$bytes === 'string'
      ? Uint8Array.from(atob(v.$bytes), (c) => c.charCodeAt(0))
      : v,
  );

const turns = new Map<string, OpenTurn>();

async function call(store: Store, method: string, args: unknown[]): Promise<unknown> {
  if (method === 'openTurn') {
    const turn = await store.openTurn(...(args as Parameters<Store['openTurn']>));
    const handle = crypto.randomUUID();
    if (turn.fresh) turns.set(handle, turn);
    const { fresh, record, ticket, leftovers } = turn;
    return { fresh, record, ticket, leftovers, handle };
  }
  if (method === 'commit' || method === 'release') {
    const [handle, commit] = args as [string, TurnCommit];
    const turn = turns.get(handle);
    turns.delete(handle);
    if (method === 'release') return await turn?.release();
    if (!turn) throw new Error('not held: this turn was a redelivery, or was already committed or released');
    return await turn.commit(commit);
  }
  const fn = (store as unknown as Record<string, unknown>)[method];
  if (typeof fn !== 'function') throw new Error(`no store method ${method}`);
  return (fn as (...a: unknown[]) => Promise<unknown>).apply(store, args);
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const prefix = request.headers.get('x-store-prefix') ?? '';
    const json = (body: unknown, status = 200) =>
      new Response(encode(body), { status, headers: { 'content-type': 'application/json' } });
    try {
      if (url.pathname === '/peek') {
        const { kind, name } = decode(await request.text()) as { kind: string; name: string };
        const ns = kind === 'office' ? env.OFFICE : env.CONVERSATIONS;
        return json(await ns.get(ns.idFromName(prefix + name)).peek());
      }
      if (url.pathname === '/office-fault') {
        const { broken } = decode(await request.text()) as { broken: boolean };
        await env.OFFICE.get(env.OFFICE.idFromName(`${prefix}office`)).setBroken(broken);
        return json({ result: null });
      }
      if (url.pathname === '/slots') {
        const office = () => env.OFFICE.get(env.OFFICE.idFromName(`${prefix}office`));
        const { method, args } = decode(await request.text()) as { method: string; args: unknown[] };
        const slots = durableSendSlots(office) as unknown as Record<string, (...a: unknown[]) => unknown>;
        const fn = slots[method];
        if (typeof fn !== 'function') throw new Error(`no SendSlots method ${method}`);
        return json({ result: (await fn(...args)) ?? null });
      }
      if (url.pathname !== '/store') return json({ error: 'NotFound', message: url.pathname }, 404);
      const retention = request.headers.get('x-retention-days');
      const store = createDurableStore(env, {
        prefix,
        ...(retention ? { retentionDays: Number(retention) } : {}),
      });
      const { method, args } = decode(await request.text()) as { method: string; args: unknown[] };
      return json({ result: (await call(store, method, args)) ?? null });
    } catch (error) {
      const { name, message } = error as Error;
      return json({ error: name, message }, 500);
    }
  },
};
