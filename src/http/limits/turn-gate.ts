/**
 * How much of a burst one instance takes in at once. A channel request that may start a turn
 * (a person's message, a webhook delivery: anything but a GET or HEAD) goes through while fewer
 * than `inFlight` are being handled, waits in arrival order while fewer than `waiting` wait,
 * and past that is refused at once: the app answers 503 with Retry-After and the channel sends
 * it again (Telegram and Meta resend, the web chat's page says to). Why: a burst far above
 * capacity (a news mention, a disaster) would otherwise start every turn at once, and each
 * would wait behind all the others for the store and the processor until the store's
 * timeouts failed them inside their turns; here it costs time, then a clear refusal, never a
 * half-handled message. Per instance, in memory; Web-standard only (Workers too).
 */
import type { ChannelRoute } from '../../core/ports/channel.ts';

export interface TurnGateOptions {
  /** Requests handled at once. */
  inFlight: number;
  /** Requests waiting for a place, in arrival order; past this they are refused. */
  waiting: number;
}

/** About what one Node process on Redis keeps busy without its latency growing (docs/benchmarks.md). */
export const DEFAULT_TURN_GATE: TurnGateOptions = { inFlight: 128, waiting: 1024 };

/** Seconds a refused request is told to wait before it is sent again. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export type Leave = () => void;

export function createTurnGate(options: TurnGateOptions) {
  let running = 0;
  const line: Array<(leave: Leave) => void> = [];
  // A place is handed straight to the first in line, so a newcomer never overtakes it.
  const leave: Leave = () => {
    const next = line.shift();
    if (next) next(once());
    else running--;
  };
  const once = (): Leave => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      leave();
    };
  };
  return {
    /** A place (call the Leave when done), after waiting if need be; null when the line is full. */
    enter(): Promise<Leave> | null {
      if (running < options.inFlight) {
        running++;
        return Promise.resolve(once());
      }
      if (line.length >= options.waiting) return null;
      return new Promise<Leave>((resolve) => line.push(resolve));
    },
    /** Requests handled and waiting now (tests, metrics). */
    get load() {
      return { running, waiting: line.length };
    },
  };
}

type Fetch = ChannelRoute['fetch'];

/** `fetch` behind the gate: GET and HEAD pass (they start no turn); the rest wait their turn or get `busy`. */
export function gatedFetch(
  gate: ReturnType<typeof createTurnGate>,
  fetch: Fetch,
  busy: (request: Request) => Response,
): Fetch {
  return async (request, env, executionCtx) => {
    if (request.method === 'GET' || request.method === 'HEAD') return fetch(request, env, executionCtx);
    const entered = gate.enter();
    if (!entered) return busy(request);
    const leave = await entered;
    try {
      return await fetch(request, env, executionCtx);
    } finally {
      leave();
    }
  };
}
