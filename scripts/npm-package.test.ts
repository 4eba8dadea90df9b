import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/testing/engine.js';

/**
 * The npm package as a user gets it: `npm pack` → `npm i -g` of the tarball into a temporary
 * prefix (offline: the package has no runtime dependencies, dist/ is bundled) → `posture scan`
 * from a directory that is not a clone. Runs on the machine's node (20 in CI) although the package
 * asks for >= 22: npm warns (EBADENGINE) and installs; the bundle targets node 20.
 */
const MAX_TARBALL_BYTES = 15 * 1024 * 1024;
/** The AWS SDK's optional SigV4a implementations: loaded in a try/catch or named in its error messages, absent on purpose. */
const OPTIONAL_MODULES = new Set(['@aws-sdk/signature-v4-crt', '@aws-sdk/signature-v4a']);
/** Where a shipped file may live (the `files` allowlist of package.json; npm adds package.json). */
const SHIPPED = /^(package\.json|README\.md|LICENSE|bin\/posture(-pre-commit)?\.js|dist\/(cli|worker|wasm|policies|regoc)\/.+|schemas\/.+\.(json|md)|templates\/[\w.-]+\.yml)$/;

interface Packed {
  filename: string;
  size: number;
  files: { path: string }[];
}

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-npm-'));
const prefix = path.join(work, 'prefix');
let packed: Packed;
let installLog: string;

/** Bare module names a bundled file loads at run time (require, import(), import … from): none may come from node_modules. */
function loadedPackages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const names = [...text.matchAll(/(?:\brequire\(|\bimport\(|^import [^;]*?from ?)\s*["']([^"'./][^"']*)["']/gm)].map((m) => m[1]);
  const builtin = (name: string) => name.startsWith('node:') || builtinModules.includes(name.split('/')[0]);
  return [...new Set(names.filter((name) => !builtin(name) && !OPTIONAL_MODULES.has(name)))];
}

describe('the npm package', () => {
  beforeAll(() => {
    const json = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    packed = (JSON.parse(json) as Packed[])[0];
    const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', path.join(work, packed.filename)], { cwd: work, encoding: 'utf8' });
    installLog = `${install.stdout}${install.stderr}`;
    expect(install.status).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is named like `npm pack` names it, stays under 15 MB and ships only the allowlisted files', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.engines).toEqual({ node: '>=22' });
    expect(packed.filename).toBe(`posture-gate-${pkg.version}.tgz`);
    expect(packed.size).toBeLessThan(MAX_TARBALL_BYTES);
    const files = packed.files.map((f) => f.path).sort();
    expect(files.filter((f) => !SHIPPED.test(f))).toEqual([]);
    // the GitLab job template examples/gitlab-ci.yml tells users to copy out of the package
    expect(files).toContain('templates/posture-gate.gitlab-ci.yml');
    // What dist loads at run time from beside itself: the wasm files, the policy, the workers.
    const wasm = readdirSync(path.join(REPO_ROOT, 'dist/wasm')).map((name) => `dist/wasm/${name}`);
    const needed = [...wasm, 'dist/policies/policy.wasm', 'dist/policies/catalog.json', 'dist/policies/capabilities.json', 'dist/worker/parse-worker.js', 'dist/worker/eval-worker.js', 'dist/cli/supervise.js', 'LICENSE'];
    // the embedded Rego compiler (built by scripts/build-regoc.sh, not committed) and its worker
    needed.push('dist/regoc/regoc.wasm.br', 'dist/regoc/regoc.stamp', 'dist/worker/compile-worker.js');
    expect(needed.filter((f) => !files.includes(f))).toEqual([]);
  });

  it('is what the README documents: the npx one-liner at this version; two commands on a fresh machine', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(readme).toContain(`npx --yes posture-gate@${version} scan .`);
    const fresh = /## On a fresh machine\n([^]*?)\n## /.exec(readme)![1];
    expect([...fresh.matchAll(/```sh\n([^`]*)```/g)].map((m) => m[1].trim())).toEqual(['npm ci && npx posture scan fixtures/ --no-fail', 'npm test']);
  });

  it('loads nothing from node_modules: bin/ and every bundle import only Node built-ins', () => {
    // the CLI's chunks too (scripts/bundle.mjs splits it): a command's dynamic import loads them
    const chunks = readdirSync(path.join(REPO_ROOT, 'dist/cli')).filter((f) => f.startsWith('chunk-')).map((f) => `dist/cli/${f}`);
    const bundles = ['bin/posture.js', 'bin/posture-pre-commit.js', 'dist/cli/index.js', 'dist/cli/supervise.js', 'dist/worker/parse-worker.js', 'dist/worker/eval-worker.js', ...chunks];
    expect(Object.fromEntries(bundles.map((f) => [f, loadedPackages(path.join(REPO_ROOT, f))]))).toEqual(Object.fromEntries(bundles.map((f) => [f, []])));
    const installed = path.join(prefix, 'lib', 'node_modules', 'posture-gate');
    expect(existsSync(path.join(installed, 'node_modules'))).toBe(false);
  });

  it('installs `posture`, which scans a directory from anywhere and exits 1 with the finding', () => {
    if (Number(process.versions.node.split('.')[0]) < 22) expect(installLog).toMatch(/EBADENGINE/);
    const project = path.join(work, 'project');
    const elsewhere = path.join(work, 'elsewhere');
    mkdirSync(project);
    mkdirSync(elsewhere);
    writeFileSync(path.join(project, 'main.tf'), readFileSync(path.join(REPO_ROOT, 'fixtures/terraform/sg-bad/main.tf')));
    const env = { PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, HOME: work };
    const scan = spawnSync('posture', ['scan', project], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(scan.stderr).toMatch(/findings at or above HIGH: failing/);
    expect(scan.stdout).toMatch(/main\.tf\n(?:.*\n)*?\s+HIGH\s+AWS-0005\s+9:34\s+Security group aws_security_group\.bastion/);
    expect(scan.status).toBe(1);
    const hook = spawnSync('posture-pre-commit', ['--help'], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(hook.error).toBeUndefined();
  });

  it('runs as the npx one-liner of the README, `npx --yes posture-gate@VERSION scan .` (here the tarball, offline)', () => {
    // npx runs the bin named like the package when there are several (posture-gate → bin/posture.js);
    // the tarball is named by a relative path (an absolute one, npx would run as a command).
    const project = path.join(work, 'npx-project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'main.tf'), readFileSync(path.join(REPO_ROOT, 'fixtures/terraform/sg-bad/main.tf')));
    const env = { PATH: process.env.PATH, HOME: work, npm_config_cache: path.join(work, 'npx-cache'), npm_config_update_notifier: 'false' };
    const npx = spawnSync('npx', ['--yes', '--offline', `./${path.relative(project, path.join(work, packed.filename))}`, 'scan', '.'], { cwd: project, env, encoding: 'utf8' });
    expect(npx.stdout).toMatch(/\s+HIGH\s+AWS-0005\s+9:34\s+Security group aws_security_group\.bastion/);
    expect(npx.status).toBe(1);
  });

  it('finds its workers and wasm files where it is installed (parse and evaluation threads, SQLite history)', () => {
    const project = path.join(work, 'two-modules');
    for (const [dir, fixture] of [['a', 'sg-bad'], ['b', 's3-bad']]) {
      mkdirSync(path.join(project, dir), { recursive: true });
      writeFileSync(path.join(project, dir, 'main.tf'), readFileSync(path.join(REPO_ROOT, 'fixtures/terraform', fixture, 'main.tf')));
    }
    const env = { PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, HOME: work, POSTURE_PARSE_WORKERS: '2', POSTURE_EVAL_WORKER: '1' };
    const history = path.join(work, 'history.db');
    const scan = spawnSync('posture', ['scan', project, '--verbose', '--no-fail', '--record', '--history', history], { cwd: work, env, encoding: 'utf8' });
    expect(scan.stderr).toMatch(/parsed 2 files with 2 parse worker\(s\) \(0 with errors\)/);
    expect(scan.stderr).toMatch(/evaluating 2 scopes in a worker thread/);
    expect(scan.stderr).toMatch(/recorded scan 1 \(4 resources/);
    expect(scan.status).toBe(0);
  });
});
