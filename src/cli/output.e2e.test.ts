/**
 * Writing the report is all or nothing: a report that cannot be written whole is exit 3 with a
 * message, and never a partial file or a cut stdout with exit 0. The full disk is real: stdout
 * opened on /dev/full (every write fails with ENOSPC), and a file size limit (`ulimit -f`, EFBIG
 * once the file passes it) for --output, both on the built CLI in a child process.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { captureCli } from '../testing/cli.js';
import { REPO_ROOT } from '../testing/engine.js';
import { writeFileAtomic } from './output.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Exit {
  status: number | null;
  stderr: string;
}

/** bin/posture.js with its stdout on the given file descriptor, or through `bash -c "ulimit …; exec …"`. */
function runBuilt(args: string[], options: { stdoutFd?: number; fileSizeLimitKb?: number } = {}): Promise<Exit> {
  const argv = [path.join(REPO_ROOT, 'bin/posture.js'), ...args];
  const child =
    options.fileSizeLimitKb === undefined
      ? spawn(process.execPath, argv, { cwd: REPO_ROOT, stdio: ['ignore', options.stdoutFd ?? 'ignore', 'pipe'] })
      : spawn('bash', ['-c', `ulimit -f ${options.fileSizeLimitKb} && exec "$0" "$@"`, process.execPath, ...argv], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('the report on a full disk', () => {
  const onLinux = existsSync('/dev/full') ? it : it.skip;

  onLinux('stdout on /dev/full: exit 3 with a message, whether or not findings block', async () => {
    for (const extra of [[], ['--no-fail']]) {
      const fd = openSync('/dev/full', 'w');
      try {
        const run = await runBuilt(['scan', 'fixtures/terraform/sg-bad', '--format', 'json', '--quiet', ...extra], { stdoutFd: fd });
        expect(run).toEqual({ status: 3, stderr: 'posture: cannot write the report to stdout: ENOSPC: no space left on device, write\n' });
      } finally {
        closeSync(fd);
      }
    }
  });

  onLinux('the same without bin/posture.js (dist/cli/index.js run directly, as the pre-commit hook does)', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const child = spawnSync(process.execPath, ['dist/cli/index.js', 'scan', 'fixtures/terraform/sg-good', '--quiet'], { cwd: REPO_ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 3, stderr: 'posture: cannot write the report to stdout: ENOSPC: no space left on device, write\n' });
    } finally {
      closeSync(fd);
    }
  });

  it('--output past a file size limit: exit 3, and neither the report nor a temporary file is left', async () => {
    const dir = path.join(work, 'limited');
    mkdirSync(dir);
    const run = await runBuilt(['scan', 'fixtures/terraform/sg-bad', '--format', 'json', '--quiet', '--no-fail', '--output', path.join(dir, 'report.json')], { fileSizeLimitKb: 4 });
    expect(run.status).toBe(3);
    expect(run.stderr).toBe(`posture: cannot write ${path.join(dir, 'report.json')}: EFBIG: file too large, write\n`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('--output', () => {
  it('into a directory that does not exist: created; under a file: exit 2 before the scan, naming the path, nothing written', async () => {
    const missing = await captureCli(['scan', 'fixtures/terraform/sg-good', '--quiet', '--format', 'json', '--output', path.join(work, 'no-such-dir', 'r.json')]);
    expect(missing.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(work, 'no-such-dir', 'r.json'), 'utf8')).findings).toEqual([]);
    writeFileSync(path.join(work, 'a-file'), 'x');
    const underFile = await captureCli(['scan', 'fixtures/terraform/sg-good', '--quiet', '--output', path.join(work, 'a-file', 'r.txt')]);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(/^posture: --output .*a-file\/r\.txt: cannot write in .*a-file: .*(ENOTDIR|EEXIST)/);
    expect(readFileSync(path.join(work, 'a-file'), 'utf8')).toBe('x');
  });

  it('replaces an existing report whole and leaves no temporary file beside it', async () => {
    const dir = path.join(work, 'replace');
    mkdirSync(dir);
    const file = path.join(dir, 'report.sarif');
    writeFileSync(file, 'old');
    const run = await captureCli(['scan', 'fixtures/terraform/sg-good', '--quiet', '--format', 'sarif', '--output', file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(dir)).toEqual(['report.sarif']);
  });

  it('writes through a link (the link stays) and into a device in place (never replaced by a file)', async () => {
    const dir = path.join(work, 'special');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'real.json'), 'old');
    symlinkSync('real.json', path.join(dir, 'link.json'));
    await writeFileAtomic(path.join(dir, 'link.json'), 'new');
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.json'), 'utf8')).toBe('new');
    // a null device of our own (as root), standing for `--output /dev/null`
    const device = path.join(dir, 'null');
    if (spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status !== 0) return;
    const run = await captureCli(['scan', 'fixtures/terraform/sg-good', '--quiet', '--format', 'sarif', '--output', device]);
    expect(run.code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'null', 'real.json']);
  });

  it('writeFileAtomic keeps the old file when the write fails', async () => {
    const dir = path.join(work, 'atomic');
    mkdirSync(dir);
    const file = path.join(dir, 'r.json');
    writeFileSync(file, 'old');
    // a directory where the report should go cannot be replaced by a file: rename fails after the write
    const target = path.join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep'), '');
    await expect(writeFileAtomic(target, 'new', 'taken')).rejects.toThrow(/^cannot write taken: /);
    expect(readdirSync(dir).sort()).toEqual(['r.json', 'taken']);
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});
