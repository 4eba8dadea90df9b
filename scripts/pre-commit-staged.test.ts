import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/testing/engine.js';

/**
 * bin/posture-pre-commit.js run directly (as pre-commit runs it, from the repository's top with the
 * staged names): it scans the index, not the working tree, and says how to suppress per format.
 * The real pre-commit runs it in scripts/pre-commit.test.ts.
 */
const HOOK = path.join(REPO_ROOT, 'bin/posture-pre-commit.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'posture-staged-'));
let repo: string;
let count = 0;
const env = { PATH: process.env.PATH, HOME: work, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
const fixture = (file: string) => path.join(REPO_ROOT, 'fixtures', file);
const put = (file: string, from: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  cpSync(fixture(from), path.join(repo, file));
};
const hook = (...args: string[]) => {
  const run = spawnSync(process.execPath, [HOOK, ...args], { cwd: repo, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('the pre-commit hook on the index', () => {
  beforeEach(() => {
    repo = path.join(work, `repo-${(count += 1)}`);
    mkdirSync(repo);
    git('init', '-q');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fails on bad staged content although the working tree is fixed, and leaves no checkout behind', () => {
    put('sg/main.tf', 'terraform/sg-bad/main.tf');
    git('add', 'sg/main.tf');
    put('sg/main.tf', 'terraform/sg-good/main.tf');
    const run = hook('sg/main.tf');
    expect(run.stdout).toMatch(/^sg\/main\.tf:9:34: HIGH AWS-0005 /m);
    expect(run.status).toBe(1);
    expect(readdirSync(path.join(repo, '.git')).filter((name) => name.startsWith('posture-staged-'))).toEqual([]);
  });

  it('removes the checkout a killed hook left behind an hour ago, not a newer one', () => {
    put('sg/main.tf', 'terraform/sg-good/main.tf');
    git('add', 'sg/main.tf');
    const old = path.join(repo, '.git', 'posture-staged-old');
    const recent = path.join(repo, '.git', 'posture-staged-recent');
    for (const dir of [old, recent]) mkdirSync(path.join(dir, 'sg'), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    expect(hook('sg/main.tf').status).toBe(0);
    expect([existsSync(old), existsSync(recent)]).toEqual([false, true]);
  });

  it('passes good staged content although the working tree is bad; ignores --format, --output and --verbose', () => {
    put('sg/main.tf', 'terraform/sg-good/main.tf');
    git('add', 'sg/main.tf');
    put('sg/main.tf', 'terraform/sg-bad/main.tf');
    expect(hook('--format', 'sarif', '--output=out.sarif', '--verbose', 'sg/main.tf')).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(existsSync(path.join(repo, 'out.sarif'))).toBe(false);
  });

  it('skips a name that is not in the index', () => {
    put('sg/main.tf', 'terraform/sg-bad/main.tf');
    expect(hook('sg/main.tf').status).toBe(0);
  });

  it('says how to suppress a finding in CloudFormation YAML, Kubernetes and JSON', () => {
    put('cfn/template.yaml', 'cloudformation/sg-bad/template.yaml');
    put('k8s/workloads.yaml', 'kubernetes/bad/workloads.yaml');
    put('cfn-json/template.json', 'cloudformation/json-template/template.json');
    git('add', '.');
    const run = hook('cfn/template.yaml', 'k8s/workloads.yaml', 'cfn-json/template.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ {4}suppress: `Metadata: \{posture: \{ignore: \[\{id: AWS-\d{4}, reason: <reason>\}\]\}\}` on AWS::EC2::SecurityGroup/m);
    expect(run.stdout).toMatch(/^ {4}suppress: annotation `posture-gate\.io\/ignore: "K8S-\d{4} <reason>"` on /m);
    expect(run.stdout).toMatch(/^cfn-json\/template\.json:\d+:\d+: [A-Z]+ AWS-\d{4} .*\n.*\n {4}suppress: a waiver in \.posture\.yaml: `waivers: \[\{check: AWS-\d{4}, resource: "AWS::/m);
  });
});
