import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** One mutated file and the known-good file scanned beside it, each pair in its own directory. */
export interface FuzzCase {
  /** `<target>#<index> <mutator> <seed file>`: enough to regenerate it from the suite seed. */
  label: string;
  fileName: string;
  bytes: Buffer;
  good: { path: string; text: string };
  /** More mutated files in the same directory (a regression that needs two files together). */
  extra?: { fileName: string; bytes: Buffer }[];
}

export interface Limits {
  /** Wall-clock bound for one CLI run, plus `perCaseMs` for each case it scans. */
  baseMs: number;
  perCaseMs: number;
  /** The V8 heap the CLI runs with (--max-old-space-size), and the peak RSS it may reach. */
  heapMb: number;
  rssMb: number;
}

export const DEFAULT_LIMITS: Limits = { baseMs: 20_000, perCaseMs: 3_000, heapMb: 512, rssMb: 768 };

export interface RunOutcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  ms: number;
  /** Peak resident set (VmHWM) in MB, read from /proc while the child ran; undefined off Linux. */
  peakRssMb?: number;
  stdout: string;
  stderr: string;
}

/** `node [--max-old-space-size] <cli> scan <dir> --format json`, bounded in time; its peak RSS sampled. */
export function runCli(cli: string, args: string[], timeoutMs: number, heapMb: number): Promise<RunOutcome> {
  const start = performance.now();
  // POSTURE_WATCHDOG=off: the scan runs in this very process (no watchdog parent), so that its RSS is the one sampled
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, cli, ...args], {
    env: { ...process.env, POSTURE_WATCHDOG: 'off', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let peak: number | undefined;
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString().slice(0, 4000)));
  const sample = () => {
    const rss = peakRss(child.pid);
    if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
  };
  const sampler = setInterval(sample, 50);
  const killer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on('exit', () => sample());
    child.on('close', (status, signal) => {
      clearInterval(sampler);
      clearTimeout(killer);
      resolve({ status, signal, timedOut, ms: performance.now() - start, peakRssMb: peak, stdout, stderr });
    });
  });
}

function peakRss(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined; // exited between samples
  }
}

interface Finding {
  checkId: string;
  location?: { path: string; startLine: number };
}

/** The findings of `report` in `prefix/`, as `check path:line` with the prefix removed. */
export function findingsUnder(report: { findings: Finding[] }, prefix: string): string[] {
  return report.findings
    .filter((f) => f.location?.path.startsWith(prefix))
    .map((f) => `${f.checkId} ${f.location!.path.slice(prefix.length)}:${f.location!.startLine}`)
    .sort();
}

/** Writes each case into `case-<n>/` of a new temporary directory. */
export async function writeCases(cases: readonly FuzzCase[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'posture-fuzz-'));
  for (const [index, fuzzCase] of cases.entries()) {
    const caseDir = path.join(dir, `case-${index}`);
    await mkdir(path.dirname(path.join(caseDir, fuzzCase.good.path)), { recursive: true });
    await writeFile(path.join(caseDir, fuzzCase.good.path), fuzzCase.good.text);
    await writeFile(path.join(caseDir, fuzzCase.fileName), fuzzCase.bytes);
    for (const extra of fuzzCase.extra ?? []) await writeFile(path.join(caseDir, extra.fileName), extra.bytes);
  }
  return dir;
}

/** What is wrong with one run: its exit, time and memory; undefined when it is within bounds. */
export function runProblem(outcome: RunOutcome, limits: Limits, timeoutMs: number): string | undefined {
  if (outcome.timedOut) return `timed out after ${timeoutMs} ms`;
  if (outcome.status !== 0 && outcome.status !== 1) {
    return `exit ${outcome.status ?? outcome.signal}: ${outcome.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`;
  }
  if (outcome.peakRssMb !== undefined && outcome.peakRssMb > limits.rssMb) return `peak RSS ${Math.round(outcome.peakRssMb)} MB > ${limits.rssMb} MB`;
  return undefined;
}

/**
 * Scans the cases together (one CLI start for several cases) and returns each failing case with
 * its problem. A whole-run problem (exit, time, memory) is pinned on cases by scanning each alone.
 */
export async function scanCases(cli: string, cases: readonly FuzzCase[], expected: ReadonlyMap<string, string[]>, limits: Limits): Promise<{ label: string; problem: string; ms: number }[]> {
  const dir = await writeCases(cases);
  try {
    const timeoutMs = limits.baseMs + limits.perCaseMs * cases.length;
    const outcome = await runCli(cli, ['scan', dir, '--root', dir, '--format', 'json', '--fail-on', 'high', '--quiet'], timeoutMs, limits.heapMb);
    const problem = runProblem(outcome, limits, timeoutMs);
    if (problem !== undefined) {
      if (cases.length === 1) return [{ label: cases[0].label, problem, ms: outcome.ms }];
      const failures = [];
      for (const c of cases) failures.push(...(await scanCases(cli, [c], expected, limits)));
      return failures.length > 0 ? failures : [{ label: cases.map((c) => c.label).join(' + '), problem: `together: ${problem}`, ms: outcome.ms }];
    }
    const report = JSON.parse(outcome.stdout) as { findings: Finding[] };
    return cases.flatMap((c, index) => {
      const want = expected.get(c.good.path) ?? [];
      const have = new Set(findingsUnder(report, `case-${index}/`));
      const lost = want.filter((f) => !have.has(f));
      return lost.length > 0 ? [{ label: c.label, problem: `the good file lost ${lost.join(', ')}`, ms: outcome.ms }] : [];
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
