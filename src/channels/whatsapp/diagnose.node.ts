/**
 * What the WhatsApp connection tells the people who run Enlace: which Chromium it uses (or what to
 * install), and what a failure or a disconnection means and what to do about it, in words an
 * office admin can act on (the staff inbox shows these texts as they are); and the pairing QR
 * code drawn in the terminal.
 */
import { accessSync, constants } from 'node:fs';
import QRCode from 'qrcode';

/** --no-sandbox: Chromium refuses to run as root (containers) with its sandbox on.
 *  --disable-dev-shm-usage: /dev/shm is 64 MB in Docker, too small for WhatsApp Web. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'];

/** Prints the pairing QR code in the terminal, for the operator to scan with the office phone. */
export async function printQr(
  qr: string,
  write: (text: string) => void = (t) => process.stdout.write(t),
): Promise<void> {
  write(`${await QRCode.toString(qr, { type: 'terminal', small: true })}\n`);
}

/** The pairing QR code as an SVG image, for the admin page of the staff inbox. */
export function qrSvg(qr: string): Promise<string> {
  return QRCode.toString(qr, { type: 'svg', margin: 2 });
}

/** The Chromium binary to use, or an error saying what to install. */
export function resolveChromium(explicit?: string): string {
  const env = process.env.PUPPETEER_EXECUTABLE_PATH;
  const candidates = explicit ? [explicit] : env ? [env] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  const where = explicit
    ? `at ${explicit} (chromiumPath)`
    : env
      ? `at ${env} (PUPPETEER_EXECUTABLE_PATH)`
      : 'at /usr/bin/chromium or /usr/bin/chromium-browser';
  throw new Error(
    `WhatsApp needs Chromium, and there is none ${where}. Install it (Debian/Ubuntu: \`apt-get install -y chromium\`), ` +
      'or set PUPPETEER_EXECUTABLE_PATH (or chromiumPath in the WhatsApp settings) to a Chrome or Chromium binary.',
  );
}

export const firstLine = (text: string) => (text.split('\n')[0] ?? '').slice(0, 200);
export const messageOf = (error: unknown) =>
  firstLine(error instanceof Error ? error.message : String(error));

/** What a failed start means and what to do, in words an office admin can act on. */
export function describeFailure(error: unknown): string {
  const text = messageOf(error);
  const net = /net::ERR_[A-Z_]+/.exec(text)?.[0];
  if (net)
    return `cannot reach WhatsApp (web.whatsapp.com: ${net}): check this server's internet connection, DNS, proxy or firewall`;
  if (/Failed to launch|spawn|ENOENT|EACCES/.test(text))
    return `Chromium did not start (${text}): check that \`chromium --headless --version\` runs on this server`;
  if (/auth timeout|ready timeout/.test(text))
    return `WhatsApp Web opened but did not finish loading (${text}): the connection may be slow; if it keeps happening, update whatsapp-web.js`;
  if (/Target closed|Session closed|Protocol error|detached|disconnected|Connection closed/i.test(text))
    return `the WhatsApp browser closed unexpectedly (${text}): if it keeps happening, check the server's free memory`;
  return `WhatsApp did not start (${text}): if it keeps happening, check the logs`;
}

const DISCONNECTS: Record<string, string> = {
  LOGOUT: 'this device was unlinked from the office phone: scan the new QR code to link it again',
  UNPAIRED: 'this device is no longer linked to the office phone: scan the new QR code to link it again',
  UNPAIRED_IDLE: 'this device is no longer linked to the office phone: scan the new QR code to link it again',
  CONFLICT: "this number's WhatsApp Web was opened elsewhere: close it there",
  TOS_BLOCK: 'WhatsApp blocked this number: the office must appeal to WhatsApp or link another number',
  SMB_TOS_BLOCK: 'WhatsApp blocked this number: the office must appeal to WhatsApp or link another number',
  PROXYBLOCK: "WhatsApp refused this server's network: try another network or proxy",
  DEPRECATED_VERSION:
    'WhatsApp no longer accepts this WhatsApp Web version: update whatsapp-web.js and restart',
  'Max qrcode retries reached': 'nobody scanned the QR code in time: scan the next one with the office phone',
};

export function describeDisconnect(reason: string): string {
  return `WhatsApp disconnected (${reason}): ${DISCONNECTS[reason] ?? 'if it keeps happening, check the logs'}`;
}
