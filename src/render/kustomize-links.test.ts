import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kustomizeAvailable } from '../testing/tools.js';
import { Boundary } from '../fs/boundary.js';
import { renderKustomize } from './kustomize.js';
import { inspectKustomization } from './kustomize-remote.js';
import { networkNamespaceWrapper } from './tool.js';
import { NOWHERE } from './tool-env.js';

// The kustomize guard (issue 14, critical): no read out of the repository, no network, no
// program from the scanned tree. Real links, real processes; kubectl/kustomize when installed.
const withKustomize = kustomizeAvailable() ? it : it.skip;
const SECRET = 'ghs_fake_kustomize_secret_7';
const work = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'posture-kustomize-links-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const outside = path.join(work, 'outside');
mkdirSync(path.join(outside, 'base'), { recursive: true });
const POD = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: nginx\n`;
writeFileSync(path.join(outside, 'leak.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\ndata:\n  token: ${SECRET}\n`);
writeFileSync(path.join(outside, 'base', 'kustomization.yaml'), 'resources: [../leak.yaml]\n');

let count = 0;
function repo(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = path.join(work, `repo-${count++}`);
  for (const [file, text] of Object.entries({ '.git/HEAD': 'ref: refs/heads/main\n', 'app/pod.yaml': POD('web'), ...files })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  for (const [file, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    symlinkSync(target, path.join(root, file));
  }
  return root;
}

/** A stand-in kustomize (outside every repository) that records its environment and network, and builds nothing. */
function recordingTool(): { bin: string; record: string } {
  const dir = mkdtempSync(path.join(work, 'tool-'));
  const record = path.join(dir, 'record');
  const bin = path.join(dir, 'kustomize');
  writeFileSync(bin, `#!/bin/sh\nenv > ${record}.env\ncat /proc/net/dev > ${record}.net\n`);
  chmodSync(bin, 0o755);
  return { bin, record };
}

const build = (root: string, dir = 'app', extra: { kustomizePath?: string; allowRemote?: boolean } = {}) => renderKustomize({ dir, cwd: root, ...extra });
const refusedOf = async (root: string) => {
  const result = await build(root);
  return { files: result.files, refused: result.diagnostics.filter((d) => d.code === 'PATH_REFUSED').map((d) => `${d.range.path}:${d.range.startLine}`) };
};
const remoteError = (root: string) => build(root).then(() => '', (e: Error) => e.message);

describe('kustomize reads stay inside the repository', () => {
  it('refuses a resource, a patch, a base and a kustomization reached through links or .. out of the repository, naming each', async () => {
    const root = repo(
      {
        'app/kustomization.yaml': 'resources:\n  - pod.yaml\n  - leak.yaml\n  - ../../outside/base\npatches:\n  - path: patch.yaml\nsomeFieldThisListMisses: ../../outside/leak.yaml\n',
      },
      { 'app/leak.yaml': path.join(outside, 'leak.yaml'), 'app/patch.yaml': path.join(outside, 'leak.yaml') },
    );
    const { files, refused } = await refusedOf(root);
    expect(files).toEqual([]);
    expect(refused).toEqual(['app/kustomization.yaml:3', 'app/kustomization.yaml:4', 'app/kustomization.yaml:6', 'app/kustomization.yaml:7']);
    const linkedDir = repo({}, { linked: path.join(outside, 'base') });
    expect((await build(linkedDir, 'linked')).diagnostics.map((d) => [d.code, d.range.path])).toEqual([['PATH_REFUSED', 'linked']]);
  });

  it('does not take an absolute value outside the path fields (an annotation /var/log) for a read', () => {
    const root = repo({ 'app/kustomization.yaml': 'resources: [pod.yaml]\ncommonAnnotations:\n  logs: /var/log\n  docs: https://example.com/x\n' });
    expect(inspectKustomization(path.join(root, 'app'), root, Boundary.of(root))).toEqual({ remote: [], refused: [] });
  });

  withKustomize('builds a kustomization whose links stay inside it (kustomize\'s own load restrictor refuses the rest)', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources: [pod.yaml, alias.yaml]\n', 'app/shared/other.yaml': POD('other') }, { 'app/alias.yaml': 'shared/other.yaml' });
    const { files, diagnostics } = await build(root);
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.text).join('')).toContain('name: other');
  });
});

describe('the kustomize network guard', () => {
  it.each([
    ['an alias', 'anchors:\n  r: &r github.com/org/repo//base?ref=v1\nresources: [*r]\n', 'resources entry github.com/org/repo//base?ref=v1'],
    ['a merge key', 'base: &b\n  resources: [https://example.com/pod.yaml]\n<<: *b\n', 'resources entry https://example.com/pod.yaml'],
    ['replacements[].path', 'resources: [pod.yaml]\nreplacements:\n  - path: https://example.com/r.yaml\n', 'replacements[].path entry https://example.com/r.yaml'],
    ['helmCharts[].repo', 'helmCharts:\n  - name: x\n    repo: oci://registry.example/charts\n', 'helmCharts[].repo entry oci://registry.example/charts'],
    ['openapi.path', 'openapi:\n  path: https://example.com/schema.json\n', 'openapi.path entry https://example.com/schema.json'],
  ])('refuses a remote reference given through %s', async (_name, kustomization, expected) => {
    expect(await remoteError(repo({ 'app/kustomization.yaml': kustomization }))).toContain(expected);
  });

  it('counts a local directory named like github.com/… as remote: kustomize would clone it', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources: [github.com/org/repo]\n', 'app/github.com/org/repo/kustomization.yaml': 'resources: []\n' });
    expect(await remoteError(root)).toContain('app/kustomization.yaml:1: resources entry github.com/org/repo');
  });

  it('runs kustomize with an allowlisted environment, proxies and git pointed nowhere, and no network where the platform allows', async () => {
    process.env.POSTURE_TEST_RUNNER_SECRET = SECRET;
    try {
      const root = repo({ 'app/kustomization.yaml': 'resources: [pod.yaml]\n' });
      const tool = recordingTool();
      await build(root, 'app', { kustomizePath: tool.bin });
      const env = readFileSync(`${tool.record}.env`, 'utf8');
      expect(env).not.toContain(SECRET);
      expect(env).not.toMatch(/^NODE_OPTIONS=/m); // set for the suite: stands for what jest's process.env copy cannot carry
      for (const line of [`HTTPS_PROXY=${NOWHERE}`, `HTTP_PROXY=${NOWHERE}`, `ALL_PROXY=${NOWHERE}`, 'NO_PROXY=', 'GIT_CONFIG_NOSYSTEM=1', 'GIT_TERMINAL_PROMPT=0', 'GIT_ALLOW_PROTOCOL=file']) {
        expect(env.split('\n')).toContain(line);
      }
      const interfaces = readFileSync(`${tool.record}.net`, 'utf8').split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(':')[0]);
      if (networkNamespaceWrapper() !== undefined) expect(interfaces).toEqual(['lo']);
    } finally {
      delete process.env.POSTURE_TEST_RUNNER_SECRET;
    }
  });
});

describe('tools never come from the scanned tree', () => {
  const path0 = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path0;
  });

  it('does not run a committed .tools/bin/kustomize, nor one reached through PATH (absolute or relative)', async () => {
    const root = repo({ 'app/kustomization.yaml': 'resources: [pod.yaml]\n' });
    const planted = path.join(root, '.tools', 'bin', 'kustomize');
    const ran = path.join(work, `planted-ran-${count}`);
    mkdirSync(path.dirname(planted), { recursive: true });
    writeFileSync(planted, `#!/bin/sh\ntouch ${ran}\n`);
    chmodSync(planted, 0o755);
    symlinkSync(planted, path.join(root, '.tools', 'bin', 'kubectl'));
    process.env.PATH = '';
    await expect(build(root)).rejects.toThrow(/neither kustomize nor kubectl is installed/);
    process.env.PATH = path.join(root, '.tools', 'bin');
    await expect(build(root)).rejects.toThrow(`kustomize on PATH (${planted}) is inside the scanned repository, and a scan never runs a program from the scanned tree`);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      process.env.PATH = '.tools/bin';
      await expect(build(root)).rejects.toThrow(/inside the scanned repository/);
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(ran)).toBe(false);
  });
});
