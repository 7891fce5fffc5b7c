/**
 * Whose request it is, for the rate limits: the client's address. Behind a reverse proxy it
 * comes from the header the proxy sets (CLIENT_IP_HEADER: x-forwarded-for, whose last
 * address is the one your proxy saw; x-real-ip; cf-connecting-ip on Cloudflare). Without
 * one, Node's socket address. Trust a header only when every request passes the proxy, or
 * anyone can write their own. IPv6 addresses count by their /64 network, which one person
 * commonly holds whole. Web-standard APIs only (the socket is read from Hono's Node env).
 */

/** The address key for one IP: IPv4 as it is, IPv6 as its /64, IPv4-mapped IPv6 as IPv4. */
export function addressKey(ip: string): string {
  const bare =
    ip
      .trim()
      .replace(/^\[|\]$/g, '')
      .split('%')[0] ?? '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1] as string;
  if (!bare.includes(':')) return bare || 'unknown';
  const [head = '', tail] = bare.toLowerCase().split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = [...front, ...Array(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Reads the client's address from `header` when set (and present), else from Node's socket. */
export function clientAddress(header?: string): (request: Request, env: unknown) => string {
  const name = header?.toLowerCase();
  return (request, env) => {
    const value = name ? request.headers.get(name) : null;
    if (value) {
      const parts = value.split(',');
      return addressKey((name === 'x-forwarded-for' ? parts.at(-1) : parts[0]) ?? '');
    }
    const socket = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
      ?.socket;
    return addressKey(socket?.remoteAddress ?? 'unknown');
  };
}
