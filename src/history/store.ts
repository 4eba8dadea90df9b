import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, GateError, getErrorMessage } from '../errors.js';
import { acquireLock } from './lock.js';
import { getMeta, migrate } from './schema.js';
import { loadSqlite, type Database } from './sqlite.js';

/** Where `--record` writes when no `--history FILE` is given, relative to the scan root. */
export const DEFAULT_HISTORY_FILE = '.posture/history.sqlite';

/**
 * The history file: an SQLite database read whole into memory (sql.js has no file I/O), changed,
 * and written back atomically (a temporary file renamed over it), under a lock file while writing.
 */
export class HistoryFile {
  private constructor(
    readonly file: string,
    readonly db: Database,
    private readonly release?: () => Promise<void>,
  ) {}

  /** Opens for reading; the file must exist. */
  static async read(file: string): Promise<HistoryFile> {
    const bytes = await readFile(file).catch((cause: NodeJS.ErrnoException) => {
      const hint = cause.code === 'ENOENT' ? '; record scans with posture scan --record' : '';
      throw new ConfigError(`cannot read history file ${file}: ${getErrorMessage(cause)}${hint}`, { cause, code: 'INPUT_MISSING' });
    });
    return new HistoryFile(file, await openDatabase(file, bytes));
  }

  /** Opens for writing, creating the file (and its folder) when missing; close() saves and unlocks. */
  static async write(file: string): Promise<HistoryFile> {
    await mkdir(path.dirname(file), { recursive: true }).catch((cause: unknown) => {
      throw new ConfigError(`cannot create the folder of history file ${file}: ${getErrorMessage(cause)}`, { cause });
    });
    const release = await acquireLock(file);
    try {
      const bytes = await readFile(file).catch((cause: NodeJS.ErrnoException) => {
        if (cause.code === 'ENOENT') return undefined;
        throw new ConfigError(`cannot read history file ${file}: ${getErrorMessage(cause)}`, { cause });
      });
      return new HistoryFile(file, await openDatabase(file, bytes), release);
    } catch (error) {
      await release();
      throw error;
    }
  }

  /**
   * Runs queries on the database; an SQLite error there (a damaged file, tables changed by hand)
   * is the file's problem, reported as such (exit 2), not an internal error.
   */
  query<T>(run: (db: Database) => T): T {
    try {
      return run(this.db);
    } catch (error) {
      if (error instanceof GateError) throw error;
      throw new ConfigError(`history file ${this.file} cannot be used: ${getErrorMessage(error)}; it may be damaged, or written by an incompatible build`, {
        cause: error,
      });
    }
  }

  /** The file's redaction salt (see redact.ts). */
  get salt(): string {
    return getMeta(this.db, 'redaction_salt') ?? '';
  }

  /** Writes the database back (when opened for writing) and releases the lock. */
  async save(): Promise<void> {
    if (!this.release) throw new Error('history file opened read-only');
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, this.db.export());
      await rename(temporary, this.file);
    } catch (cause) {
      throw new ConfigError(`cannot write history file ${this.file}: ${getErrorMessage(cause)}`, { cause });
    } finally {
      await this.close();
    }
  }

  /** Frees the database and releases the lock without saving. */
  async close(): Promise<void> {
    this.db.close();
    await this.release?.();
  }
}

async function openDatabase(file: string, bytes: Uint8Array | undefined): Promise<Database> {
  const SQL = await loadSqlite();
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes && bytes.length > 0 ? bytes : null);
    migrate(db, file);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof GateError) throw error;
    // sql.js reads the header lazily: "file is not a database", "database disk image is malformed"
    throw new ConfigError(`history file ${file} is not a readable SQLite database (${getErrorMessage(error)}); move it away or pass --history with another file`, {
      cause: error,
    });
  }
}
