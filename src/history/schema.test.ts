import { describe, expect, it } from '@jest/globals';
import { getMeta, migrate, MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { loadSqlite, queryAll } from './sqlite.js';

describe('migrate', () => {
  it('creates the schema once and is a no-op on a migrated file', async () => {
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    migrate(db, 'h.sqlite');
    const salt = getMeta(db, 'redaction_salt');
    const tables = () => queryAll(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((r) => r.name);
    const first = tables();
    migrate(db, 'h.sqlite');
    const reopened = new SQL.Database(db.export());
    migrate(reopened, 'h.sqlite');
    expect(first).toEqual(expect.arrayContaining(['configurations', 'findings', 'meta', 'resources', 'results', 'scans', 'scores']));
    expect(tables()).toEqual(first);
    expect(getMeta(reopened, 'schema_version')).toBe(String(SCHEMA_VERSION));
    expect(getMeta(reopened, 'redaction_salt')).toBe(salt);
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('has migrations that can run again on a file they already migrated', async () => {
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    migrate(db, 'h.sqlite');
    db.run("INSERT INTO configurations VALUES ('h', '{}')");
    for (const step of MIGRATIONS) expect(() => db.exec(step)).not.toThrow();
    expect(queryAll(db, 'SELECT COUNT(*) AS n FROM configurations')[0].n).toBe(1);
  });

  it('refuses an SQLite file that belongs to something else', async () => {
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    db.run('CREATE TABLE invoices (id INTEGER)');
    expect(() => migrate(db, 'other.sqlite')).toThrow(/other\.sqlite is an SQLite database but not a posture history file \(it has tables invoices\)/);
  });
});
