import { queryAll, type Database } from './sqlite.js';
import type { GitState } from './types.js';

export interface TrendPoint {
  scan: number;
  startedAt: string;
  commit?: string;
  passing: number;
  total: number;
  score: number;
}

/** One line of the chart: `overall`, or a framework id. */
export interface TrendSeries {
  id: string;
  points: TrendPoint[];
}

export interface Trend {
  scans: { id: number; startedAt: string; git?: GitState }[];
  series: TrendSeries[];
}

export const OVERALL_SERIES = 'overall';

/**
 * The score of every recorded scan, overall and per framework (or only the frameworks asked for),
 * oldest first. A framework a scan did not cover (`--framework`) has no point in that scan: a gap,
 * not a zero.
 */
export function readTrend(db: Database, frameworks: string[] = []): Trend {
  const scans = queryAll(db, 'SELECT id, started_at, git_commit, git_branch, git_dirty FROM scans ORDER BY id').map((row) => ({
    id: Number(row.id),
    startedAt: String(row.started_at),
    ...(row.git_commit === null
      ? {}
      : { git: { commit: String(row.git_commit), ...(row.git_branch === null ? {} : { branch: String(row.git_branch) }), dirty: row.git_dirty === 1 } }),
  }));
  const byScan = new Map(scans.map((s) => [s.id, s]));
  const rows = queryAll(db, "SELECT scan_id, level, framework, passing, total, score FROM scores WHERE level IN ('overall', 'framework') ORDER BY scan_id");
  const series = new Map<string, TrendPoint[]>();
  for (const row of rows) {
    const id = row.level === 'overall' ? OVERALL_SERIES : String(row.framework);
    if (frameworks.length > 0 && !frameworks.includes(id)) continue;
    const scan = byScan.get(Number(row.scan_id))!;
    const point: TrendPoint = {
      scan: scan.id,
      startedAt: scan.startedAt,
      ...(scan.git ? { commit: scan.git.commit } : {}),
      passing: Number(row.passing),
      total: Number(row.total),
      score: Number(row.score),
    };
    (series.get(id) ?? series.set(id, []).get(id)!).push(point);
  }
  const ordered = [...series.entries()].sort(([a], [b]) => (a === OVERALL_SERIES ? -1 : b === OVERALL_SERIES ? 1 : a < b ? -1 : 1));
  return { scans, series: ordered.map(([id, points]) => ({ id, points })) };
}
