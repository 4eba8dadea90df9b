import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../testing/engine.js';

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdoutBytes: number;
  stderr: string;
}

/**
 * Runs bin/posture.js (the bundled CLI, as `npx posture` does) like `posture … | head -c N`: the reader
 * takes the first chunk of stdout and closes its end, so the CLI's next write fails with EPIPE.
 * With closeStderr, stderr's reader is gone from the start as well.
 */
function runIntoEarlyClose(args: string[], closeStderr = false): Promise<Run> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/posture.js'), ...args], { cwd: REPO_ROOT });
  let stdoutBytes = 0;
  let stderr = '';
  child.stdout.once('data', (chunk: Buffer) => {
    stdoutBytes = chunk.length;
    child.stdout.destroy();
  });
  if (closeStderr) child.stderr.destroy();
  else child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdoutBytes, stderr }));
  });
}

describe('a reader that closes stdout early (posture … | head)', () => {
  // The JSON report of every fixture is ~800 KB: far more than a pipe buffers, so writes continue after the close.
  it('exits quietly with the scan’s own code: 1 for blocking findings', async () => {
    const run = await runIntoEarlyClose(['scan', 'fixtures', '--format', 'json']);
    expect(run.stdoutBytes).toBeGreaterThan(0);
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled|node:events/);
    expect(run.stderr).toMatch(/findings/); // the scan ran to its end and logged its summary
    expect({ status: run.status, signal: run.signal }).toEqual({ status: 1, signal: null });
  });

  it('exits 0 with --no-fail, also when stderr is closed too', async () => {
    const run = await runIntoEarlyClose(['scan', 'fixtures', '--format', 'json', '--no-fail'], true);
    expect(run.stdoutBytes).toBeGreaterThan(0);
    expect({ status: run.status, signal: run.signal }).toEqual({ status: 0, signal: null });
  });

  it('a usage error still exits 2 when nobody reads its message', async () => {
    const run = await runIntoEarlyClose(['scan', '--format', 'no-such-format'], true);
    expect({ status: run.status, signal: run.signal }).toEqual({ status: 2, signal: null });
  });
});
