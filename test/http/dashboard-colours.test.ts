/**
 * The dashboard's chart colours (src/http/inbox/dashboard-charts.ts) against the white card
 * they are drawn on: every series colour reaches 3:1, the contrast WCAG 2.1 (1.4.11) asks of
 * the parts of a chart a reader must tell apart. axe-core does not look inside an SVG's
 * fills, so this reads them from the page's own style.
 */
import { describe, expect, it } from 'vitest';
import { DASHBOARD_STYLE } from '../../src/http/inbox/dashboard-charts.ts';

/** WCAG's relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const full = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16) / 255);
  const linear = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('chart colours', () => {
  it('each reach 3:1 on the white card', () => {
    const fills = [...String(DASHBOARD_STYLE).matchAll(/\.s(\d)\{fill:(#[0-9a-f]{3,6})/gi)].map((m) => ({
      series: m[1],
      fill: m[2] ?? '',
    }));
    expect(fills).toHaveLength(8);
    const low = fills
      .map((f) => ({ ...f, ratio: Math.round(contrast(f.fill, '#ffffff') * 100) / 100 }))
      .filter((f) => f.ratio < 3);
    expect(low).toEqual([]);
  });
});
