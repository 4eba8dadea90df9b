import { lstat, readdir, stat } from 'node:fs/promises';
import { compareStrings, fileStart } from '../model/index.js';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { Boundary, isWithin, pathRefused, readBytesInside } from '../fs/boundary.js';
import { InflateBudget, InflateLimitError } from '../fs/inflate.js';
import type { Diagnostic, InputFile, SkippedFile, SourceFormat } from '../model/index.js';
import { mapLimited } from '../concurrency.js';
import { ConfigError, getErrorMessage } from '../errors.js';
import type { Logger } from '../logging.js';
import { sniffFormat } from './sniff.js';

export interface DiscoverOptions {
  /** Files or directories to scan. */
  paths: string[];
  /** Every report path is relative to this directory. */
  root: string;
  /** minimatch globs (relative to root): when any is given, only matching files are scanned. */
  include?: string[];
  /** minimatch globs (relative to root) excluded from the scan; applied after include. */
  exclude?: string[];
  logger: Logger;
  /** Where reads may go; the git work tree holding `root` (else `root`) plus the given paths when absent. */
  boundary?: Boundary;
  /** Decompressed size caps for gzip inputs (AWS Config `.json.gz`); the defaults when absent. */
  inflate?: InflateBudget;
  /**
   * The format of files their name and content do not place (a nested stack's template, which
   * its parent names as one): read as this format, so its syntax errors are diagnostics, rather
   * than skipped.
   */
  assume?: SourceFormat;
}

export interface DiscoveredFile extends InputFile {
  text: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Files that exist but could not be read (permissions, invalid encoding). */
  diagnostics: Diagnostic[];
}

/** Folders that never hold the user's own infrastructure definitions. */
const IGNORED_DIRECTORIES = new Set(['.git', 'node_modules', '.terraform', '.venv', '__pycache__']);
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const READ_CONCURRENCY = 16;


/**
 * Walks the given paths and decides the format of every file (or why it is skipped). Symbolic
 * links met on the walk are never followed: each is listed as skipped, with where it leads.
 * A given path that is a link leading out of the repository boundary is refused (PATH_REFUSED).
 */
export async function discover(options: DiscoverOptions): Promise<Discovery> {
  const result: Discovery = { files: [], skipped: [], diagnostics: [] };
  const boundary = options.boundary ?? Boundary.of(options.root, options.paths);
  const context: ReadContext = { options, result, boundary, inflate: options.inflate ?? new InflateBudget() };
  const candidates = new Set<string>();
  for (const given of options.paths) {
    const absolute = path.resolve(given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new ConfigError(`${given}: no such file or directory`, { code: 'INPUT_MISSING' });
    if (!isWithin(options.root, absolute)) {
      // its report paths would start with ../, which no consumer (code scanning first) can place
      throw new ConfigError(`${given} is outside the scan root ${options.root}; give --root a directory that holds it`, { code: 'INPUT_OUTSIDE_ROOT' });
    }
    const resolved = boundary.resolve(absolute);
    if ('refused' in resolved) {
      const shown = toReportPath(options.root, absolute);
      result.diagnostics.push(pathRefused(shown, 'scan path', resolved.refused));
      continue;
    }
    for (const file of info.isDirectory() ? await walk(absolute, context) : [absolute]) candidates.add(file);
  }
  // Files are read a few at a time: one by one, the corpus spends most of discovery waiting on I/O.
  await mapLimited([...candidates], READ_CONCURRENCY, async (file) => {
    try {
      await classify(file, context);
    } catch (error) {
      result.diagnostics.push(unreadable(toReportPath(options.root, file), error));
    }
  });
  result.files.sort((a, b) => compareStrings(a.path, b.path));
  result.skipped.sort((a, b) => compareStrings(a.path, b.path));
  result.diagnostics.sort((a, b) => compareStrings(a.range.path, b.range.path));
  options.logger.info(`discovered ${result.files.length} files (${result.skipped.length} skipped)`);
  return result;
}

interface ReadContext {
  options: DiscoverOptions;
  result: Discovery;
  boundary: Boundary;
  inflate: InflateBudget;
}

async function walk(directory: string, context: ReadContext): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORED_DIRECTORIES.has(entry.name)) files.push(...(await walk(full, context)));
    } else if (entry.isFile()) {
      files.push(full);
    } else if (entry.isSymbolicLink() && !IGNORED_DIRECTORIES.has(entry.name)) {
      await skipLink(full, context);
    }
  }
  return files;
}

/** A link is never followed (its target is scanned where it lies, when it lies inside); say where it leads. */
async function skipLink(link: string, { options, result, boundary }: ReadContext): Promise<void> {
  const relative = toReportPath(options.root, link);
  if (!isSelected(relative, options)) return;
  const resolved = boundary.resolve(link);
  const kind = 'real' in resolved ? ((await lstat(resolved.real)).isDirectory() ? 'directory' : 'file') : undefined;
  const reason =
    'refused' in resolved
      ? `symbolic link that ${resolved.refused}: not followed`
      : kind !== undefined
        ? `symbolic link to a ${kind} inside the repository: not followed (the target is scanned where it lies)`
        : 'symbolic link to nothing (dangling): not followed';
  result.skipped.push({ path: relative, reason });
}

async function classify(absolutePath: string, context: ReadContext): Promise<void> {
  const { options, result } = context;
  const relative = toReportPath(options.root, absolutePath);
  if (!isSelected(relative, options)) return;
  if (await isHelmChartFile(absolutePath)) {
    result.skipped.push({ path: relative, reason: 'part of a Helm chart: scan it with --helm CHART_DIR' });
    return;
  }
  const byName = sniffFormat(path.basename(absolutePath), '');
  if ('skip' in byName && byName.skip === 'not an infrastructure file type' && options.assume === undefined) {
    result.skipped.push({ path: relative, reason: byName.skip });
    return;
  }
  const text = await readText(absolutePath, relative, context);
  if (text === undefined) return;
  const found = sniffFormat(path.basename(absolutePath), text);
  // a nested stack's template: its parent names it as one, so read it as one whatever it looks like
  const sniffed = 'skip' in found && options.assume !== undefined ? { format: options.assume } : found;
  if ('skip' in sniffed) {
    options.logger.debug(`skip ${relative}: ${sniffed.skip}`);
    result.skipped.push({ path: relative, reason: sniffed.skip });
    return;
  }
  result.files.push({ absolutePath, path: relative, format: sniffed.format, text });
}

/** Include narrows (when given), then exclude removes; both are minimatch globs relative to the root. */
export function isSelected(relative: string, { include, exclude }: Pick<DiscoverOptions, 'include' | 'exclude'>): boolean {
  const matches = (glob: string) => minimatch(relative, glob, { dot: true });
  if (include && include.length > 0 && !include.some(matches)) return false;
  return !exclude?.some(matches);
}

/** A file under `<chart>/templates/`, or the chart's Chart.yaml or values files. */
async function isHelmChartFile(absolutePath: string): Promise<boolean> {
  const directory = path.dirname(absolutePath);
  const name = path.basename(absolutePath);
  if (/^(Chart|values([.-][\w.-]+)?)\.ya?ml$/.test(name) && (await exists(path.join(directory, 'Chart.yaml')))) return true;
  for (let dir = directory; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (path.basename(dir) === 'templates') return exists(path.join(path.dirname(dir), 'Chart.yaml'));
  }
  return false;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * The file's text, read inside the boundary. AWS Config delivers snapshots gzipped (`….json.gz`;
 * the content decides, not the name): inflated under the scan's caps. Undefined when the file
 * is skipped (too large) or not read (refused, over a cap: a diagnostic says so).
 */
async function readText(absolutePath: string, relative: string, { result, boundary, inflate }: ReadContext): Promise<string | undefined> {
  const read = await readBytesInside(boundary, absolutePath, MAX_FILE_BYTES);
  if ('tooLarge' in read) {
    result.skipped.push({ path: relative, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` });
    return undefined;
  }
  if ('refused' in read) {
    result.diagnostics.push(pathRefused(relative, 'scan path', read.refused));
    return undefined;
  }
  try {
    return (await inflate.inflate(read.bytes)).toString('utf8');
  } catch (error) {
    if (!(error instanceof InflateLimitError)) throw error;
    result.diagnostics.push({ code: 'LIMIT_EXCEEDED', level: 'error', message: `${relative}: ${error.message}`, range: fileStart(relative) });
    return undefined;
  }
}

function unreadable(reportPath: string, error: unknown): Diagnostic {
  return {
    code: 'FILE_UNREADABLE',
    level: 'error',
    message: `cannot read file: ${getErrorMessage(error)}`,
    range: fileStart(reportPath),
  };
}

export function toReportPath(root: string, absolutePath: string): string {
  const relative = path.relative(root, absolutePath) || path.basename(absolutePath);
  return relative.split(path.sep).join('/');
}

