/**
 * The web chat as both servers (node.ts, worker.ts) build it from their settings: the pages
 * that may write to its API (its own and WEB_CHAT_FRAME_ANCESTORS) and the address widget.js
 * frames (PUBLIC_URL; when it is not set, the address the browser loaded widget.js from).
 */
import { createWebChannel, type WebChannelOptions } from '../channels/web/channel.ts';

export interface WebChatSettings {
  WEB_CHAT_FRAME_ANCESTORS: readonly string[];
  PUBLIC_URL?: string | undefined;
}

export function webChatFromSettings(
  settings: WebChatSettings,
  options: Omit<WebChannelOptions, 'allowedOrigins' | 'publicUrl'>,
) {
  return createWebChannel({
    ...options,
    allowedOrigins: settings.WEB_CHAT_FRAME_ANCESTORS,
    ...(settings.PUBLIC_URL ? { publicUrl: settings.PUBLIC_URL } : {}),
  });
}
