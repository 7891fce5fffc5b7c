/**
 * Files people sent, kept in process memory for the memory store: per conversation, within
 * one budget for the whole process (the oldest files go first past it, never the one just
 * saved). The memory store is for trying things out, not for offices.
 */
import type { StoredMedia } from '../../core/ports/media-store.ts';

/** Files kept in memory at most, in all. */
export const MEMORY_MEDIA_BUDGET = 64 * 2 ** 20;

export function createMemoryMedia(budget = MEMORY_MEDIA_BUDGET) {
  const media = new Map<string, Map<string, StoredMedia>>();
  let bytes = 0;

  return {
    save(conversationId: string, file: StoredMedia): string {
      const id = crypto.randomUUID();
      const files = media.get(conversationId) ?? new Map<string, StoredMedia>();
      files.set(id, { ...file, data: file.data.slice() });
      media.set(conversationId, files);
      bytes += file.data.byteLength;
      for (const [owner, kept] of media) {
        if (bytes <= budget) break;
        for (const [key, f] of kept) {
          if (bytes <= budget || (owner === conversationId && key === id)) break;
          kept.delete(key);
          bytes -= f.data.byteLength;
        }
        if (kept.size === 0) media.delete(owner);
      }
      return id;
    },
    get(conversationId: string, mediaId: string): StoredMedia | null {
      const file = media.get(conversationId)?.get(mediaId);
      return file ? { ...file, data: file.data.slice() } : null;
    },
    erase(conversationId: string) {
      for (const f of media.get(conversationId)?.values() ?? []) bytes -= f.data.byteLength;
      media.delete(conversationId);
    },
    /** Bytes kept now (for tests of the budget). */
    bytes: () => bytes,
    kept: () => ({ media }),
  };
}
