/**
 * A file the person sent while with staff (a voice note, a photo of a document): kept in the
 * store, shown in the transcript, and staff told, in one turn of the conversation. Too large
 * a file is not kept: its line has no id, and the inbox tells staff to ask for it another way.
 */
import { type Address, conversationId } from '../core/address.ts';
import { MAX_MEDIA_BYTES, type MediaKind } from '../core/messages.ts';
import type { TurnResult } from '../core/ports/conversations.ts';
import type { StoredMedia } from '../core/ports/media-store.ts';
import type { Store } from '../core/ports/store.ts';
import type { TurnRequest } from './turn.ts';

export async function keepMedia(
  deps: { store: Store; runTurn(request: TurnRequest): Promise<TurnResult | null> },
  address: Address,
  file: StoredMedia & { kind: MediaKind },
): Promise<void> {
  const id = conversationId(address);
  const { kind, mimetype, filename } = file;
  const bytes = file.data.byteLength;
  const named = filename ? { filename } : {};
  const mediaId =
    bytes <= MAX_MEDIA_BYTES
      ? await deps.store.saveMedia(id, { mimetype, data: file.data, ...named })
      : undefined;
  const attachment = { ...(mediaId ? { id: mediaId } : {}), kind, mimetype, bytes, ...named };
  await deps.runTurn({
    address,
    prepare: () => ({
      events: [],
      meaning: null,
      said: `[${kind}]`,
      attachment,
      notices: [{ type: 'media', conversationId: id, attachment }],
    }),
  });
}
