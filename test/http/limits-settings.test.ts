/**
 * The limits' settings and the client's address: "COUNT/WINDOW" rates read with zod (a wrong
 * one stops the server with what to write), the defaults, and how an address is read (the
 * proxy's header when set, x-forwarded-for's last entry, IPv6 by its /64 network).
 */
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from '../../src/http/limits/client-address.ts';
import { readConfig } from '../../src/runtime/config.node.ts';
import { readWorkerConfig } from '../../src/runtime/worker-config.ts';

describe('rate limit settings', () => {
  it('read COUNT/WINDOW rates, with sensible defaults on Node and Workers', () => {
    const config = readConfig({ RATE_LIMIT_ADDRESS: '300/30s', RATE_LIMIT_NEW_CONVERSATIONS: '50/2h' });
    expect(config.RATE_LIMIT_ADDRESS).toEqual({ points: 300, seconds: 30 });
    expect(config.RATE_LIMIT_NEW_CONVERSATIONS).toEqual({ points: 50, seconds: 7200 });
    expect(config.RATE_LIMIT_CONVERSATION).toEqual({ points: 20, seconds: 60 });
    expect(config.RATE_LIMITS).toBe('on');
    expect(config.URGENT_GROUP_MINUTES).toBe(10);
    const worker = readWorkerConfig({ SESSION_SECRET: 'x'.repeat(32), RATE_LIMITS: 'off' });
    expect(worker.RATE_LIMITS).toBe('off');
    expect(worker.RATE_LIMIT_ADDRESS).toEqual({ points: 600, seconds: 60 });
    expect(worker.RATE_LIMIT_NEW_CONVERSATIONS).toEqual({ points: 100, seconds: 600 });
    expect(worker.RATE_LIMIT_NEW_CONVERSATIONS_ALL).toEqual({ points: 600, seconds: 600 });
  });

  it('refuse a rate that is not COUNT/WINDOW, naming the setting and the form', () => {
    expect(() => readConfig({ RATE_LIMIT_CONVERSATION: '20 per minute' })).toThrow(
      /RATE_LIMIT_CONVERSATION: COUNT\/WINDOW, such as 20\/1m/,
    );
    expect(() => readConfig({ RATE_LIMIT_CONVERSATION: '0/1m' })).toThrow(/a count and a window above 0/);
    expect(() => readConfig({ CLIENT_IP_HEADER: 'x forwarded' })).toThrow(/CLIENT_IP_HEADER/);
  });
});

describe('the client address', () => {
  const request = (headers: Record<string, string>) => new Request('http://localhost/', { headers });
  const socket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

  it("reads Node's socket when no header is trusted, even if a client sends one", () => {
    const address = clientAddress();
    expect(address(request({ 'x-forwarded-for': '1.2.3.4' }), socket('203.0.113.9'))).toBe('203.0.113.9');
    expect(address(request({}), socket('::ffff:203.0.113.9'))).toBe('203.0.113.9');
  });

  it("reads the proxy's header when set: the last x-forwarded-for entry, the one the proxy added", () => {
    const forwarded = clientAddress('X-Forwarded-For');
    expect(forwarded(request({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }), socket('10.0.0.1'))).toBe(
      '198.51.100.7',
    );
    expect(forwarded(request({}), socket('10.0.0.1'))).toBe('10.0.0.1');
    expect(
      clientAddress('cf-connecting-ip')(request({ 'cf-connecting-ip': '198.51.100.8' }), undefined),
    ).toBe('198.51.100.8');
  });

  it('counts IPv6 addresses by their /64 network', () => {
    expect(addressKey('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64');
    expect(addressKey('2001:db8:abcd:0012:ffff::1')).toBe('2001:db8:abcd:12::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('[2001:DB8::1%eth0]')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
