import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** This checkout's files as git sees them (tracked and new, not ignored), with their current content. */
function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  // node_modules and .tools are symlinks in a worktree, which the directory patterns of .gitignore miss
  return listed.split('\0').filter((f) => f !== '' && !/^(node_modules|\.tools)$/.test(f) && existsSync(path.join(REPO_ROOT, f)));
}

/**
 * The hook repository as pre-commit clones it: this repository's files (sources, tests, fixtures
 * and all) committed to a temporary git repository. pre-commit installs it with `npm install -g
 * git+file://…`, which packs it by package.json's `files` allowlist (there is no prepare script,
 * so no devDependencies are installed either).
 */
function hookRepo(): { dir: string; rev: string } {
  const dir = path.join(work, 'hook-repo');
  for (const file of repositoryFiles()) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(REPO_ROOT, file), path.join(dir, file), { verbatimSymlinks: true });
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'hook');
  return { dir, rev: git(dir, 'rev-parse', 'HEAD') };
}

/** The top-level entries of the package pre-commit installed into its environment. */
function installedPackage(): string[] {
  const cache = path.join(work, 'cache');
  const found = execFileSync('find', [cache, '-type', 'd', '-path', '*/lib/node_modules/posture-gate'], { encoding: 'utf8' }).trim().split('\n');
  expect(found).toHaveLength(1);
  return readdirSync(found[0]).sort();
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
    // The hook's environment now (it would be installed at the first commit otherwise).
    execFileSync(PRE_COMMIT, ['install-hooks'], { cwd: repo, env, encoding: 'utf8' });
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs only what the npm package ships', () => {
    expect(installedPackage()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'package.json', 'schemas', 'templates']);
  });

  it('lets a commit of good Terraform through, judging the staged module, not an untracked bad file beside it', () => {
    // The buckets and their encryption, versioning, logging and public access blocks in two files.
    const [buckets, settings] = splitAt(fixture('s3-good'), 'resource "aws_s3_bucket_versioning" "data"');
    mkdirSync(path.join(repo, 's3'));
    writeFileSync(path.join(repo, 's3/buckets.tf'), buckets);
    writeFileSync(path.join(repo, 's3/settings.tf'), settings);
    git(repo, 'add', '.');
    writeFileSync(path.join(repo, 's3/open.tf'), fixture('sg-bad'));
    const first = commit(repo, 'buckets');
    expect(first.output).toMatch(/posture-gate\.+Passed/);
    expect(first.output).not.toContain('AWS-');
    expect(first.status).toBe(0);
    // Only buckets.tf is staged: alone it would lack encryption, versioning and logging (MEDIUM);
    // settings.tf comes from the index, open.tf (untracked) does not.
    writeFileSync(path.join(repo, 's3/buckets.tf'), `${buckets}\n# owned by the data team\n`);
    git(repo, 'add', 's3/buckets.tf');
    const second = commit(repo, 'comment');
    expect(second.output).toMatch(/posture-gate\.+Passed/);
    expect(second.status).toBe(0);
  });

  it('blocks a commit of a bad Terraform file and prints only its findings, each with a fix and a suppression', () => {
    const before = git(repo, 'rev-list', '--all', '--count');
    mkdirSync(path.join(repo, 'sg'));
    writeFileSync(path.join(repo, 'sg/main.tf'), fixture('sg-bad'));
    git(repo, 'add', 'sg/main.tf');
    writeFileSync(path.join(repo, 'sg/extra.tf'), fixture('sg-bad'));
    const result = commit(repo, 'open ssh');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/posture-gate\.+Failed/);
    expect(result.output).toContain(
      [
        'sg/main.tf:9:34: HIGH AWS-0005 Security group aws_security_group.bastion ingress[0] allows SSH (port 22) from 0.0.0.0/0',
        '    fix: Restrict the source to known CIDRs or a security group, or reach instances through SSM Session Manager or a bastion instead of opening port 22.',
        '    suppress: `# posture:ignore AWS-0005 <reason>` on or above line 9',
      ].join('\n'),
    );
    expect(result.output).toMatch(/\nMore on a check: posture checks show AWS-0005\n/);
    // Blocking findings only (LOW AWS-0026 is below --fail-on medium), no table or summary, and
    // nothing from the untracked files beside the staged ones.
    expect(result.output).not.toMatch(/AWS-0026|Summary|Posture score|extra\.tf|open\.tf|s3\//);
    expect(git(repo, 'rev-list', '--all', '--count')).toBe(before);
  });
});

function splitAt(text: string, marker: string): [string, string] {
  const index = text.indexOf(marker);
  return [text.slice(0, index), text.slice(index)];
}
