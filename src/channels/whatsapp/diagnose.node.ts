/**
 * What the WhatsApp connection tells the people who run Enlace: which Chromium it uses (or what to
 * install), and what a failure or a disconnection means and what to do about it: a problem code
 * the staff inbox words from locales/, and the same in English for the log; and the pairing QR
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

/**
 * What went wrong with the WhatsApp connection, as a code and a detail (the library's own
 * words, a network error name): the staff inbox shows it in the admin's language from
 * locales/ (inbox.whatsapp.problems.<code>), and the log says it in English (describeProblem).
 */
export type WhatsAppProblemCode =
  | 'unreachable'
  | 'chromiumFailed'
  | 'slowLoad'
  | 'browserClosed'
  | 'startFailed'
  | 'notLoaded'
  | 'browserExited'
  | 'sessionRefused'
  | 'redisUnreachable'
  | 'unlinked'
  | 'conflict'
  | 'banned'
  | 'proxyBlocked'
  | 'outdated'
  | 'qrExpired'
  | 'disconnected'
  | 'tookOver'
  | 'otherDriving';

export interface WhatsAppProblem {
  code: WhatsAppProblemCode;
  /** The detail the words need: an error's first line, a disconnect reason, seconds. */
  detail?: string;
}

/** What a failed start means. */
export function diagnoseFailure(error: unknown): WhatsAppProblem {
  const text = messageOf(error);
  const net = /net::ERR_[A-Z_]+/.exec(text)?.[0];
  if (net) return { code: 'unreachable', detail: net };
  if (/Failed to launch|spawn|ENOENT|EACCES/.test(text)) return { code: 'chromiumFailed', detail: text };
  if (/auth timeout|ready timeout/.test(text)) return { code: 'slowLoad', detail: text };
  if (/Target closed|Session closed|Protocol error|detached|disconnected|Connection closed/i.test(text))
    return { code: 'browserClosed', detail: text };
  return { code: 'startFailed', detail: text };
}

const DISCONNECTS: Record<string, WhatsAppProblemCode> = {
  LOGOUT: 'unlinked',
  UNPAIRED: 'unlinked',
  UNPAIRED_IDLE: 'unlinked',
  CONFLICT: 'conflict',
  TOS_BLOCK: 'banned',
  SMB_TOS_BLOCK: 'banned',
  PROXYBLOCK: 'proxyBlocked',
  DEPRECATED_VERSION: 'outdated',
  'Max qrcode retries reached': 'qrExpired',
};

/** What WhatsApp Web's reason for a disconnection means. */
export function diagnoseDisconnect(reason: string): WhatsAppProblem {
  return { code: DISCONNECTS[reason] ?? 'disconnected', detail: reason };
}

/** The English the log (and the operator) reads; the inbox has the same words in every language. */
const ENGLISH: Record<WhatsAppProblemCode, (detail: string) => string> = {
  unreachable: (d) =>
    `cannot reach WhatsApp (web.whatsapp.com: ${d}): check this server's internet connection, DNS, proxy or firewall`,
  chromiumFailed: (d) =>
    `Chromium did not start (${d}): check that \`chromium --headless --version\` runs on this server`,
  slowLoad: (d) =>
    `WhatsApp Web opened but did not finish loading (${d}): the connection may be slow; if it keeps happening, update whatsapp-web.js`,
  browserClosed: (d) =>
    `the WhatsApp browser closed unexpectedly (${d}): if it keeps happening, check the server's free memory`,
  startFailed: (d) => `WhatsApp did not start (${d}): if it keeps happening, check the logs`,
  notLoaded: (d) => `WhatsApp Web did not load within ${d} s: check the internet connection`,
  browserExited: () =>
    "the WhatsApp browser (Chromium) exited unexpectedly: check the server's free memory and `dmesg`",
  sessionRefused: (d) => `WhatsApp refused the saved session (${d}): scan the new QR code to link again`,
  redisUnreachable: (d) => `cannot reach Redis to claim the WhatsApp session (${d}): check that Redis runs`,
  unlinked: (d) =>
    `WhatsApp disconnected (${d}): this device was unlinked from the office phone: scan the new QR code to link it again`,
  conflict: (d) =>
    `WhatsApp disconnected (${d}): this number's WhatsApp Web was opened elsewhere: close it there`,
  banned: (d) =>
    `WhatsApp disconnected (${d}): WhatsApp blocked this number: the office must appeal to WhatsApp or link another number`,
  proxyBlocked: (d) =>
    `WhatsApp disconnected (${d}): WhatsApp refused this server's network: try another network or proxy`,
  outdated: (d) =>
    `WhatsApp disconnected (${d}): WhatsApp no longer accepts this WhatsApp Web version: update whatsapp-web.js and restart`,
  qrExpired: (d) =>
    `WhatsApp disconnected (${d}): nobody scanned the QR code in time: scan the next one with the office phone`,
  disconnected: (d) => `WhatsApp disconnected (${d}): if it keeps happening, check the logs`,
  tookOver: () => 'another Enlace instance took over this WhatsApp session; this one takes over if it stops',
  otherDriving: () => 'another Enlace instance is driving this WhatsApp session',
};

/** The problem in English, for the log. */
export function describeProblem(problem: WhatsAppProblem): string {
  return ENGLISH[problem.code](problem.detail ?? '');
}
