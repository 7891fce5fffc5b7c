/**
 * What a person over a rate limit reads in the web chat, instead of an empty screen: "we
 * could not read your message, wait a minute, then write again" with the emergency lines
 * (911, 089) in their language, and, when their chat has not started yet, the welcome and
 * the topics menu a new chat got last in that language (kept from the engine's own answer,
 * so the person over a limit sees the same menu everyone sees). The menu comes last, so its
 * buttons stay on screen. Web-standard APIs only.
 */
import type { Lang } from '../../core/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';

export interface ChatMessage {
  text: string;
  buttons: ReadonlyArray<{ label: string; value: string }>;
}

export interface WaitReplies {
  /** A new chat's first answer (its welcome and menu), kept for those who cannot start one now. */
  keepWelcome(lang: Lang, messages: readonly ChatMessage[]): void;
  /** The messages for a person over a limit; `fresh`: their chat has not started. */
  over(lang: Lang, fresh: boolean): ChatMessage[];
}

export function waitReplies(i18n: I18n): WaitReplies {
  const welcomes = new Map<Lang, readonly ChatMessage[]>();
  return {
    keepWelcome(lang, messages) {
      if (messages.some((m) => m.buttons.length > 0)) welcomes.set(lang, messages);
    },
    over(lang, fresh) {
      const t = i18n.t(lang);
      const wait = { text: `${t('limits.waitThenWrite')}\n${t('limits.emergencyLines')}`, buttons: [] };
      return [wait, ...(fresh ? (welcomes.get(lang) ?? []) : [])];
    },
  };
}
