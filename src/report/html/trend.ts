/**
 * The "Trend" section of the HTML report (`posture scan --format html --history FILE`): the
 * posture score of every recorded scan as an inline SVG line chart, overall and per framework,
 * with the same figures as a table. Drawn on the server side with presentation attributes only,
 * so it needs no script and no inline style beyond what the page's Content-Security-Policy allows.
 */
import type { Trend, TrendPoint, TrendSeries } from '../../history/trend.js';
import { escapeHtml } from './escape.js';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };
const PALETTE = ['#0969da', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#cf222e', '#1b7c83', '#953800', '#57606a'];

export function renderTrendSection(trend: Trend): string {
  const series = trend.series.filter((s) => s.points.some((p) => p.total > 0));
  if (trend.scans.length === 0 || series.length === 0) {
    return '<section id="trend" class="card" aria-labelledby="trend-title"><h2 id="trend-title">Trend</h2><p>No recorded scan has anything in scope yet.</p></section>';
  }
  return `<section id="trend" class="card" aria-labelledby="trend-title">
<h2 id="trend-title">Trend</h2>
${renderChart(trend, series)}
${renderTable(series)}
</section>`;
}

/** Puts the section at the end of the page's main content. */
export function withTrendSection(html: string, section: string): string {
  const at = html.lastIndexOf('</main>');
  return at < 0 ? html : html.slice(0, at) + section + '\n' + html.slice(at);
}

function renderChart(trend: Trend, series: TrendSeries[]): string {
  const index = new Map(trend.scans.map((scan, i) => [scan.id, i]));
  const x = (scan: number) => PAD.left + (trend.scans.length === 1 ? 0.5 : index.get(scan)! / (trend.scans.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + (1 - score) * (HEIGHT - PAD.top - PAD.bottom);
  const grid = [0, 0.5, 1].map(
    (v) => `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#8c959f" stroke-opacity="0.4"/><text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="currentColor">${v * 100}%</text>`,
  );
  const first = trend.scans[0];
  const last = trend.scans[trend.scans.length - 1];
  const axis = `<text x="${PAD.left}" y="${HEIGHT - 8}" font-size="11" fill="currentColor">scan ${first.id}</text><text x="${WIDTH - PAD.right}" y="${HEIGHT - 8}" text-anchor="end" font-size="11" fill="currentColor">scan ${last.id}</text>`;
  // overall is drawn last, on top of the frameworks it summarises
  const lines = series.map((s, i) => renderSeries(s, colorOf(s, i), s.id === 'overall' ? 3 : 1.5, x, y)).reverse();
  const label = `Posture score per scan, scans ${first.id} to ${last.id}: ${series.map((s) => `${s.id} ${percent(inScope(s).at(-1)!)}`).join(', ')}`;
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label="${escapeHtml(label)}" preserveAspectRatio="xMinYMin meet">
${grid.join('\n')}
${axis}
${lines.join('\n')}
</svg>`;
}

/** One polyline per run of scans with the group in scope: a scan without it is a gap, not a zero. */
function renderSeries(series: TrendSeries, color: string, width: number, x: (scan: number) => number, y: (score: number) => number): string {
  const runs: TrendPoint[][] = [[]];
  for (const point of series.points) {
    if (point.total > 0) runs[runs.length - 1].push(point);
    else if (runs[runs.length - 1].length > 0) runs.push([]);
  }
  const shapes = runs
    .filter((run) => run.length > 0)
    .map((run) =>
      run.length === 1
        ? `<circle cx="${x(run[0].scan).toFixed(1)}" cy="${y(run[0].score).toFixed(1)}" r="${width + 1}" fill="${color}"/>`
        : `<polyline fill="none" stroke="${color}" stroke-width="${width}" points="${run.map((p) => `${x(p.scan).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ')}"/>`,
    );
  return `<g data-series="${escapeHtml(series.id)}"><title>${escapeHtml(series.id)}</title>${shapes.join('')}</g>`;
}

function renderTable(series: TrendSeries[]): string {
  const rows = series.map((s, i) => {
    const points = inScope(s);
    const first = points[0];
    const last = points[points.length - 1];
    const change = (last.score - first.score) * 100;
    const swatch = `<svg width="16" height="8" aria-hidden="true"><rect width="16" height="${s.id === 'overall' ? 6 : 3}" fill="${colorOf(s, i)}"/></svg>`;
    return `<tr><th scope="row">${swatch} ${escapeHtml(s.id)}</th><td class="num">${points.length}</td><td class="num">${percent(first)}</td><td class="num">${percent(last)}</td><td class="num">${change > 0 ? '+' : change < 0 ? '−' : ''}${Math.abs(change).toFixed(1)}</td></tr>`;
  });
  return `<table aria-label="Score per scan"><thead><tr><th scope="col">Series</th><th scope="col" class="num">Scans</th><th scope="col" class="num">First</th><th scope="col" class="num">Latest</th><th scope="col" class="num">Change (points)</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
}

function colorOf(series: TrendSeries, index: number): string {
  return series.id === 'overall' ? 'currentColor' : PALETTE[index % PALETTE.length];
}

function inScope(series: TrendSeries): TrendPoint[] {
  return series.points.filter((p) => p.total > 0);
}

function percent(point: TrendPoint): string {
  return `${(Math.floor((point.passing * 1000) / point.total) / 10).toFixed(1)}%`;
}
