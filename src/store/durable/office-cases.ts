/**
 * The office Durable Object's folios (OfficeObject extends it): which conversation claimed
 * each folio, office-wide, so two conversations never share one (each method runs to its end
 * before the next starts: a claim is atomic). The office lets a conversation's folios go when
 * it forgets the conversation (`forgetFolios`: its erase, or its retention passed), as it
 * unlinks its staff-group thread. The cases themselves are in the conversation's record, kept
 * by its own object. Runs only in workerd.
 *
 * Keys: fo:<folio> (the conversation that claimed it), fc:<conversation, URI-encoded>:<folio>
 * (a conversation's folios, for its erase).
 */
/// <reference types="@cloudflare/workers-types" />
import { OfficeActivityObject } from './office-activity.ts';
import { check, conversationIdSchema, folioSchema } from './schemas.ts';

/** Conversation ids may hold ':'; encoded, they cannot run into the folio after them. */
const claimedPrefix = (conversationId: string) => `fc:${encodeURIComponent(conversationId)}:`;

export class OfficeCasesObject extends OfficeActivityObject {
  get #kv() {
    return this.ctx.storage.kv;
  }

  /** Claims a folio for a conversation: false when another has it; true again for the same one. */
  claimFolio(folio: string, conversationId: string): boolean {
    const [number, id] = [check(folioSchema, folio), check(conversationIdSchema, conversationId)];
    return this.ctx.storage.transactionSync(() => {
      const owner = this.#kv.get<string>(`fo:${number}`);
      if (owner !== undefined && owner !== id) return false;
      this.#kv.put(`fo:${number}`, id);
      this.#kv.put(`${claimedPrefix(id)}${number}`, 1);
      return true;
    });
  }

  /** The conversation a folio was claimed for; null for none, and for what is not a folio. */
  conversationOfFolio(folio: string): string | null {
    const number = folioSchema.safeParse(folio);
    return number.success ? (this.#kv.get<string>(`fo:${number.data}`) ?? null) : null;
  }

  /** The conversation's folios go free (inside the caller's transaction). */
  protected forgetFolios(conversationId: string) {
    const prefix = claimedPrefix(conversationId);
    for (const [key] of [...this.#kv.list({ prefix })]) {
      const folio = key.slice(prefix.length);
      if (this.#kv.get(`fo:${folio}`) === conversationId) this.#kv.delete(`fo:${folio}`);
      this.#kv.delete(key);
    }
  }
}
