/**
 * A turn's sends that go on after the turn has answered (Workers: the webhook is answered at
 * the commit, and the sends finish under the request's waitUntil). Per conversation, the next
 * turn waits for the previous turn's sends, so a person's messages go out in order and no two
 * turns of one conversation perform the same outbox items at once. If the isolate dies
 * mid-send, nothing is lost: the items were written with the turn and are leftovers for the
 * conversation's next turn or its alarm's sweep.
 */
export function createSendsInFlight() {
  const pending = new Map<string, Promise<void>>();

  return {
    /** Resolves once this conversation's earlier sends are over (done or failed). */
    before(id: string): Promise<void> {
      return pending.get(id) ?? Promise.resolve();
    },
    /** Keeps a turn's sends until they are over. */
    track(id: string, sends: Promise<void>): void {
      const over = sends.then(
        () => undefined,
        () => undefined,
      );
      pending.set(id, over);
      void over.then(() => {
        if (pending.get(id) === over) pending.delete(id);
      });
    },
    /** Resolves once no send is in flight (what the Worker keeps its request alive for). */
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending.values()]);
    },
  };
}
