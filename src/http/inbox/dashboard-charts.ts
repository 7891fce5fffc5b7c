/**
 * The dashboard's charts, drawn on the server as inline SVG: no chart library, no script.
 * Why not a library such as uPlot (1.6.32, 51 KB minified, 22 KB gzipped): the Workers bundle
 * has about 13 KiB left of its 700 KiB budget, so the file would have to be a Workers static
 * asset; the staff pages' CSP allows scripts by hash only, so a script file would need
 * script-src 'self' (any same-origin file could then run); and these charts are a few dozen
 * columns of daily counts, which need no zoom or live redraw. SVG scales to a phone's width,
 * prints, works in every browser without JavaScript, and a hovered column shows its numbers
 * (<title>). Colors come from the hashed style sheet by class (Okabe–Ito, safe for color-blind
 * readers), never a style attribute, which the CSP would refuse. Under each chart the page
 * puts a plain table of the same numbers.
 */
import { html, raw } from 'hono/html';
import { inlineStyle } from '../../core/inline-assets.ts';

/** The chart's drawing space; the SVG scales it to the page's width. */
const W = 400;
const H = 200;
const LEFT = 40;
const BOTTOM = 22;
const TOP = 8;
/** Room on the right for the last column's label. */
const RIGHT = 20;
/** At most this many labels under the columns (every other, every third…, past it). */
const X_LABELS = 6;

export interface Series {
  name: string;
  values: readonly number[];
}

/** The top of the axis: 2, 4, 6, 8 or 10 times a power of ten, so its half is a round number too. */
export function niceMax(value: number): number {
  if (value <= 2) return 2;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 4, 6, 8, 10]) if (m * power >= value) return m * power;
  return 10 * power;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A list of colored keys for a chart's series. */
export function legend(series: readonly { name: string }[], line?: string) {
  return html`<ul class="legend">${series.map((s, i) => html`<li><span class="sw s${i % 8}"></span>${s.name}</li>`)}${
    line ? html`<li><span class="sw ln"></span>${line}</li>` : ''
  }</ul>`;
}

/**
 * Columns over time, stacked when there are several series, with an optional line (people
 * over conversations). `titles` name each column in full, for the hover text.
 */
export function columnChart(options: {
  label: string;
  columns: readonly string[];
  titles: readonly string[];
  stacked: readonly Series[];
  line?: Series;
  format: (n: number) => string;
}) {
  const { columns, stacked, line, format } = options;
  const n = Math.max(1, columns.length);
  const sums = columns.map((_, i) => stacked.reduce((s, series) => s + (series.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...sums, ...(line?.values ?? [])));
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const step = plotW / n;
  const barW = Math.max(1, step * 0.78);
  const y = (v: number) => round(TOP + plotH - (v / max) * plotH);
  const every = Math.ceil(n / X_LABELS);
  const bars = columns.map((_, i) => {
    let base = 0;
    const x = round(LEFT + i * step + (step - barW) / 2);
    return stacked.map((series, k) => {
      const v = series.values[i] ?? 0;
      if (v <= 0) return '';
      const top = y(base + v);
      const bottom = y(base);
      base += v;
      return html`<rect class="s${k % 8}" x="${x}" y="${top}" width="${round(barW)}" height="${round(Math.max(0.5, bottom - top))}"><title>${options.titles[i]} · ${series.name}: ${format(v)}</title></rect>`;
    });
  });
  const center = (i: number) => round(LEFT + i * step + step / 2);
  const points = line?.values.map((v, i) => `${center(i)},${y(v)}`).join(' ') ?? '';
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${options.label}">
${[0, max / 2, max].map(
  (v) =>
    html`<line class="grid" x1="${LEFT}" x2="${W}" y1="${y(v)}" y2="${y(v)}"></line><text x="${LEFT - 4}" y="${y(v) + 4}" text-anchor="end">${format(v)}</text>`,
)}
${bars}
${
  line
    ? html`<polyline class="ln" points="${points}"></polyline>${line.values.map(
        (v, i) =>
          html`<circle class="ln" cx="${center(i)}" cy="${y(v)}" r="2.5"><title>${options.titles[i]} · ${line.name}: ${format(v)}</title></circle>`,
      )}`
    : ''
}
${columns.map((c, i) => (i % every === 0 ? html`<text x="${center(i)}" y="${H - 6}" text-anchor="middle">${c}</text>` : ''))}
</svg>`;
}

/** Horizontal bars, one a row with its name above it: long names (topics) stay readable on a phone. */
export function barChart(options: {
  label: string;
  items: readonly { name: string; value: number }[];
  format: (n: number) => string;
}) {
  const { items, format } = options;
  const row = 30;
  const height = Math.max(row, items.length * row);
  const max = Math.max(1, ...items.map((i) => i.value));
  const room = W - 56;
  return html`<svg class="chart" viewBox="0 0 ${W} ${height}" role="img" aria-label="${options.label}">
${items.map((item, i) => {
  const width = round((item.value / max) * room);
  const top = i * row;
  return html`<text x="0" y="${top + 11}">${item.name}</text><rect class="s0" x="0" y="${top + 15}" width="${Math.max(width, 0.5)}" height="11"><title>${item.name}: ${format(item.value)}</title></rect><text x="${width + 4}" y="${top + 25}">${format(item.value)}</text>`;
})}
</svg>`;
}

/**
 * The dashboard's own styles, allowed by hash like the inbox's own (src/core/inline-assets.ts).
 * Series colours: after Okabe and Ito's, darkened where needed so each reaches 3:1 on white.
 */
const STYLE = `
.dash section{margin:1.5rem 0}.dash h3{margin:.2rem 0 .5rem}.note{color:#57606a;font-size:.9rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,24rem),1fr));gap:1rem}
.card{background:#fff;border-radius:.5rem;padding:.7rem;min-width:0}
svg.chart{display:block;width:100%;height:auto}svg.chart text{font-size:12px;fill:#3d444d}svg.chart .grid{stroke:#d8dee4}
polyline.ln{fill:none;stroke:#1b1f23;stroke-width:2}circle.ln{fill:#1b1f23}
.s0{fill:#0072b2;background:#0072b2}.s1{fill:#b35900;background:#b35900}.s2{fill:#009e73;background:#009e73}.s3{fill:#a8326e;background:#a8326e}
.s4{fill:#5a4fcf;background:#5a4fcf}.s5{fill:#8a6d00;background:#8a6d00}.s6{fill:#1a7f99;background:#1a7f99}.s7{fill:#666;background:#666}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;margin:.4rem 0;font-size:.85rem}
.sw{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.1rem;border-radius:.15rem}.sw.ln{background:#1b1f23;height:.2rem;vertical-align:.2rem}
.scroll{overflow-x:auto;max-height:28rem;overflow-y:auto}
table.figs{width:100%;border-collapse:collapse;background:#fff;font-size:.9rem}table.figs caption{text-align:left;font-weight:600;padding:.3rem 0}
table.figs th,table.figs td{padding:.3rem .5rem;border-bottom:1px solid #d8dee4;text-align:right;vertical-align:top}
table.figs th:first-child,table.figs td:first-child{text-align:left}table.figs thead th{position:sticky;top:0;background:#eef1f4}
table.figs tbody th[colspan]{background:#f6f8fa;text-align:left}th.when{white-space:nowrap}.scroll+.scroll{margin-top:1rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (max-width:30rem){table.figs th,table.figs td{padding:.25rem .3rem}main{padding:.6rem}.card{padding:.5rem}}
form.period{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;background:#fff;padding:.7rem;border-radius:.5rem}
form.period input,form.period select{font:inherit;padding:.3rem}nav.presets{margin:.5rem 0}nav.presets a{display:inline-block;margin:.2rem 1rem .2rem 0}
`;
export const DASHBOARD_STYLE = raw(inlineStyle('staff', STYLE));
