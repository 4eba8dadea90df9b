import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './main.js';

/** Three commits: a clean-ish start, a change that introduces findings, a change that fixes some. */
const bucket = (status: string) => `
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "${status}"
  }
}
`;
const sshGroup = (cidr: string) => `
resource "aws_security_group" "admin" {
  name        = "admin"
  description = "admin access"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["${cidr}"]
    description = "ssh"
  }
}
`;
const deployment = (privileged: boolean) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          securityContext: {privileged: ${privileged}}
          env:
            - {name: DB_PASSWORD, value: "correct-horse-battery-staple"}
`;
const SECRET = `apiVersion: v1
kind: Secret
metadata: {name: db, namespace: shop}
stringData: {password: "hunter2-do-not-store"}
`;

let repo: string;
const commits: string[] = [];

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: repo });
  return { code, stdout, stderr };
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

async function commitAndRecord(message: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(repo, name), text);
  git('add', '.');
  git('commit', '-q', '-m', message);
  commits.push(git('rev-parse', 'HEAD'));
  const { code, stderr } = await cli('scan', '.', '--record', '--no-fail', '--format', 'json', '--quiet');
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
}

interface DiffJson {
  findings: Record<'new' | 'fixed' | 'stillOpen', { checkId: string; resourceId: string; how?: string }[]>;
  score: { overall: { before: { score: number }; after: { score: number }; delta: number } };
  resources: { kind: string; id: string; changes: { path: (string | number)[]; before?: unknown; after?: unknown }[]; caused: { checkId: string; changes: number[] }[]; fixed: { checkId: string }[] }[];
}

async function diff(a: string, b: string, ...flags: string[]): Promise<DiffJson> {
  const { code, stdout, stderr } = await cli('history', 'diff', a, b, '--format', 'json', '--quiet', ...flags);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout) as DiffJson;
}

const ids = (findings: { checkId: string; resourceId: string }[]) => findings.map((f) => `${f.checkId} ${f.resourceId}`).sort();
const BUCKET = 'aws_s3_bucket.logs';
const GROUP = 'aws_security_group.admin';
const WEB = 'apps/v1/Deployment/shop/web';

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'posture-history-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  await commitAndRecord('one: versioned bucket, unprivileged web', { 'main.tf': bucket('Enabled'), 'web.yaml': deployment(false), 'secret.yaml': SECRET });
  await commitAndRecord('two: versioning suspended, SSH open, web privileged', { 'main.tf': bucket('Suspended') + sshGroup('0.0.0.0/0'), 'web.yaml': deployment(true) });
  await commitAndRecord('three: SSH restricted, web unprivileged again', { 'main.tf': bucket('Suspended') + sshGroup('10.0.0.0/8'), 'web.yaml': deployment(false) });
}, 120_000);

afterAll(async () => rm(repo, { recursive: true, force: true }));

describe('posture scan --record and posture history', () => {
  it('lists every recorded scan with its commit, branch and score', async () => {
    const { code, stdout } = await cli('history', 'list', '--format', 'json');
    expect(code).toBe(0);
    const scans = JSON.parse(stdout) as { id: number; git: { commit: string; branch: string; dirty: boolean }; paths: string[]; resources: number; open: number; score: number }[];
    expect(scans.map((s) => [s.id, s.git, s.paths])).toEqual(commits.map((commit, i) => [i + 1, { commit, branch: 'main', dirty: false }, ['.']]));
    expect(scans[1].open).toBeGreaterThan(scans[0].open);
    expect(scans[2].open).toBeLessThan(scans[1].open);
    const table = (await cli('history', 'list')).stdout;
    expect(table).toMatch(/^ID +STARTED +COMMIT/);
    expect(table).toContain(commits[2].slice(0, 12));
  });

  it('diffs two recorded scans: new findings with the attribute change that caused them', async () => {
    const result = await diff('1', '2');
    expect(ids(result.findings.new)).toEqual(['AWS-0003 ' + BUCKET, 'AWS-0005 ' + GROUP, 'K8S-0001 ' + WEB]);
    expect(result.findings.fixed).toEqual([]);
    expect(ids(result.findings.stillOpen)).toContain('AWS-0004 ' + BUCKET);
    expect(result.score.overall.delta).toBeLessThanOrEqual(0);
    const bucketChange = result.resources.find((r) => r.id === BUCKET)!;
    expect(bucketChange.kind).toBe('changed');
    expect(bucketChange.changes).toEqual([{ path: ['versioning', 'enabled'], before: true, after: false }]);
    expect(bucketChange.caused).toEqual([expect.objectContaining({ checkId: 'AWS-0003', changes: [0] })]);
    expect(result.resources.find((r) => r.id === GROUP)).toEqual(expect.objectContaining({ kind: 'added', caused: [expect.objectContaining({ checkId: 'AWS-0005' })] }));
    const web = result.resources.find((r) => r.id === WEB)!;
    expect(web.changes).toEqual([expect.objectContaining({ before: false, after: true })]);
    expect(web.changes[0].path.join('.')).toMatch(/securityContext\.privileged$/);
    expect(web.caused.map((c) => c.checkId)).toContain('K8S-0001');
  });

  it('diffs the fix: fixed and still-open findings and a better score', async () => {
    const result = await diff('latest~1', 'latest');
    expect(ids(result.findings.fixed)).toEqual(['AWS-0005 ' + GROUP, 'K8S-0001 ' + WEB]);
    expect(result.findings.fixed.every((f) => f.how === 'fixed')).toBe(true);
    expect(result.findings.new).toEqual([]);
    expect(ids(result.findings.stillOpen)).toContain('AWS-0003 ' + BUCKET);
    expect(result.score.overall.after.score).toBeGreaterThan(result.score.overall.before.score);
    const group = result.resources.find((r) => r.id === GROUP)!;
    expect(group.changes.map((c) => [c.before, c.after])).toContainEqual(['0.0.0.0/0', '10.0.0.0/8']);
    expect(group.fixed.map((f) => f.checkId)).toEqual(['AWS-0005']);
  });

  it('diffs a recorded scan against a git ref, scanned from the committed tree', async () => {
    const viaGit = await diff('latest', 'HEAD~1');
    const recorded = await diff('3', '2');
    expect(ids(viaGit.findings.new)).toEqual(ids(recorded.findings.new));
    expect(ids(viaGit.findings.fixed)).toEqual(ids(recorded.findings.fixed));
    expect(viaGit.score).toEqual(recorded.score);
    expect(viaGit.resources.map((r) => [r.id, r.changes])).toEqual(recorded.resources.map((r) => [r.id, r.changes]));
  });

  it('renders a diff as a table and as Markdown', async () => {
    const table = await cli('history', 'diff', '1', '2', '--quiet');
    expect(table.stdout).toContain('versioning.enabled: true → false');
    expect(table.stdout).toMatch(/caused AWS-0003 MEDIUM at versioning\.enabled \(by versioning\.enabled\)/);
    expect(table.stdout).toMatch(/Findings: 3 new, 0 fixed, \d+ still open/);
    const markdown = await cli('history', 'diff', '2', '3', '--format', 'markdown', '--quiet');
    expect(markdown.stdout).toMatch(/^## Posture: scan 2/);
    expect(markdown.stdout).toContain('### Fixed findings');
    expect(markdown.stdout).toContain('- changed: `aws_security_group.admin`');
    expect(markdown.stdout).toContain('`ingress[0].cidr_ipv4[0]: "0.0.0.0/0" → "10.0.0.0/8"`');
  });

  it('reports the score over time per framework', async () => {
    const { stdout } = await cli('history', 'trend', '--format', 'json');
    const trend = JSON.parse(stdout) as { scans: { id: number }[]; series: { id: string; points: { scan: number; score: number }[] }[] };
    expect(trend.scans.map((s) => s.id)).toEqual([1, 2, 3]);
    const overall = trend.series.find((s) => s.id === 'overall')!;
    const listed = JSON.parse((await cli('history', 'list', '--format', 'json')).stdout) as { score: number }[];
    expect(overall.points.map((p) => p.score)).toEqual(listed.map((s) => s.score));
    const only = JSON.parse((await cli('history', 'trend', '--framework', 'cis-aws-3.0', '--format', 'json')).stdout) as typeof trend;
    expect(only.series.map((s) => s.id)).toEqual(['cis-aws-3.0']);
    const cis = only.series[0].points.map((p) => p.score);
    expect(cis[1]).toBeLessThanOrEqual(cis[0]);
    expect(cis[2]).toBeGreaterThan(cis[1]);
    const table = (await cli('history', 'trend')).stdout;
    expect(table).toMatch(/^SERIES +SCANS +FIRST +LATEST +CHANGE +TREND/);
    expect(table).toMatch(/cis-aws-3\.0 +3 +[\d.]+% +50\.0% +[+−]?[\d.]+ +\S{3}\n/);
  });

  it('never stores a secret-looking value in clear', async () => {
    const bytes = (await readFile(path.join(repo, '.posture/history.sqlite'))).toString('latin1');
    expect(bytes).not.toContain('hunter2-do-not-store');
    expect(bytes).not.toContain('correct-horse-battery-staple');
    expect(bytes).toContain('[redacted hmac:');
    expect(bytes).toContain('nginx:1.27'); // the rest of the configuration is kept
  });
});

describe('history file errors', () => {
  it('refuses a corrupt history file with a usage error, for reading and for recording', async () => {
    const bad = path.join(repo, 'corrupt.sqlite');
    await writeFile(bad, 'this is not an SQLite database, just text that is long enough to look like a header');
    const list = await cli('history', 'list', '--history', bad);
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/history file .*corrupt\.sqlite is not a readable SQLite database \(file is not a database\)/);
    const record = await cli('scan', '.', '--record', '--history', bad, '--no-fail', '--quiet', '--format', 'json');
    expect(record.code).toBe(2);
    expect(record.stderr).toContain('not a readable SQLite database');
  });

  it('refuses a history file written by a newer schema version', async () => {
    const { loadSqlite } = await import('../history/sqlite.js');
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    db.run('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    db.run("INSERT INTO meta VALUES ('schema_version', '99')");
    const future = path.join(repo, 'future.sqlite');
    await writeFile(future, db.export());
    db.close();
    const { code, stderr } = await cli('history', 'list', '--history', future);
    expect(code).toBe(2);
    expect(stderr).toMatch(/has schema version 99, and this posture-gate reads versions up to 1/);
  });

  it('reports a history file whose tables were damaged as a problem of the file', async () => {
    const { loadSqlite } = await import('../history/sqlite.js');
    const { migrate } = await import('../history/schema.js');
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    migrate(db, 'damaged.sqlite');
    db.run('DROP TABLE findings');
    const damaged = path.join(repo, 'damaged.sqlite');
    await writeFile(damaged, db.export());
    db.close();
    for (const argv of [['history', 'list'], ['scan', '.', '--record', '--no-fail', '--format', 'json']]) {
      const { code, stderr } = await cli(...argv, '--history', damaged, '--quiet');
      expect(code).toBe(2);
      expect(stderr).toMatch(/history file .*damaged\.sqlite cannot be used: no such table: findings; it may be damaged/);
    }
  });

  it('refuses to record while another process holds the lock, and says who', async () => {
    const file = path.join(repo, 'locked.sqlite');
    await writeFile(`${file}.lock`, String(process.pid));
    const { code, stderr } = await cli('scan', '.', '--record', '--history', file, '--no-fail', '--quiet', '--format', 'json');
    expect(code).toBe(2);
    expect(stderr).toContain(`is locked by another posture process (pid ${process.pid})`);
  });

  it('takes over a stale lock left by a process that is gone', async () => {
    const file = path.join(repo, 'stale.sqlite');
    await writeFile(`${file}.lock`, '999999999');
    const { code } = await cli('scan', '.', '--record', '--history', file, '--no-fail', '--quiet', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse((await cli('history', 'list', '--history', file, '--format', 'json')).stdout)).toHaveLength(1);
  });

  it('names a missing history file and an unknown scan id', async () => {
    const missing = await cli('history', 'list', '--history', 'nowhere.sqlite');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('record scans with posture scan --record');
    const unknown = await cli('history', 'diff', '1', '42');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no scan 42 in history file');
  });
});

describe('posture scan --format html --history FILE', () => {
  it('adds a Trend section with one line per framework in scope, and records first when asked', async () => {
    const { code, stdout } = await cli('scan', '.', '--format', 'html', '--history', '.posture/history.sqlite', '--record', '--no-fail', '--quiet');
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('<section id="trend"'), stdout.indexOf('</main>'));
    expect(section).toContain('<h2 id="trend-title">Trend</h2>');
    expect(section).toMatch(/<svg viewBox="0 0 640 220"[^>]*role="img" aria-label="Posture score per scan, scans 1 to \d+: overall /);
    expect(section).toContain('<g data-series="overall">');
    expect(section).toContain('<g data-series="cis-aws-3.0">');
    // one line per framework with something in scope: every built-in framework maps these checks now
    expect(section).toContain('data-series="hipaa-security"');
    expect(section).not.toContain('style=');
    expect(section).toMatch(/<th scope="row"><svg[^>]*><rect[^>]*\/><\/svg> cis-aws-3\.0<\/th><td class="num">\d+<\/td>/);
    const scans = JSON.parse((await cli('history', 'list', '--format', 'json')).stdout) as unknown[];
    expect(section).toContain(`scans 1 to ${scans.length}`);
  });

  it('adds the Trend section to an html report written with --output html=FILE, beside other reports, recording once', async () => {
    const before = (JSON.parse((await cli('history', 'list', '--format', 'json')).stdout) as unknown[]).length;
    const { code, stdout } = await cli('scan', '.', '--output', 'html=reports/scan.html', '--output', 'json=reports/scan.json', '--history', '.posture/history.sqlite', '--record', '--no-fail', '--quiet');
    expect(code).toBe(0);
    expect(stdout).not.toContain('<section id="trend"'); // the table on stdout has no trend
    const html = await readFile(path.join(repo, 'reports/scan.html'), 'utf8');
    expect(html).toContain('<h2 id="trend-title">Trend</h2>');
    expect(await readFile(path.join(repo, 'reports/scan.json'), 'utf8')).not.toContain('trend-title');
    expect((JSON.parse((await cli('history', 'list', '--format', 'json')).stdout) as unknown[]).length).toBe(before + 1);
  });

  it('takes --history only with --record or an HTML report', async () => {
    const { code, stderr } = await cli('scan', '.', '--history', 'h.sqlite', '--format', 'json');
    expect(code).toBe(2);
    expect(stderr).toContain('--history goes with --record, or with --format html');
  });
});
