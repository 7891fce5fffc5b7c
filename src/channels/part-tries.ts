/**
 * What one process remembers of the turns it is sending to people (the WhatsApp Cloud API's
 * and Telegram's deliver): which parts the platform took, so a retry of the turn sends only
 * the rest; how often a part failed and when it may be tried again. A part is tried at most
 * `tries` times, the waits doubling from `backoffMs` up to `maxBackoffMs`; after its last
 * failure the channel gives it up (shows it as not delivered where it can) and goes on, so a
 * part that never goes cannot hold back the person's later replies.
 *
 * Counted per process: another instance (or a restart) starts its own count, so a part is
 * tried at most `tries` times on each. Where the channel keeps a delivery log (WhatsApp), the
 * parts taken are also read back from it, so another instance skips them too.
 */

export interface PartTriesOptions {
  /** Tries of one part before it is given up. */
  tries?: number;
  /** The wait after the first failure, ms; it doubles after each further one. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/** Defaults: five tries over about seven minutes (the outbox retries every 30 s or so). */
export const PART_TRIES: Required<PartTriesOptions> = { tries: 5, backoffMs: 30_000, maxBackoffMs: 300_000 };

/** Turns remembered at most (the oldest go first), and for how long. */
const MAX_TURNS = 10_000;
const KEPT_MS = 24 * 60 * 60 * 1000;

interface Turn {
  since: number;
  settled: Set<string>;
  failures: Map<string, { count: number; next: number }>;
}

export function createPartTries(now: () => number, options: PartTriesOptions = {}) {
  const { tries, backoffMs, maxBackoffMs } = { ...PART_TRIES, ...options };
  const turns = new Map<string, Turn>();

  /** Forgets turns a day old, or the oldest when too many are remembered. */
  function forgetOld(at: number) {
    for (const [key, turn] of turns) {
      if (turns.size < MAX_TURNS && at - turn.since < KEPT_MS) break;
      turns.delete(key);
    }
  }

  function turnOf(key: string): Turn {
    let turn = turns.get(key);
    if (!turn) {
      const at = now();
      forgetOld(at);
      turn = { since: at, settled: new Set(), failures: new Map() };
      turns.set(key, turn);
    }
    return turn;
  }

  return {
    /** The part went (or was given up): a retry of the turn skips it. */
    settle(turn: string, part: string) {
      turnOf(turn).settled.add(part);
    },
    settled: (turn: string, part: string): boolean => turns.get(turn)?.settled.has(part) ?? false,
    /** Ms until the part may be tried again; 0 when it may be now. */
    waitFor(turn: string, part: string): number {
      const failure = turns.get(turn)?.failures.get(part);
      return failure ? Math.max(0, failure.next - now()) : 0;
    },
    /** Counts a failed try: `giveUp` when it was the last one allowed. */
    failed(turn: string, part: string): { giveUp: boolean; tries: number } {
      const failures = turnOf(turn).failures;
      const count = (failures.get(part)?.count ?? 0) + 1;
      const wait = Math.min(maxBackoffMs, backoffMs * 2 ** (count - 1));
      failures.set(part, { count, next: now() + wait });
      return { giveUp: count >= tries, tries: count };
    },
    /** Every part of the turn is settled: nothing left to remember. */
    done(turn: string) {
      turns.delete(turn);
    },
    /** Turns remembered (tests check that finished turns are forgotten). */
    get size() {
      return turns.size;
    },
  };
}

export type PartTries = ReturnType<typeof createPartTries>;
