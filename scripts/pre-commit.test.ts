import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/testing/engine.js';

/**
 * The hook run by the real pre-commit (PyPI, pinned in scripts/install-pre-commit.sh) from a
 * temporary git repository, on `git commit`, as a user's machine runs it.
 */
const PRE_COMMIT = path.join(REPO_ROOT, '.tools/precommit-venv/bin/pre-commit');
const work = mkdtempSync(path.join(os.tmpdir(), 'posture-pre-commit-'));
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  PRE_COMMIT_HOME: path.join(work, 'cache'),
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_prefer_offline: 'true',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' }).trim();

/**
 * Bare modules the CLI bundle still loads from node_modules at run time (createRequire calls
 * esbuild cannot follow). There must be none: package.json has no runtime dependencies, so
 * pre-commit's `npm install -g` of the hook installs nothing but our own files.
 */
function runtimeModules(): string[] {
  const bundle = readFileSync(path.join(REPO_ROOT, 'dist/cli/index.js'), 'utf8');
  return [...bundle.matchAll(/createRequire\d*\(import\.meta\.url\)\("([^".][^"]*)"\)/g)].map((m) => m[1]);
}

/**
 * The hook repository as pre-commit clones it: a git repository with .pre-commit-hooks.yaml,
 * package.json, bin/ and dist/; the bundle needs nothing from node_modules (see runtimeModules),
 * so pre-commit's `npm install -g` stays fast and offline.
 */
function hookRepo(): { dir: string; rev: string } {
  const dir = path.join(work, 'hook-repo');
  mkdirSync(dir);
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.bin['posture-pre-commit']).toBe('bin/posture-pre-commit.js');
  expect(runtimeModules()).toEqual([]);
  // devDependencies are not installed by `npm install -g`; scripts are not needed by the hook
  const { name, version, type, license, engines, bin } = pkg;
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version, type, license, engines, bin }, null, 2));
  cpSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), path.join(dir, '.pre-commit-hooks.yaml'));
  cpSync(path.join(REPO_ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'hook');
  return { dir, rev: git(dir, 'rev-parse', 'HEAD') };
}

function commit(repo: string, message: string) {
  const result = spawnSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-m', message], { cwd: repo, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the pre-commit hook', () => {
  const repo = path.join(work, 'infra');
  const fixture = (name: string) => readFileSync(path.join(REPO_ROOT, 'fixtures/terraform', name, 'main.tf'), 'utf8');

  beforeAll(() => {
    execFileSync('bash', [path.join(REPO_ROOT, 'scripts/install-pre-commit.sh')], { stdio: 'inherit' });
    const hook = hookRepo();
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    const config = `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: posture-gate\n        args: [--fail-on=medium]\n`;
    writeFileSync(path.join(repo, '.pre-commit-config.yaml'), config);
    execFileSync(PRE_COMMIT, ['install'], { cwd: repo, env, encoding: 'utf8' });
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('lets a commit of good Terraform through, scanning the whole module directory', () => {
    // The buckets and their encryption, versioning, logging and public access blocks in two files.
    const [buckets, settings] = splitAt(fixture('s3-good'), 'resource "aws_s3_bucket_versioning" "data"');
    mkdirSync(path.join(repo, 's3'));
    writeFileSync(path.join(repo, 's3/buckets.tf'), buckets);
    writeFileSync(path.join(repo, 's3/settings.tf'), settings);
    git(repo, 'add', '.');
    const first = commit(repo, 'buckets');
    expect(first.output).toMatch(/posture-gate\.+Passed/);
    expect(first.output).not.toContain('AWS-');
    expect(first.status).toBe(0);
    // Only buckets.tf is staged: alone it would lack encryption, versioning and logging (MEDIUM).
    writeFileSync(path.join(repo, 's3/buckets.tf'), `${buckets}\n# owned by the data team\n`);
    git(repo, 'add', 's3/buckets.tf');
    const second = commit(repo, 'comment');
    expect(second.output).toMatch(/posture-gate\.+Passed/);
    expect(second.status).toBe(0);
  });

  it('blocks a commit of a bad Terraform file and prints the finding', () => {
    const before = git(repo, 'rev-list', '--all', '--count');
    mkdirSync(path.join(repo, 'sg'));
    writeFileSync(path.join(repo, 'sg/main.tf'), fixture('sg-bad'));
    git(repo, 'add', 'sg/main.tf');
    const result = commit(repo, 'open ssh');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/posture-gate\.+Failed/);
    expect(result.output).toMatch(/sg\/main\.tf\n(\s+\d+:\d+\s+LOW\s+AWS-0026[^\n]*\n)*\s+9:34\s+HIGH\s+AWS-0005\s+aws_security_group\.bastion/);
    expect(result.output).not.toContain('s3/buckets.tf');
    expect(git(repo, 'rev-list', '--all', '--count')).toBe(before);
  });
});

function splitAt(text: string, marker: string): [string, string] {
  const index = text.indexOf(marker);
  return [text.slice(0, index), text.slice(index)];
}
