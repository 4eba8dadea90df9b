import { ConfigError } from '../errors.js';
import type { PostureScore, Severity, SourceFormat, Suppression } from '../model/index.js';
import { queryAll, type Database, type SqlValue } from './sqlite.js';
import type { CheckStatus, GitState, ScanSnapshot, ScanSummary } from './types.js';

type Row = Record<string, SqlValue>;

/** Every recorded scan, oldest first, with its overall score and counts. */
export function listScans(db: Database): ScanSummary[] {
  const rows = queryAll(
    db,
    `SELECT s.*, o.score AS score,
       (SELECT COUNT(*) FROM resources r WHERE r.scan_id = s.id) AS resource_count,
       (SELECT COUNT(*) FROM findings f WHERE f.scan_id = s.id AND (f.suppression IS NULL OR f.suppression = 'baseline')) AS open_count,
       (SELECT COUNT(*) FROM findings f WHERE f.scan_id = s.id AND f.suppression IN ('inline', 'config')) AS suppressed_count
     FROM scans s JOIN scores o ON o.scan_id = s.id AND o.level = 'overall'
     ORDER BY s.id`,
  );
  return rows.map((row) => ({
    ...scanHeader(row),
    id: Number(row.id),
    resources: Number(row.resource_count),
    open: Number(row.open_count),
    suppressed: Number(row.suppressed_count),
    score: Number(row.score),
  }));
}

/** A scan id, or `latest` (the last recorded); `latest~N` is N scans before it. */
export function resolveScanId(db: Database, file: string, reference: string): number {
  const match = /^latest(?:~(\d+))?$/.exec(reference);
  if (match) {
    const back = Number(match[1] ?? 0);
    const rows = queryAll(db, 'SELECT id FROM scans ORDER BY id DESC LIMIT 1 OFFSET ?', [back]);
    if (rows.length === 0) throw new ConfigError(`history file ${file} has ${back === 0 ? 'no recorded scan' : `fewer than ${back + 1} recorded scans`}`);
    return Number(rows[0].id);
  }
  const id = Number(reference);
  if (!/^\d+$/.test(reference) || queryAll(db, 'SELECT id FROM scans WHERE id = ?', [id]).length === 0) {
    throw new ConfigError(`no scan ${reference} in history file ${file}; see posture history list`);
  }
  return id;
}

/** One recorded scan in full. */
export function loadScan(db: Database, id: number): ScanSnapshot {
  const [row] = queryAll(db, 'SELECT * FROM scans WHERE id = ?', [id]);
  const header = scanHeader(row);
  return {
    id,
    ...header,
    startedAt: String(row.started_at),
    toolVersion: String(row.tool_version),
    root: String(row.root),
    score: loadScore(db, id),
    resources: queryAll(db, 'SELECT r.*, c.attributes FROM resources r JOIN configurations c ON c.hash = r.config_hash WHERE r.scan_id = ?', [id]).map((r) => ({
      scope: String(r.scope),
      id: String(r.resource_id),
      type: String(r.type),
      format: String(r.format) as SourceFormat,
      path: String(r.path),
      attributes: JSON.parse(String(r.attributes)) as Record<string, unknown>,
      hash: String(r.config_hash),
    })),
    results: queryAll(db, 'SELECT r.scope, r.resource_id, x.check_id, x.status FROM results x JOIN resources r ON r.rid = x.rid WHERE r.scan_id = ?', [id]).map((r) => ({
      scope: String(r.scope),
      resourceId: String(r.resource_id),
      checkId: String(r.check_id),
      status: String(r.status) as CheckStatus,
    })),
    findings: queryAll(
      db,
      'SELECT f.*, r.scope, r.resource_id FROM findings f JOIN resources r ON r.rid = f.rid WHERE f.scan_id = ? ORDER BY f.file, f.line, f.check_id',
      [id],
    ).map((f) => ({
      fingerprint: String(f.fingerprint),
      checkId: String(f.check_id),
      scope: String(f.scope),
      resourceId: String(f.resource_id),
      attributePath: JSON.parse(String(f.attribute_path)) as (string | number)[],
      severity: String(f.severity) as Severity,
      title: String(f.title),
      message: String(f.message),
      file: String(f.file),
      line: Number(f.line),
      ...(f.suppression === null ? {} : { suppression: { kind: String(f.suppression) as Suppression['kind'], justification: String(f.justification ?? '') } }),
    })),
  };
}

export function loadScore(db: Database, id: number): PostureScore {
  const score: PostureScore = { overall: { passing: 0, total: 0, score: 1 }, byFramework: {}, byRequirement: {}, byControl: {} };
  for (const row of queryAll(db, 'SELECT * FROM scores WHERE scan_id = ?', [id])) {
    const line = { passing: Number(row.passing), total: Number(row.total), score: Number(row.score) };
    const framework = String(row.framework);
    if (row.level === 'overall') score.overall = line;
    else if (row.level === 'framework') score.byFramework[framework] = line;
    else if (row.level === 'requirement') (score.byRequirement[framework] ??= {})[String(row.item)] = line;
    else (score.byControl[framework] ??= {})[String(row.item)] = line;
  }
  return score;
}

function scanHeader(row: Row): { startedAt: string; git?: GitState; paths: string[]; frameworks: string[] } {
  const git: GitState | undefined =
    row.git_commit === null ? undefined : { commit: String(row.git_commit), ...(row.git_branch === null ? {} : { branch: String(row.git_branch) }), dirty: row.git_dirty === 1 };
  return {
    startedAt: String(row.started_at),
    ...(git ? { git } : {}),
    paths: JSON.parse(String(row.paths)) as string[],
    frameworks: JSON.parse(String(row.frameworks)) as string[],
  };
}
