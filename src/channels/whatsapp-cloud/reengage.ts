/**
 * WhatsApp's 24-hour customer-service window, as the channel port's ReplyWindow: free text
 * reaches a person only within 24 hours of their last message; after that only an approved
 * template may go, and the office's re-engagement template asks them to write again. The
 * template is configured by name and by language (our language → Meta's approved code); a
 * language with no approved translation (Kreyòl may have none) gets the first one listed,
 * and the inbox tells staff which before they send it.
 */
import { type Address, conversationId } from '../../core/address.ts';
import { DeliveryRefusedError } from '../../core/errors.ts';
import type { DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { Reengagement, ReplyWindow } from '../../core/ports/reply-window.ts';
import type { Clock } from '../../core/ports/runtime.ts';
import type { Lang } from '../../core/types.ts';
import { GraphApiError, type GraphClient } from './graph-client.ts';

/** Meta's customer-service window. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface ReengagementTemplate {
  name: string;
  /** Our language → the template's approved language code, in order of preference. */
  languages: ReadonlyArray<readonly [Lang, string]>;
}

export function cloudReplyWindow(options: {
  template?: ReengagementTemplate;
  client: Pick<GraphClient, 'send'>;
  pace<T>(to: string, send: () => Promise<T>): Promise<T>;
  log: Pick<DeliveryLog, 'recordDelivery'>;
  clock: Clock;
  /** Where a conversation's messages go now (identity.ts); its chat id if not given. */
  sendTo?: (chatId: string) => Promise<string>;
}): ReplyWindow {
  function reengagement(lang: Lang): Reengagement | null {
    const template = options.template;
    const chosen = template?.languages.find(([ours]) => ours === lang) ?? template?.languages[0];
    if (!template || !chosen) return null;
    return { name: template.name, lang: chosen[0], language: chosen[1] };
  }
  return {
    ms: CUSTOMER_SERVICE_WINDOW_MS,
    reengagement,
    async reengage(address: Address, lang: Lang) {
      const chosen = reengagement(lang);
      if (!chosen)
        throw new DeliveryRefusedError(
          'whatsapp-cloud',
          0,
          'no re-engagement template is set up (WHATSAPP_CLOUD_REENGAGE_TEMPLATE)',
        );
      const body = {
        type: 'template' as const,
        template: { name: chosen.name, language: { code: chosen.language } },
      };
      try {
        const to = options.sendTo ? await options.sendTo(address.chatId) : address.chatId;
        const wamid = await options.pace(to, () => options.client.send(to, body));
        await options.log.recordDelivery(conversationId(address), {
          kind: 'accepted',
          ref: `template:${wamid}`,
          id: wamid,
          at: options.clock.now(),
        });
      } catch (error) {
        if (error instanceof GraphApiError)
          throw new DeliveryRefusedError('whatsapp-cloud', error.code, error.details ?? error.message);
        throw error;
      }
    },
  };
}
