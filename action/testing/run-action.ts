import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** The job summary the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
}

export interface RunOptions {
  /** Extra environment: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_API_URL, GITHUB_WORKSPACE… */
  env?: NodeJS.ProcessEnv;
  /** Temporary directory for the output and summary files. */
  work?: string;
}

/**
 * Runs the committed dist/action/index.js the way a runner does: INPUT_* variables, GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY files. Asynchronous, so a test can serve HTTP to it meanwhile.
 */
export async function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const work = options.work ?? mkdtempSync(path.join(os.tmpdir(), 'posture-action-'));
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const outputFile = path.join(work, `output-${id}`);
  const summaryFile = path.join(work, `summary-${id}.md`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: REPO_ROOT,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/action/index.js')], { cwd: REPO_ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { status, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** GITHUB_OUTPUT uses `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
  return outputs;
}

/** Workflow commands of one level in the step's stdout, e.g. `::error title=…,file=…::message`. */
export function annotations(stdout: string, level: 'error' | 'warning' | 'notice'): { file?: string; line?: string; title?: string; message: string }[] {
  const result = [];
  for (const match of stdout.matchAll(new RegExp(`^::${level}( [^:]*)?::(.*)$`, 'gm'))) {
    const props = Object.fromEntries((match[1] ?? '').trim().split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
    result.push({ file: props.file, line: props.line, title: props.title, message: match[2] });
  }
  return result;
}

/** Writes a pull_request event payload and returns the GITHUB_* variables a runner sets for it. */
export function pullRequestEvent(work: string, number: number, baseSha: string): NodeJS.ProcessEnv {
  const eventPath = path.join(work, `event-${number}-${baseSha.slice(0, 7)}.json`);
  const payload = { action: 'synchronize', number, pull_request: { number, base: { sha: baseSha, ref: 'main' }, head: { ref: 'feature' } } };
  writeFileSync(eventPath, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/infra' };
}
