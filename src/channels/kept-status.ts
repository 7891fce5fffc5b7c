/**
 * The HTTP status a webhook answers once it has tried to keep what it received in the intake:
 * 200 when kept; 503 when the store is away (the platform sends it again later); 500 for any
 * other failure (sent again too, and logged as an error). Never 200 for what was not kept:
 * Meta and Telegram do not send again after a 200.
 */
import { StoreUnavailableError } from '../core/errors.ts';
import type { Logger } from '../core/ports/runtime.ts';

export async function keptStatus(
  keep: () => Promise<void>,
  logger: Logger,
  who: string,
): Promise<200 | 500 | 503> {
  try {
    await keep();
    return 200;
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      logger.warn(`${who} webhook: store unreachable; 503 so that it is sent again`);
      return 503;
    }
    logger.error(`${who} webhook: not kept; 500 so that it is sent again`, {
      error: (error as Error).message,
    });
    return 500;
  }
}
