import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JsonReport } from '../report/json.js';
import { captureCli } from '../testing/cli.js';
import { CORPUS_DIR, describeWithCorpus } from '../testing/corpus.js';

function tree(files: Record<string, string>, options: { git?: boolean } = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'posture-root-'));
  if (options.git) {
    mkdirSync(path.join(root, '.git'));
    writeFileSync(path.join(root, '.git/HEAD'), 'ref: refs/heads/main\n');
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const PUBLIC_DB = `resource "aws_db_instance" "this" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  storage_encrypted   = true
  publicly_accessible = var.public
}

variable "public" {
  type    = bool
  default = false
}
`;

async function scanJson(argv: string[], cwd: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const { code, stdout, stderr } = await captureCli(['scan', ...argv, '--format', 'json', '--quiet'], cwd);
  return { code, report: JSON.parse(stdout) as JsonReport, stderr };
}

const publicAccess = (report: JsonReport) => report.findings.filter((f) => f.checkId === 'AWS-0009').map((f) => `${f.location.path}:${f.location.startLine} ${f.resourceId}`);

describe('a module called from outside the scanned paths', () => {
  const files = {
    'envs/prod/main.tf': 'module "db" {\n  source = "../../modules/db"\n  public = true\n}\n',
    'modules/db/main.tf': PUBLIC_DB,
  };

  it('is followed inside the git work tree, and its finding is at the module line (scanned from the repository root)', async () => {
    const repo = tree(files, { git: true });
    const { code, report } = await scanJson(['envs/prod'], repo);
    expect(publicAccess(report)).toEqual(['modules/db/main.tf:5 module.db.aws_db_instance.this']);
    expect(code).toBe(1);
    expect(report.files.scanned).toEqual(['envs/prod/main.tf', 'modules/db/main.tf']);
  });

  it('gives the same report from anywhere: an absolute path from elsewhere, a subdirectory with ../.., --root', async () => {
    const repo = tree(files, { git: true });
    const fromRoot = await scanJson(['envs/prod'], repo);
    const fromTmp = await scanJson([path.join(repo, 'envs/prod')], tmpdir());
    const fromInside = await scanJson(['.'], path.join(repo, 'envs/prod'));
    const withRoot = await scanJson([path.join(repo, 'envs/prod'), '--root', repo], tmpdir());
    for (const other of [fromTmp, fromInside, withRoot]) {
      expect(other.code).toBe(fromRoot.code);
      expect(JSON.stringify(other.report.findings)).toBe(JSON.stringify(fromRoot.report.findings));
    }
  });

  it('follows calls two levels deep, each relative to the file that makes it', async () => {
    const repo = tree(
      {
        'live/eu/prod/main.tf': 'module "app" {\n  source = "../../../stacks/app"\n}\n',
        'stacks/app/main.tf': 'module "database" {\n  source = "./db"\n  public = true\n}\n',
        'stacks/app/db/main.tf': PUBLIC_DB,
      },
      { git: true },
    );
    const { report } = await scanJson(['eu/prod'], path.join(repo, 'live'));
    expect(publicAccess(report)).toEqual(['stacks/app/db/main.tf:5 module.app.module.database.aws_db_instance.this']);
    expect(report.files.scanned).toEqual(['live/eu/prod/main.tf', 'stacks/app/db/main.tf', 'stacks/app/main.tf']);
  });

  it('outside the scan root is not read: an unresolved module, said in the report, never a silent pass', async () => {
    const plain = tree(files); // no git: the root is the scanned directory itself
    const { code, report } = await scanJson(['.'], path.join(plain, 'envs/prod'));
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    const unresolved = report.diagnostics.filter((d) => d.code === 'MODULE_UNRESOLVED');
    expect(unresolved.map((d) => `${d.range.path}:${d.range.startLine} ${d.message}`)).toEqual([
      'main.tf:1 module db (../../modules/db) not resolved: it leaves the scan root (give --root a directory that holds it)',
    ]);
    const paths = [...report.files.scanned, ...report.diagnostics.map((d) => d.range.path)];
    expect(paths.filter((p) => p.startsWith('../'))).toEqual([]);
  });

  it('a module directory that is a link out of the repository is not read', async () => {
    const outside = tree({ 'db/main.tf': PUBLIC_DB });
    const repo = tree({ 'envs/prod/main.tf': files['envs/prod/main.tf'] }, { git: true });
    mkdirSync(path.join(repo, 'modules'));
    (await import('node:fs')).symlinkSync(path.join(outside, 'db'), path.join(repo, 'modules/db'));
    const { report } = await scanJson(['envs/prod'], repo);
    expect(report.findings).toEqual([]);
    expect(report.files.scanned).toEqual(['envs/prod/main.tf']);
    expect(report.diagnostics.map((d) => d.code)).toContain('MODULE_UNRESOLVED');
  });
});

describe('a scanned path outside --root', () => {
  it('is a usage error (exit 2) naming both, never a report with ../ paths', async () => {
    const repo = tree({ 'a/main.tf': PUBLIC_DB, 'b/main.tf': PUBLIC_DB });
    const { code, stdout, stderr } = await captureCli(['scan', path.join(repo, 'a'), '--root', path.join(repo, 'b'), '--format', 'json'], tmpdir());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${path.join(repo, 'a')} is outside the scan root ${path.join(repo, 'b')}; give --root a directory that holds it`);
  });
});

describeWithCorpus('the Terraform corpus scanned four ways', () => {
  it('gives byte-identical JSON findings from its root, from /tmp, with --root and from a subdirectory with ../..', async () => {
    const corpus = path.join(CORPUS_DIR!, 'terraform');
    const runs = [
      await scanJson(['.'], corpus),
      await scanJson([corpus], tmpdir()),
      await scanJson([corpus, '--root', corpus], tmpdir()),
      await scanJson(['../..'], path.join(corpus, 'terraform-aws-vpc', 'examples')),
    ];
    const [first, ...others] = runs.map((r) => JSON.stringify({ findings: r.report.findings, files: r.report.files, diagnostics: r.report.diagnostics, score: r.report.score }));
    expect(runs[0]!.report.findings.length).toBeGreaterThan(100);
    for (const other of others) expect(other).toBe(first);
    expect(first).not.toContain('"../');
  }, 600_000);
});
