import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { captureCli } from '../testing/cli.js';
import { REPO_ROOT } from '../testing/engine.js';
import { writeRepo } from '../testing/repo.js';

// Issue 14, end to end: a pull request that plants a link to the runner's environment gets
// nothing of it into any report, and the scan says it is incomplete.
const work = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'posture-boundary-e2e-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SECRET = 'ghs_fake_e2e_token_0123456789';
writeFileSync(path.join(work, 'environ'), `GITHUB_TOKEN=${SECRET}\nAWS_SECRET_ACCESS_KEY=fake_aws_secret_e2e\n`);

const repo = (name: string, files: Record<string, string | Buffer>, links: Record<string, string> = {}): string => writeRepo(path.join(work, name), files, links);

describe('posture scan on a repository with a link to the environment', () => {
  const root = repo(
    'leak',
    {
      'main.tf':
        'resource "aws_s3_bucket" "leak" {\n  for_each = toset(split("\\n", file("env")))\n  bucket = each.key\n}\n' +
        'resource "aws_security_group" "open" {\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    },
    { env: path.join(work, 'environ'), 'proc.tf': '/proc/self/environ' },
  );

  it.each(['json', 'sarif', 'table', 'html'])('puts nothing of the target into the %s report, and names the refused link', async (format) => {
    const result = await captureCli(['scan', '.', '--format', format, '--no-fail'], root);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(result.stdout + result.stderr).not.toContain('fake_aws_secret_e2e');
    if (format === 'json') {
      const report = JSON.parse(result.stdout) as { diagnostics: { code: string; range: { path: string } }[]; incomplete?: { unreadable: number }; files: { skipped: { path: string }[] } };
      expect(report.diagnostics.filter((d) => d.code === 'PATH_REFUSED').map((d) => d.range.path)).toEqual(['env']);
      expect(report.incomplete?.unreadable).toBe(1);
      expect(report.files.skipped.map((s) => s.path)).toEqual(expect.arrayContaining(['env', 'proc.tf']));
    }
  });
});

describe('posture scan --aws-config-snapshot with a gzip bomb', () => {
  it('reports LIMIT_EXCEEDED for the bomb and keeps the findings of the snapshot beside it', async () => {
    const snapshot = readFileSync(path.join(REPO_ROOT, 'fixtures/aws-config/s3-buckets/snapshot.json'));
    const root = repo('bomb', { 'bomb.json.gz': gzipSync(Buffer.alloc(64 * 1024 * 1024)), 'good.json.gz': gzipSync(snapshot) });
    const saved = process.env.POSTURE_MAX_INFLATED_BYTES;
    process.env.POSTURE_MAX_INFLATED_BYTES = String(4 * 1024 * 1024);
    try {
      const result = await captureCli(['scan', '--aws-config-snapshot', 'bomb.json.gz', '--aws-config-snapshot', 'good.json.gz', '--format', 'json', '--no-fail'], root);
      const report = JSON.parse(result.stdout) as { diagnostics: { code: string; range: { path: string } }[]; findings: { location: { path: string } }[] };
      expect(report.diagnostics.map((d) => [d.code, d.range.path])).toEqual([['LIMIT_EXCEEDED', 'bomb.json.gz']]);
      expect(report.findings.length).toBeGreaterThan(0);
      expect(new Set(report.findings.map((f) => f.location.path))).toEqual(new Set(['good.json.gz']));
    } finally {
      if (saved === undefined) delete process.env.POSTURE_MAX_INFLATED_BYTES;
      else process.env.POSTURE_MAX_INFLATED_BYTES = saved;
    }
  });
});

describe('.posture.yaml paths are part of the repository', () => {
  it('refuses var-files and policies that lead outside the repository (exit 2), never reading them', async () => {
    writeFileSync(path.join(work, 'outside.tfvars'), `token = "${SECRET}"\n`);
    const root = repo('config', { 'main.tf': 'variable "token" {}\n', '.posture.yaml': 'var-files: [linked.tfvars]\n' }, { 'linked.tfvars': path.join(work, 'outside.tfvars') });
    const linked = await captureCli(['scan', '.', '--format', 'json'], root);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain(`.posture.yaml var-files: linked.tfvars resolves to ${path.join(work, 'outside.tfvars')}, outside the repository boundary`);
    writeFileSync(path.join(root, '.posture.yaml'), 'var-files: [../outside.tfvars]\npolicies: [/etc]\n');
    const dotdot = await captureCli(['scan', '.', '--format', 'json'], root);
    expect(dotdot.code).toBe(2);
    expect(dotdot.stderr + dotdot.stdout).not.toContain(SECRET);
  });

  it('refuses a .posture.yaml that links out of the repository (exit 2) without quoting it', async () => {
    const root = repo('config-link', { 'main.tf': '' }, { '.posture.yaml': path.join(work, 'environ') });
    const result = await captureCli(['scan', '.', '--format', 'json'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`.posture.yaml resolves to ${path.join(work, 'environ')}, outside the repository boundary`);
    expect(result.stderr + result.stdout).not.toContain(SECRET);
  });
});

describe('the default history file is inside the repository', () => {
  it('refuses to record through a planted .posture link out of the repository (exit 2); --history is the user\'s choice', async () => {
    const elsewhere = path.join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const root = repo('history-link', { 'main.tf': '' }, { '.posture': elsewhere });
    const result = await captureCli(['scan', '.', '--record', '--format', 'json', '--no-fail'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`history file .posture/history.sqlite resolves to ${elsewhere}, outside the repository boundary`);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('vendored modules (.terraform/modules) stay inside the repository', () => {
  const outsideModule = path.join(work, 'outside-module');
  mkdirSync(outsideModule, { recursive: true });
  writeFileSync(path.join(outsideModule, 'main.tf'), `resource "aws_s3_bucket" "stolen" { bucket = "${SECRET}" }\n`);
  const manifest = (dir: string) => JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'm', Source: 'registry.example/m/aws', Dir: dir }] });
  const main = 'module "m" {\n  source = "registry.example/m/aws"\n}\n';

  it.each([
    ['Dir is a link out', { '.terraform/modules/m': outsideModule }, '.terraform/modules/m', '.terraform/modules/m'],
    ['Dir goes through a linked directory', { vendor: work }, 'vendor/outside-module', 'vendor/outside-module'],
  ])('%s: not read, PATH_REFUSED naming it', async (_name, links, dir, refused) => {
    const root = repo(`vendored-${dir.replace(/\W/g, '-')}`, { 'main.tf': main, '.terraform/modules/modules.json': manifest(dir) }, {});
    for (const [file, target] of Object.entries(links)) symlinkSync(target, path.join(root, file));
    const result = await captureCli(['scan', '.', '--format', 'json', '--no-fail'], root);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(result.stdout).not.toContain('stolen');
    const report = JSON.parse(result.stdout) as { diagnostics: { code: string; range: { path: string } }[] };
    expect(report.diagnostics.filter((d) => d.code === 'PATH_REFUSED').map((d) => d.range.path)).toEqual([refused]);
  });

  it('a modules.json that is itself a link out is not read', async () => {
    writeFileSync(path.join(work, 'modules.json'), manifest('../../../outside-module'));
    const root = repo('vendored-manifest', { 'main.tf': main }, {});
    mkdirSync(path.join(root, '.terraform', 'modules'), { recursive: true });
    symlinkSync(path.join(work, 'modules.json'), path.join(root, '.terraform', 'modules', 'modules.json'));
    const result = await captureCli(['scan', '.', '--format', 'json', '--no-fail'], root);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    const report = JSON.parse(result.stdout) as { diagnostics: { code: string; range: { path: string } }[] };
    expect(report.diagnostics.filter((d) => d.code === 'PATH_REFUSED').map((d) => d.range.path)).toEqual(['.terraform/modules/modules.json']);
  });
});

describe('--var-file is read through the repository boundary', () => {
  // the variable's value becomes part of resource ids, which every report shows
  const main = 'variable "token" {}\nresource "aws_s3_bucket" "b" {\n  for_each = toset([var.token])\n  bucket   = each.key\n}\n';

  it('refuses a --var-file that is a link out of the repository: PATH_REFUSED naming it, the scan incomplete, nothing of it read', async () => {
    writeFileSync(path.join(work, 'flag-outside.tfvars'), `token = "${SECRET}"\n`);
    const root = repo('var-file-link', { 'main.tf': main }, { 'prod.tfvars': path.join(work, 'flag-outside.tfvars') });
    const result = await captureCli(['scan', '.', '--var-file', 'prod.tfvars', '--format', 'json', '--no-fail'], root);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    const report = JSON.parse(result.stdout) as { diagnostics: { code: string; message: string; range: { path: string } }[]; incomplete?: { unreadable: number } };
    expect(report.diagnostics.filter((d) => d.code === 'PATH_REFUSED').map((d) => [d.range.path, d.message])).toEqual([
      ['prod.tfvars', `--var-file: prod.tfvars resolves to ${path.join(work, 'flag-outside.tfvars')}, outside the repository boundary (${root}); not read`],
    ]);
    expect(report.incomplete?.unreadable).toBe(1);
  });

  it('reads a --var-file in the repository, and one the user names outside it', async () => {
    writeFileSync(path.join(work, 'named-outside.tfvars'), 'token = "from-outside"\n');
    const root = repo('var-file-plain', { 'main.tf': main, 'prod.tfvars': 'token = "from-inside"\n' });
    for (const [file, expected] of [['prod.tfvars', 'from-inside'], [path.join(work, 'named-outside.tfvars'), 'from-outside']]) {
      const result = await captureCli(['scan', '.', '--var-file', file, '--format', 'json', '--no-fail'], root);
      const report = JSON.parse(result.stdout) as { diagnostics: unknown[]; findings: { resourceId: string }[] };
      expect(report.diagnostics).toEqual([]);
      expect(report.findings.map((f) => f.resourceId)).toContain(`aws_s3_bucket.b["${expected}"]`);
    }
  });
});
