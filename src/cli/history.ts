import path from 'node:path';
import { scanBase } from '../diff-base.js';
import { ConfigError, EXIT_PASS } from '../errors.js';
import { Boundary } from '../fs/boundary.js';
import type { GateOptions, GateResult } from '../gate.js';
import { diffScans } from '../history/diff.js';
import { readGitState } from '../history/git-state.js';
import { loadScan, listScans, resolveScanId } from '../history/read.js';
import { insertScan } from '../history/record.js';
import { snapshotOf } from '../history/snapshot.js';
import { DEFAULT_HISTORY_FILE, HistoryFile } from '../history/store.js';
import { readTrend } from '../history/trend.js';
import type { ScanSnapshot } from '../history/types.js';
import { renderTrendSection, withTrendSection } from '../report/html/trend.js';
import type { HistoryCommand, ScanCommand } from './args.js';
import { renderHistoryDiff } from './history-diff-render.js';
import { renderScanList, renderTrend } from './history-render.js';

/** `--history FILE` relative to the working directory, or `.posture/history.sqlite` under the scan root. */
export function historyFile(flags: { history?: string }, cwd: string, root: string): string {
  if (flags.history) return path.resolve(cwd, flags.history);
  // The default lies in the repository: a link planted there must not lead the read or write out.
  const file = path.join(root, DEFAULT_HISTORY_FILE);
  const refused = Boundary.of(root).refusesWrite(file);
  if (refused !== undefined) throw new ConfigError(`history file ${DEFAULT_HISTORY_FILE} ${refused}; pass --history FILE to use it anyway`, { code: 'CONFIG_INVALID' });
  return file;
}

/** `posture scan --record`: appends the finished scan to the history file. */
export async function recordScan(command: Pick<ScanCommand, 'history'>, options: GateOptions, result: GateResult, cwd: string): Promise<number> {
  const start = performance.now();
  const lap = stopwatch();
  const root = path.resolve(options.root ?? cwd);
  const file = historyFile(command, cwd, root);
  const git = await readGitState(root, file);
  const gitMs = lap();
  const history = await HistoryFile.write(file);
  const openMs = lap();
  try {
    const frameworks = options.frameworks?.length ? options.frameworks : (options.config?.frameworks ?? []);
    const snapshot = snapshotOf({ result, paths: options.paths, frameworks, git, salt: history.salt });
    const snapshotMs = lap();
    const id = history.query((db) => insertScan(db, snapshot));
    const insertMs = lap();
    await history.save();
    options.logger.debug(`record: git ${gitMs}ms, open ${openMs}ms, snapshot ${snapshotMs}ms, insert ${insertMs}ms, save ${lap()}ms`);
    const shown = path.relative(cwd, file).startsWith('..') ? file : path.relative(cwd, file);
    options.logger.info(`recorded scan ${id} (${snapshot.resources.length} resources, ${snapshot.results.length} check results) in ${shown} in ${Math.round(performance.now() - start)}ms`);
    return id;
  } catch (error) {
    await history.close();
    throw error;
  }
}

/** Milliseconds since the previous call. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = Math.round(now - last);
    last = now;
    return elapsed;
  };
}

/** `posture scan --format html --history FILE`: the page gets a Trend section drawn from the file. */
export async function addTrendSection(command: Pick<ScanCommand, 'history' | 'frameworks'>, options: GateOptions, html: string, cwd: string): Promise<string> {
  const history = await HistoryFile.read(historyFile(command, cwd, path.resolve(options.root ?? cwd)));
  try {
    return withTrendSection(html, renderTrendSection(history.query((db) => readTrend(db, command.frameworks))));
  } finally {
    await history.close();
  }
}

/** `posture history list|diff|trend`. `scanOptions` builds the options of a scan, for git refs. */
export async function runHistory(command: HistoryCommand, cwd: string, scanOptions: () => Promise<GateOptions>): Promise<{ text: string; code: number }> {
  const root = path.resolve(cwd, command.root ?? '.');
  const file = historyFile(command, cwd, root);
  const history = await HistoryFile.read(file);
  try {
    if (command.command === 'history-list') return { text: renderScanList(history.query(listScans), tableOrJson(command.format)), code: EXIT_PASS };
    if (command.command === 'history-trend') {
      return { text: renderTrend(history.query((db) => readTrend(db, command.frameworks)), tableOrJson(command.format)), code: EXIT_PASS };
    }
    const [a, b] = command.sides!;
    const recorded = (text: string) => (isScanReference(text) ? history.query((db) => loadScan(db, resolveScanId(db, file, text))) : undefined);
    const from = recorded(a);
    const to = recorded(b);
    const scanRef = async (ref: string) => scanGitRef(ref, await refOptions(command, await scanOptions(), root, from ?? to), history.salt);
    const diff = diffScans(from ?? (await scanRef(a)), to ?? (await scanRef(b)), [a, b]);
    return { text: renderHistoryDiff(diff, command.format), code: EXIT_PASS };
  } finally {
    await history.close();
  }
}

/** A recorded scan (`3`, `latest`, `latest~2`); anything else is a git ref. */
export function isScanReference(text: string): boolean {
  return /^(\d+|latest(~\d+)?)$/.test(text);
}

/** The scope of a git ref's scan: the paths and frameworks given, else those of the recorded side. */
async function refOptions(command: HistoryCommand, options: GateOptions, root: string, recorded?: ScanSnapshot): Promise<GateOptions> {
  if (!recorded) return options;
  return {
    ...options,
    paths: command.pathsGiven ? options.paths : recorded.paths.map((p) => path.resolve(root, p)),
    frameworks: options.frameworks?.length ? options.frameworks : recorded.frameworks,
  };
}

/** The same scan on the committed tree of `ref` (git archive, never a fetch), as a snapshot. */
async function scanGitRef(ref: string, options: GateOptions, salt: string): Promise<ScanSnapshot> {
  const base = await scanBase(options, ref);
  const frameworks = options.frameworks?.length ? options.frameworks : (options.config?.frameworks ?? []);
  return snapshotOf({ result: base.result!, paths: options.paths, frameworks, git: { commit: base.commit, dirty: false }, salt });
}

function tableOrJson(format: HistoryCommand['format']): 'table' | 'json' {
  return format === 'json' ? 'json' : 'table';
}
