/**
 * For channels that cannot have a message sent again (WhatsApp, Telegram in polling mode,
 * where the update is already confirmed): while the store is away, wait and try again,
 * once a second for up to a minute, instead of losing the message.
 */
import { StoreUnavailableError } from '../core/errors.ts';

export async function retryWhileStoreAway<T>(handle: () => Promise<T>, tries = 60): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await handle();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
