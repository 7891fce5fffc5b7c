/**
 * The two things that reach a conversation without a message from the person: its idle
 * deadline coming (it starts again from the menu, silently), and a file the person sent
 * while with staff being kept for them. The engine runs both in the conversation's turn
 * order; they live here to keep the engine's file about messages.
 */
import { MAX_MEDIA_BYTES, type MediaKind } from './messages.ts';
import type { Logger, Store, StoredMedia, TranscriptLine } from './ports.ts';
import { isInHandoff, restoreConversation, runEvents, toRecord } from './run-flow.ts';

/** A conversation past its idle time goes back to the start (its language kept), with no message. */
export async function expireIfIdle(
  deps: { store: Store; logger: Logger; idleMs: number; leaseMs: number; dedupeTtlMs: number },
  id: string,
  now: number,
) {
  const held = await deps.store.openTurn(id, { leaseMs: deps.leaseMs, dedupeTtlMs: deps.dedupeTtlMs });
  try {
    if (!held.fresh || !held.record) return;
    const { snapshot } = restoreConversation(held.record, deps.logger, id);
    const last = snapshot.context.lastActivityAt;
    if (last === 0 || now - last <= deps.idleMs || isInHandoff(snapshot.value)) return;
    const { next } = runEvents(snapshot, [{ type: 'timer.idle', at: now }]);
    await held.commit(toRecord(next), []);
    deps.logger.info('idle conversation started again from the menu', { conversationId: id });
  } finally {
    await held.release();
  }
}

/**
 * Keeps a file for staff and shows it in the transcript. Too large a file is not kept: its
 * line has no id, and the inbox tells staff to ask for it another way. Returns the line's
 * attachment, for the staff desk.
 */
export async function keepMedia(
  store: Store,
  id: string,
  at: number,
  file: StoredMedia & { kind: MediaKind },
): Promise<NonNullable<TranscriptLine['attachment']>> {
  const { kind, mimetype, filename } = file;
  const bytes = file.data.byteLength;
  const named = filename ? { filename } : {};
  const mediaId =
    bytes <= MAX_MEDIA_BYTES ? await store.saveMedia(id, { mimetype, data: file.data, ...named }) : undefined;
  const attachment = { ...(mediaId ? { id: mediaId } : {}), kind, mimetype, bytes, ...named };
  await store.appendTranscript(id, { at, from: 'person', text: `[${kind}]`, attachment });
  return attachment;
}
