import type { PostureScore, ScoreLine } from '../model/index.js';
import { queryAll, runMany, type Database, type SqlValue } from './sqlite.js';
import type { ScanSnapshot } from './types.js';

/** Appends one scan in one transaction; returns its id. Configurations are stored once per distinct hash. */
export function insertScan(db: Database, scan: ScanSnapshot): number {
  db.run('BEGIN');
  try {
    db.run(
      `INSERT INTO scans (started_at, recorded_at, tool_version, root, git_commit, git_branch, git_dirty, paths, frameworks)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        scan.startedAt,
        new Date().toISOString(),
        scan.toolVersion,
        scan.root,
        scan.git?.commit ?? null,
        scan.git?.branch ?? null,
        scan.git === undefined ? null : scan.git.dirty ? 1 : 0,
        JSON.stringify(scan.paths),
        JSON.stringify(scan.frameworks),
      ],
    );
    const id = Number(queryAll(db, 'SELECT last_insert_rowid() AS id')[0].id);
    runMany(db, 'INSERT INTO scores (scan_id, level, framework, item, passing, total, score) VALUES (?, ?, ?, ?, ?, ?, ?)', scoreRows(id, scan.score));
    runMany(db, 'INSERT OR IGNORE INTO configurations (hash, attributes) VALUES (?, ?)', scan.resources.map((r) => [r.hash, JSON.stringify(r.attributes)]));
    // one writer holds the lock, so the row ids can be assigned here and reused by results and findings
    const first = Number(queryAll(db, 'SELECT coalesce(max(rid), 0) + 1 AS rid FROM resources')[0].rid);
    const rids = new Map(scan.resources.map((r, index) => [resourceKey(r.scope, r.id), first + index]));
    runMany(
      db,
      'INSERT INTO resources (rid, scan_id, scope, resource_id, type, format, path, config_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      scan.resources.map((r) => [rids.get(resourceKey(r.scope, r.id))!, id, r.scope, r.id, r.type, r.format, r.path, r.hash]),
    );
    const rid = (scope: string, resourceId: string) => rids.get(resourceKey(scope, resourceId));
    runMany(
      db,
      'INSERT OR IGNORE INTO results (rid, check_id, status) VALUES (?, ?, ?)',
      scan.results.flatMap((r) => withRid(rid(r.scope, r.resourceId), (n) => [n, r.checkId, r.status])),
    );
    runMany(
      db,
      `INSERT OR IGNORE INTO findings (scan_id, fingerprint, rid, check_id, attribute_path, severity, title, message, file, line, suppression, justification)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      scan.findings.flatMap((f) =>
        withRid(rid(f.scope, f.resourceId), (n) => [
          id, f.fingerprint, n, f.checkId, JSON.stringify(f.attributePath), f.severity, f.title, f.message, f.file, f.line,
          f.suppression?.kind ?? null, f.suppression?.justification ?? null,
        ]),
      ),
    );
    db.run('COMMIT');
    return id;
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
}

const resourceKey = (scope: string, id: string) => `${scope}\u0000${id}`;

/** A row for a result or finding of a resource the scan has (always, as the gate builds them). */
function withRid(rid: number | undefined, row: (rid: number) => SqlValue[]): SqlValue[][] {
  return rid === undefined ? [] : [row(rid)];
}

function scoreRows(id: number, score: PostureScore): SqlValue[][] {
  const row = (level: string, framework: string, item: string, line: ScoreLine): SqlValue[] => [id, level, framework, item, line.passing, line.total, line.score];
  const rows = [row('overall', '', '', score.overall)];
  for (const [framework, line] of Object.entries(score.byFramework)) rows.push(row('framework', framework, '', line));
  for (const [framework, lines] of Object.entries(score.byRequirement)) {
    for (const [item, line] of Object.entries(lines)) rows.push(row('requirement', framework, item, line));
  }
  for (const [framework, lines] of Object.entries(score.byControl)) {
    for (const [item, line] of Object.entries(lines)) rows.push(row('control', framework, item, line));
  }
  return rows;
}
