import type { ScoreLine } from '../model/index.js';
import type { ScanSummary } from '../history/types.js';
import type { Trend, TrendPoint } from '../history/trend.js';
import { sanitize } from '../report/ansi.js';
import { formatPercent } from '../report/summary.js';
import { formatColumns } from './columns.js';

/** `posture history list`. */
export function renderScanList(scans: ScanSummary[], format: 'table' | 'json'): string {
  if (format === 'json') return JSON.stringify(scans, null, 2) + '\n';
  if (scans.length === 0) return 'No recorded scans.\n';
  const header = ['ID', 'STARTED', 'COMMIT', 'BRANCH', 'RESOURCES', 'OPEN', 'SUPPRESSED', 'SCORE', 'PATHS'];
  const rows = scans.map((s) => [
    String(s.id),
    s.startedAt.replace(/\.\d+Z$/, 'Z'),
    commitText(s.git),
    sanitize(s.git?.branch ?? '-'),
    String(s.resources),
    String(s.open),
    String(s.suppressed),
    `${(s.score * 100).toFixed(1)}%`,
    sanitize(s.paths.join(' ') + (s.frameworks.length > 0 ? ` (--framework ${s.frameworks.join(',')})` : '')),
  ]);
  return formatColumns([header, ...rows]);
}

export function commitText(git: ScanSummary['git']): string {
  if (!git) return '-';
  return git.commit.slice(0, 12) + (git.dirty ? '+dirty' : '');
}

const BARS = '▁▂▃▄▅▆▇█';

/** Scores as a row of bars, lowest to highest of 0–100%; a gap (no point) is a space. */
export function sparkline(values: (number | undefined)[]): string {
  return values.map((v) => (v === undefined ? ' ' : BARS[Math.min(BARS.length - 1, Math.floor(v * BARS.length))])).join('');
}

/** `posture history trend`: one row per series, first and latest score, the change and a sparkline. */
export function renderTrend(trend: Trend, format: 'table' | 'json'): string {
  if (format === 'json') return JSON.stringify(trend, null, 2) + '\n';
  if (trend.scans.length === 0) return 'No recorded scans.\n';
  const header = ['SERIES', 'SCANS', 'FIRST', 'LATEST', 'CHANGE', `TREND (scans ${trend.scans[0].id}–${trend.scans[trend.scans.length - 1].id})`];
  // a framework with nothing in scope in every scan says nothing over time
  const inScope = trend.series.filter(({ points }) => points.some((p) => p.total > 0));
  const rows = inScope.map(({ id, points }) => {
    const byScan = new Map(points.map((p) => [p.scan, p]));
    const first = points[0];
    const last = points[points.length - 1];
    return [id, String(points.length), percent(first), percent(last), change(first, last), sparkline(trend.scans.map((s) => scoreOf(byScan.get(s.id))))];
  });
  const omitted = trend.series.length - inScope.length;
  return formatColumns([header, ...rows]) + (omitted > 0 ? `(${omitted} series with nothing in scope in any scan not shown)\n` : '');
}

function scoreOf(point: TrendPoint | undefined): number | undefined {
  return point && point.total > 0 ? point.score : undefined;
}

function percent(point: TrendPoint): string {
  return point.total === 0 ? 'n/a' : formatPercent(point as ScoreLine);
}

function change(first: TrendPoint, last: TrendPoint): string {
  if (first.total === 0 || last.total === 0) return '-';
  const points = (last.score - first.score) * 100;
  return Math.abs(points) < 0.05 ? '0.0' : `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)}`;
}
