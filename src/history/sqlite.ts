import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { locateWasm } from '../parsers/common/wasm-files.js';

export type { Database, SqlValue };

let engine: Promise<SqlJsStatic> | undefined;

/**
 * SQLite compiled to WebAssembly (sql.js): nothing native to build or install. The .wasm is
 * copied to dist/wasm by the bundle and resolved from node_modules in the source tree.
 */
export function loadSqlite(): Promise<SqlJsStatic> {
  engine ??= initSqlJs({ locateFile: (file) => locateWasm(file) });
  return engine;
}

/** Rows of a query as objects keyed by column name. */
export function queryAll(db: Database, sql: string, params: SqlValue[] = []): Record<string, SqlValue>[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const rows: Record<string, SqlValue>[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    return rows;
  } finally {
    statement.free();
  }
}

/** Runs one prepared statement for every parameter row (inside the caller's transaction). */
export function runMany(db: Database, sql: string, rows: SqlValue[][]): void {
  const statement = db.prepare(sql);
  try {
    for (const row of rows) statement.run(row);
  } finally {
    statement.free();
  }
}
