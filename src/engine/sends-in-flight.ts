/**
 * A turn's sends, chained per conversation in this process: a turn's messages go out after
 * the conversation's earlier turns' messages, even when the turn itself has answered already
 * (Workers: the webhook is answered at the commit, the sends finish under the request's
 * waitUntil; WhatsApp's pacing may hold a person's fourth message for seconds, and the next
 * webhook must not wait for it). If the isolate dies mid-send, nothing is lost: the items were
 * written with the turn and are leftovers for the conversation's next turn or its alarm's sweep.
 */
export function createSendsInFlight() {
  const pending = new Map<string, Promise<unknown>>();

  return {
    /** Runs `send` once this conversation's earlier sends are over (done or failed). */
    after<T>(id: string, send: () => Promise<T>): Promise<T> {
      const previous = pending.get(id) ?? Promise.resolve();
      const result = previous.then(send);
      const over = result.catch(() => undefined);
      pending.set(id, over);
      void over.then(() => {
        if (pending.get(id) === over) pending.delete(id);
      });
      return result;
    },
    /** Resolves once no send is in flight (what the Worker keeps its request alive for). */
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending.values()]);
    },
  };
}
