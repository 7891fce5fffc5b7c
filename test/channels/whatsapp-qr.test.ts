/** The pairing QR code as the operator sees it: blocks in the terminal, an SVG on /staff/whatsapp. */
import { describe, expect, it } from 'vitest';
import { printQr, qrSvg } from '../../src/channels/whatsapp/diagnose.node.ts';

const PAIRING = '2@Xk3Q9v1mPz0aB7cD,eF5gH2jK8lM4nO6pQ1rS3tU=,vW9xY2zA4bC6dE8fG0hI=,jK1lM3nO5pQ7rS9tU=';

describe('the pairing QR code', () => {
  it('prints as a block of half-block characters in the terminal, one row per line', async () => {
    let out = '';
    await printQr(PAIRING, (text) => (out += text));
    const rows = out.trimEnd().split('\n');
    expect(rows.length).toBeGreaterThan(15);
    expect(out).toMatch(/[▀▄█]/);
    // A different code draws differently: the text is really encoded.
    let other = '';
    await printQr(`${PAIRING}x`, (text) => (other += text));
    expect(other).not.toBe(out);
  });

  it('renders as a self-contained SVG for the admin page', async () => {
    const svg = await qrSvg(PAIRING);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<path');
    expect(svg).not.toMatch(/<script|href=/);
  });
});
