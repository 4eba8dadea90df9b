import { randomBytes } from 'node:crypto';
import { ConfigError } from '../errors.js';
import { queryAll, type Database } from './sqlite.js';

/** The schema this version writes and reads. A file of a later version is refused, never guessed at. */
export const SCHEMA_VERSION = 1;

/**
 * Migration n takes a file from version n-1 to n. Each is written so it can run again on a file it
 * already migrated (IF NOT EXISTS), and they run in one transaction with the version bump.
 * Results and findings point at their resource row (rid) instead of repeating scope and resource
 * id, and configurations are stored once per distinct content: most resources do not change
 * between two scans.
 */
export const MIGRATIONS: string[] = [
  `CREATE TABLE IF NOT EXISTS scans (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     started_at TEXT NOT NULL,
     recorded_at TEXT NOT NULL,
     tool_version TEXT NOT NULL,
     root TEXT NOT NULL,
     git_commit TEXT,
     git_branch TEXT,
     git_dirty INTEGER,
     paths TEXT NOT NULL,
     frameworks TEXT NOT NULL
   );
   CREATE TABLE IF NOT EXISTS scores (
     scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
     level TEXT NOT NULL CHECK (level IN ('overall', 'framework', 'requirement', 'control')),
     framework TEXT NOT NULL,
     item TEXT NOT NULL,
     passing INTEGER NOT NULL,
     total INTEGER NOT NULL,
     score REAL NOT NULL,
     PRIMARY KEY (scan_id, level, framework, item)
   );
   CREATE TABLE IF NOT EXISTS configurations (
     hash TEXT PRIMARY KEY,
     attributes TEXT NOT NULL
   );
   CREATE TABLE IF NOT EXISTS resources (
     rid INTEGER PRIMARY KEY,
     scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
     scope TEXT NOT NULL,
     resource_id TEXT NOT NULL,
     type TEXT NOT NULL,
     format TEXT NOT NULL,
     path TEXT NOT NULL,
     config_hash TEXT NOT NULL REFERENCES configurations(hash)
   );
   CREATE INDEX IF NOT EXISTS resources_by_scan ON resources (scan_id);
   CREATE TABLE IF NOT EXISTS results (
     rid INTEGER NOT NULL REFERENCES resources(rid) ON DELETE CASCADE,
     check_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('fail', 'pass', 'suppressed', 'inconclusive')),
     PRIMARY KEY (rid, check_id)
   ) WITHOUT ROWID;
   CREATE TABLE IF NOT EXISTS findings (
     scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
     fingerprint TEXT NOT NULL,
     rid INTEGER NOT NULL REFERENCES resources(rid) ON DELETE CASCADE,
     check_id TEXT NOT NULL,
     attribute_path TEXT NOT NULL,
     severity TEXT NOT NULL,
     title TEXT NOT NULL,
     message TEXT NOT NULL,
     file TEXT NOT NULL,
     line INTEGER NOT NULL,
     suppression TEXT,
     justification TEXT,
     PRIMARY KEY (scan_id, fingerprint)
   );`,
];

/** Brings a database (new, or written by an earlier version) to SCHEMA_VERSION; refuses a later one. */
export function migrate(db: Database, file: string): void {
  db.run('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const version = readVersion(db, file);
  if (version > SCHEMA_VERSION) {
    throw new ConfigError(
      `history file ${file} has schema version ${version}, and this posture-gate reads versions up to ${SCHEMA_VERSION}; ` +
        'record and read it with a newer posture-gate, or pass --history with another file',
    );
  }
  if (version === SCHEMA_VERSION) return;
  db.run('BEGIN');
  try {
    for (let next = version + 1; next <= SCHEMA_VERSION; next++) db.exec(MIGRATIONS[next - 1]);
    setMeta(db, 'schema_version', String(SCHEMA_VERSION));
    if (getMeta(db, 'redaction_salt') === undefined) setMeta(db, 'redaction_salt', randomBytes(16).toString('hex'));
    db.run('COMMIT');
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
}

function readVersion(db: Database, file: string): number {
  const text = getMeta(db, 'schema_version');
  if (text === undefined) {
    // no version: a new file, unless it holds tables of something else
    const tables = queryAll(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('meta', 'sqlite_sequence')");
    if (tables.length === 0) return 0;
    throw new ConfigError(`${file} is an SQLite database but not a posture history file (it has tables ${tables.map((t) => t.name).join(', ')}); pass --history with another file`);
  }
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1) throw new ConfigError(`history file ${file} has an invalid schema version ${JSON.stringify(text)}`);
  return version;
}

export function getMeta(db: Database, key: string): string | undefined {
  const rows = queryAll(db, 'SELECT value FROM meta WHERE key = ?', [key]);
  return rows.length === 0 ? undefined : String(rows[0].value);
}

function setMeta(db: Database, key: string, value: string): void {
  db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}
