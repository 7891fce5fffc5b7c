/**
 * What a fuzz target is, and how one case is judged. A target turns a generated input into a
 * request (or a message object) and reports the answer's status and any broken rule of its
 * own; the case fails when the status is a 5xx, a rule broke, the server logged an error, or
 * something threw. The suite (test/fuzz/) asserts that no case fails; `npm run fuzz`
 * (src/bench/fuzz.ts) runs many more and counts them.
 */
import type fc from 'fast-check';

/** Sends a request to the server under test as a browser on its origin would (the runner's). */
export type Send = (path: string, init?: RequestInit) => Promise<Response>;

/** The password of the server's staff accounts ("ana", admin; "luis", agent) when fuzzed. */
export const FUZZ_PASSWORD = 'correct horse battery staple';

export interface Outcome {
  /** The HTTP status, or 200 for a message taken without HTTP (WhatsApp). */
  status: number;
  /** A rule of the target that the answer broke (a page without its CSP, a 200 without messages). */
  problem?: string;
}

export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  run(input: T): Promise<Outcome>;
}

export type Verdict = { ok: true; status: number } | { ok: false; status: number | 'crash'; why: string };

/** Runs one case and judges it; `errors` is the list the server logs its errors to. */
export async function judge<T>(target: FuzzTarget<T>, input: T, errors: string[]): Promise<Verdict> {
  const before = errors.length;
  let outcome: Outcome;
  try {
    outcome = await target.run(input);
  } catch (error) {
    // (fetch's "fetch failed" says why in its cause: the connection reset, refused…)
    const cause = (error as { cause?: unknown })?.cause;
    const why = `${(error as Error)?.stack ?? String(error)}${cause ? ` (cause: ${String(cause)})` : ''}`;
    return { ok: false, status: 'crash', why: `threw: ${why}` };
  }
  const logged = errors.slice(before);
  if (outcome.status >= 500) return { ok: false, status: outcome.status, why: `answered ${outcome.status}` };
  if (outcome.problem) return { ok: false, status: outcome.status, why: outcome.problem };
  if (logged.length)
    return { ok: false, status: outcome.status, why: `logged an error: ${logged.join(' | ')}` };
  return { ok: true, status: outcome.status };
}

/** The case as text for a report, cut to a readable length. */
export function show(input: unknown): string {
  const json = JSON.stringify(input, (_k, v) =>
    typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v,
  );
  return (json ?? String(input)).slice(0, 600);
}

/** Adds to a small pool, forgetting the oldest past its size. */
export function remember<T>(pool: T[], value: T, size = 200) {
  if (pool.includes(value)) return;
  pool.push(value);
  if (pool.length > size) pool.shift();
}
