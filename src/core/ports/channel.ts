/**
 * The shape every channel has (web chat, Telegram, WhatsApp, and any an office adds): a
 * name, how it shows options, how it sends messages to a person, and the HTTP routes it
 * serves. The composition root registers channels; nothing else asks which channel it is.
 *
 * @example
 * const toy: Channel = {
 *   name: 'toy',
 *   choices: 'numbered',
 *   deliver: async (address, messages) => { sent.push({ address, messages }); },
 *   routes: (conversations) => [{ path: '/toy', fetch: (request) => handleToyRequest(request, conversations) }],
 * };
 */
import type { Address } from '../address.ts';
import type { Outbound } from '../messages.ts';
import type { Conversations } from './conversations.ts';
import type { ReplyWindow } from './reply-window.ts';

/** A request handler mounted at `path` (the path is removed before the handler sees the URL). */
export interface ChannelRoute {
  path: string;
  /** The largest request body it takes, in bytes; bigger ones get 413 unread. Default 64 KiB. */
  maxBody?: number;
  /**
   * The route checks who sent a request (a webhook's signature or secret) before it reads the
   * body, and reads at most `maxBody` itself: the app then refuses only a declared length past
   * `maxBody` and leaves a streamed body unread, so that nobody unknown gets a body read.
   */
  readsBodyItself?: boolean;
  fetch(request: Request, env?: unknown, executionCtx?: unknown): Response | Promise<Response>;
}

export interface Channel {
  /** The channel part of every address it serves ("telegram"). */
  name: string;
  /** How a person picks an option: tapping a button, or typing its number. Prompts are worded for it. */
  choices: 'buttons' | 'numbered';
  /**
   * Sends one turn's messages to a person, in order. Absent when the person reads them some
   * other way (the web chat reads the transcript). Throws when sending failed and may work
   * later: the engine keeps the messages and tries again. A person who blocked the channel is
   * not a failure: the channel drops the messages and returns.
   */
  deliver?(address: Address, messages: readonly Outbound[], to?: string): Promise<void>;
  /**
   * Where a conversation's messages go now, when the channel keeps that apart from the chat
   * id (a WhatsApp number that changed). Asked before an erase forgets it: the erase's
   * messages keep the answer and `deliver` gets it as `to`, so the confirmation still reaches
   * the person where they are, not the number they left.
   */
  sendsTo?(address: Address): Promise<string>;
  /** The HTTP routes this channel serves (a webhook, a page), given the engine. */
  routes?(conversations: Conversations): ChannelRoute[];
  /** Present when free text reaches a person only for a while after they wrote (WhatsApp Cloud API). */
  replyWindow?: ReplyWindow;
  /** Present when the channel reports what became of each message: the inbox shows it per line. */
  reportsDelivery?: boolean;
}
