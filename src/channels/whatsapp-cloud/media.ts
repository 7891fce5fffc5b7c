/**
 * Fetches a file a person sent (a voice note, a photo of a document) so staff can open it in
 * the inbox: Meta gives the file's address for its media id, and the file is then read with
 * the token, stopping at the size cap so a large video never fills memory. The token goes
 * only to an https address or to the Graph API root's own origin (a local stub in tests).
 */
import { MAX_MEDIA_BYTES, type MediaKind } from '../../core/messages.ts';
import type { StoredMedia } from '../../core/ports/media-store.ts';
import type { GraphClient } from './graph-client.ts';

export type CloudFile = StoredMedia & { kind: MediaKind };

/** Too large a file, or one that could not be read: not kept (the inbox says so). */
export class MediaNotKeptError extends Error {
  override readonly name = 'MediaNotKeptError';
}

export async function downloadCloudMedia(
  client: Pick<GraphClient, 'mediaInfo' | 'fetchMedia'>,
  graphRoot: string,
  file: { id: string; kind: MediaKind },
  maxBytes = MAX_MEDIA_BYTES,
): Promise<CloudFile> {
  const info = await client.mediaInfo(file.id);
  const target = new URL(info.url);
  if (target.protocol !== 'https:' && target.origin !== new URL(graphRoot).origin)
    throw new MediaNotKeptError(`the media address ${target.origin} is neither https nor the Graph API's`);
  if (info.size !== undefined && info.size > maxBytes)
    throw new MediaNotKeptError(`the file has ${info.size} bytes, more than the ${maxBytes} kept`);
  const response = await client.fetchMedia(info.url);
  const data = await readCapped(response, maxBytes);
  return { kind: file.kind, mimetype: info.mimeType, data };
}

/** Reads a body up to `max` bytes; a longer one is cancelled and refused. */
async function readCapped(response: Response, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > max) {
    await response.body?.cancel();
    throw new MediaNotKeptError(`the file has ${declared} bytes, more than the ${max} kept`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new MediaNotKeptError(`the file is larger than the ${max} bytes kept`);
    }
    chunks.push(value);
  }
  const data = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return data;
}
