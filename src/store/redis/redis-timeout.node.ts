/**
 * The store's command timeout, measured on Redis rather than on this process's backlog. ioredis's
 * own `commandTimeout` starts a command's clock when it is written, so under load a command
 * also counts the thousands pipelined ahead of it and the time this process was too busy to
 * read the replies already waiting in the socket: a busy instance refused messages Redis had
 * answered (the bench, 10,000 conversations in flight: "Command timed out"). Here a command
 * fails as "Command timed out" (an outage: StoreUnavailableError, 503, sent again) only when
 * it has waited the timeout AND Redis has sent nothing at all for as long: a Redis that hangs,
 * a script that never ends, a link gone silent. While replies keep coming, Redis is working
 * through the queue and the command waits its turn.
 */
import type { Command, Redis } from 'ioredis';

interface Sent {
  command: Command;
  at: number;
}

/** Replaces `commandTimeout` on `redis` and on every connection duplicated from it. */
export function timeOutSilentRedis(redis: Redis, timeoutMs: number): void {
  // Every command goes through sendCommand (pipelines and MULTI too), in the order written.
  let sent: Sent[] = [];
  let heardAt = performance.now();
  // One timer for all commands at most, armed while any is in flight.
  let armed = false;
  const listening = new WeakSet<object>();

  // Each new socket (the first connect, every reconnect): any byte from Redis is a sign of life.
  redis.on('connect', () => {
    const stream = redis.stream;
    if (!stream || listening.has(stream)) return;
    listening.add(stream);
    stream.on('data', () => {
      heardAt = performance.now();
    });
  });

  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = (command, stream) => {
    sent.push({ command, at: performance.now() });
    if (!armed) look(timeoutMs);
    return send(command, stream);
  };

  const duplicate = redis.duplicate.bind(redis);
  redis.duplicate = ((override) => {
    const copy = duplicate(override);
    timeOutSilentRedis(copy, timeoutMs);
    return copy;
  }) as Redis['duplicate'];

  function look(afterMs: number) {
    armed = true;
    // After a stall of this process the timer fires before the replies that arrived meanwhile
    // are read; setImmediate runs after the poll phase has read them.
    setTimeout(() => setImmediate(judge), afterMs);
  }

  function judge() {
    sent = sent.filter((s) => !s.command.isSettled);
    const now = performance.now();
    if (sent.length > 0 && now - heardAt >= timeoutMs) {
      // Silent so far, but the replies read last may have kept this process busy since: one
      // more turn of the event loop reads whatever arrived meanwhile before Redis is blamed.
      setImmediate(() => (heardAt < now ? refuseWaited() : judge()));
      return;
    }
    lookAgain(now);
  }

  /** Redis silent the whole time: those that waited the timeout fail (the rest have their own time). */
  function refuseWaited() {
    const now = performance.now();
    const waited = sent.findIndex((s) => s.at > now - timeoutMs);
    const failed = sent.splice(0, waited === -1 ? sent.length : waited);
    for (const s of failed) s.command.reject(timedOut(timeoutMs));
    lookAgain(now);
  }

  function lookAgain(now: number) {
    armed = false;
    sent = sent.filter((s) => !s.command.isSettled);
    const oldest = sent[0];
    if (!oldest) return;
    // The next look: when the oldest has waited the timeout, or the silence has lasted it.
    const due = Math.max(oldest.at, heardAt) + timeoutMs - now;
    look(Math.max(1, due));
  }
}

function timedOut(timeoutMs: number) {
  return new Error(`Command timed out: Redis sent nothing for ${timeoutMs} ms`);
}
