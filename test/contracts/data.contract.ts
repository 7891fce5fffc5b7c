/**
 * The contract of the staff data and the files: media byte for byte under their
 * conversation only, canned replies, and the links between conversations and the threads
 * of a Telegram staff group (one thread each, both ways).
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports/store.ts';

export function dataContract(make: () => Promise<Store>) {
  describe('files and staff data', () => {
    it('keeps files people send, byte for byte, under their conversation only', async () => {
      const store = await make();
      const data = new Uint8Array(256).map((_, i) => i); // every byte value, zeros included
      const id = await store.saveMedia('t:7', { mimetype: 'image/jpeg', data, filename: 'acta.jpg' });
      expect(await store.getMedia('t:7', id)).toEqual({ mimetype: 'image/jpeg', data, filename: 'acta.jpg' });
      const plain = await store.saveMedia('t:7', { mimetype: 'audio/ogg', data: new Uint8Array([]) });
      expect(await store.getMedia('t:7', plain)).toEqual({ mimetype: 'audio/ogg', data: new Uint8Array([]) });
      expect(await store.getMedia('t:8', id)).toBeNull();
      expect(await store.getMedia('t:7', 'no-such-id')).toBeNull();
    });

    it('keeps the office’s canned replies', async () => {
      const store = await make();
      expect(await store.getCannedReplies()).toEqual([]);
      await store.saveCannedReplies([
        { id: 'c1', lang: 'es', text: 'Gracias' },
        { id: 'c2', lang: 'ht', text: 'Mèsi' },
      ]);
      expect(await store.getCannedReplies()).toEqual([
        { id: 'c1', lang: 'es', text: 'Gracias' },
        { id: 'c2', lang: 'ht', text: 'Mèsi' },
      ]);
      await store.saveCannedReplies([]);
      expect(await store.getCannedReplies()).toEqual([]);
    });

    it('links a conversation and its staff-group thread both ways, one thread each', async () => {
      const store = await make();
      expect(await store.threadOf('telegram:1')).toBeNull();
      expect(await store.conversationOfThread(10)).toBeNull();
      await store.saveThread('telegram:1', 10);
      await store.saveThread('telegram:2', 20);
      expect(await store.threadOf('telegram:1')).toBe(10);
      expect(await store.conversationOfThread(20)).toBe('telegram:2');
      await store.saveThread('telegram:1', 11); // a new topic for the conversation
      expect(await store.threadOf('telegram:1')).toBe(11);
      expect(await store.conversationOfThread(10)).toBeNull();
      await store.saveThread('telegram:3', 20); // the thread now belongs to another conversation
      expect(await store.conversationOfThread(20)).toBe('telegram:3');
      expect(await store.threadOf('telegram:2')).toBeNull();
    });
  });
}
