import { spawn } from 'node:child_process';
import { runCli } from '../cli/main.js';
import { REPO_ROOT } from './engine.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one CLI command in-process, as a user in `cwd` would, and captures what it writes. */
export async function captureCli(argv: string[], cwd: string = REPO_ROOT): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd });
  return { code, stdout, stderr };
}

/** Runs the built CLI (bin/posture.js, so dist/ and its worker threads) in a child process with extra environment. */
export function spawnBuiltCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['bin/posture.js', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

/** A SARIF log with what depends on the machine, the time or the version made constant, for goldens. */
export function stableSarif(sarifText: string): unknown {
  const log = JSON.parse(sarifText);
  for (const run of log.runs) {
    run.tool.driver.semanticVersion = '<version>';
    if (run.originalUriBaseIds) run.originalUriBaseIds['%SRCROOT%'].uri = 'file:///<root>/';
    // the checkout's remote, commit and branch
    delete run.versionControlProvenance;
    for (const invocation of run.invocations ?? []) if (invocation.startTimeUtc) invocation.startTimeUtc = '<time>';
  }
  return log;
}
