/**
 * Files a person sent to staff (a voice note, a photo of a document), kept with their
 * conversation for as long as its transcript and erased with it.
 */

/** A file a person sent, as kept for staff. */
export interface StoredMedia {
  mimetype: string;
  data: Uint8Array;
  filename?: string;
}

export interface MediaStore {
  /** Keeps a file under the conversation; returns its id. */
  saveMedia(conversationId: string, media: StoredMedia): Promise<string>;
  /** A kept file, or null when it is gone (erased, expired, unknown id). */
  getMedia(conversationId: string, mediaId: string): Promise<StoredMedia | null>;
}
