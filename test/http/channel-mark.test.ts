/**
 * The channel's mark on an inbox row names the channel as staff know it: a conversation that
 * came through WhatsApp's Cloud API reads "WhatsApp", never the internal "whatsapp-cloud" (the
 * fourth newcomer's demo inbox showed it, session 45).
 */
import { describe, expect, it } from 'vitest';
import { channelMark } from '../../src/http/inbox/person-label.ts';

describe('channel mark', () => {
  it('names each channel as staff know it', () => {
    expect(channelMark('whatsapp-cloud:5215512345678')).toBe('WhatsApp');
    expect(channelMark('whatsapp:5215512345678@c.us')).toBe('WhatsApp');
    expect(channelMark('telegram:123456')).toBe('Telegram');
    expect(channelMark('web:abc')).toBe('Web');
  });
});
