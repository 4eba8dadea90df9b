import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { REPO_ROOT } from '../src/testing/engine.js';

/**
 * The Containerfile's steps, run here (base images cannot be pulled on the test machines): its
 * instructions are read, the COPY pattern and .dockerignore are matched against what `npm pack`
 * writes, and the RUN step is run in a shell with /tmp and npm's global prefix moved into a
 * temporary directory; then the ENTRYPOINT and CMD run as the image would run them.
 */
interface Instruction {
  keyword: string;
  args: string;
}

/** Containerfile → instructions (comments dropped, `\` continuations joined). */
function instructions(text: string): Instruction[] {
  const joined = text.replace(/\\\n/g, ' ').split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  return joined.map((line) => {
    const [, keyword, args] = /^\s*(\w+)\s+(.*)$/.exec(line)!;
    return { keyword: keyword.toUpperCase(), args: args.trim() };
  });
}

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-containerfile-'));
const steps = instructions(readFileSync(path.join(REPO_ROOT, 'Containerfile'), 'utf8'));
const only = (keyword: string) => {
  const found = steps.filter((s) => s.keyword === keyword);
  expect(found).toHaveLength(1);
  return found[0].args;
};
let tarball: string;
/** Where the RUN step installed the package (the image's /usr/local), and what it printed. */
const image = path.join(work, 'image');
let installed: SpawnSyncReturns<string>;

/** The RUN step with the image's /tmp and global npm prefix (/usr/local) moved under `root`. */
function runStep(root: string) {
  const script = only('RUN').replaceAll('/tmp/', `${root}/tmp/`);
  const env = { PATH: `${root}/prefix/bin${path.delimiter}${process.env.PATH}`, HOME: root, npm_config_prefix: `${root}/prefix` };
  return spawnSync('sh', ['-c', script], { env, encoding: 'utf8' });
}

describe('the Containerfile', () => {
  beforeAll(() => {
    const json = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8' });
    tarball = (JSON.parse(json) as { filename: string }[])[0].filename;
    mkdirSync(path.join(image, 'tmp'), { recursive: true });
    copyFileSync(path.join(work, tarball), path.join(image, 'tmp', tarball));
    installed = runStep(image);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('starts from node 24 slim, copies the tarball `npm pack` writes, which .dockerignore lets through', () => {
    expect(only('FROM')).toMatch(/^(docker\.io\/library\/)?node:24-slim$/);
    const [source, destination] = only('COPY').split(/\s+/);
    expect(destination).toBe('/tmp/');
    expect(minimatch(tarball, source)).toBe(true);
    const ignore = readFileSync(path.join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    const inContext = (file: string) => ignore.reduce((kept, p) => (p.startsWith('!') ? kept || minimatch(file, p.slice(1)) : kept && !minimatch(file, p)), true);
    expect([tarball, 'node_modules', 'src', 'dist'].filter(inContext)).toEqual([tarball]);
  });

  it('installs the package in its RUN step and refuses two tarballs', () => {
    expect(installed.stdout.trim().split('\n').at(-1)).toBe(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
    expect(installed.status).toBe(0);
    expect(existsSync(path.join(image, 'tmp', tarball))).toBe(false);

    const twice = path.join(work, 'twice');
    mkdirSync(path.join(twice, 'tmp'), { recursive: true });
    for (const name of [tarball, 'posture-gate-0.0.1.tgz']) copyFileSync(path.join(work, tarball), path.join(twice, 'tmp', name));
    const refused = runStep(twice);
    expect(refused.stderr).toMatch(/expected one posture-gate-\*\.tgz, found 2/);
    expect(refused.status).toBe(1);
  }, 120_000);

  it('runs as the unprivileged node user, with `posture` as the entrypoint and `scan .` of /src by default', () => {
    expect(only('USER')).toBe('node');
    expect(JSON.parse(only('ENTRYPOINT'))).toEqual(['posture']);
    expect(JSON.parse(only('CMD'))).toEqual(['scan', '.']);
    expect(only('WORKDIR')).toBe('/src');
    // The entrypoint and command as `podman run -v "$PWD:/src:ro"` runs them, on a bad file.
    const src = path.join(work, 'src');
    mkdirSync(src);
    writeFileSync(path.join(src, 'main.tf'), readFileSync(path.join(REPO_ROOT, 'fixtures/terraform/sg-bad/main.tf')));
    const [command, ...args] = [...JSON.parse(only('ENTRYPOINT')), ...JSON.parse(only('CMD'))] as string[];
    const scan = spawnSync(command, args, { cwd: src, env: { PATH: `${image}/prefix/bin${path.delimiter}${process.env.PATH}`, HOME: work }, encoding: 'utf8' });
    expect(scan.stdout).toMatch(/HIGH\s+AWS-0005/);
    expect(scan.status).toBe(1);
  });
});
