import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './main.js';

const group = (name: string, port: number) => `
resource "aws_security_group" "${name}" {
  name = "${name}"
  ingress {
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
    description = "${name} access"
  }
}
`;

let repo: string;

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: repo });
  return { code, stdout, stderr };
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'posture-diff-base-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  await writeFile(path.join(repo, 'main.tf'), group('bastion', 22));
  git('add', '.');
  git('commit', '-q', '-m', 'base: SSH open, accepted');
});

afterAll(async () => rm(repo, { recursive: true, force: true }));

describe('posture scan --diff-base REF', () => {
  it('passes when the working tree adds nothing new, even with the lines moved', async () => {
    await writeFile(path.join(repo, 'main.tf'), `# moved down\n\n${group('bastion', 22)}`);
    const { code, stdout, stderr } = await cli(['scan', '.', '--diff-base', 'main', '--format', 'json', '--quiet']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { checkId: string; suppression?: { kind: string; justification: string } }) => [f.checkId, f.suppression?.kind])).toEqual([
      ['AWS-0005', 'baseline'],
    ]);
    expect(report.findings[0].suppression.justification).toBe('accepted in baseline git main');
    expect(report.base).toEqual(expect.objectContaining({ ref: 'main', commit: git('rev-parse', 'main').trim() }));
  });

  it('blocks only on the finding the change introduces and reports the score change', async () => {
    await writeFile(path.join(repo, 'main.tf'), group('bastion', 22) + group('desktop', 3389));
    const { code, stdout } = await cli(['scan', '.', '--diff-base', 'main', '--format', 'json', '--quiet']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const open = report.findings.filter((f: { suppression?: unknown }) => !f.suppression).map((f: { checkId: string }) => f.checkId);
    expect(open).toEqual(['AWS-0006']);
    expect(report.base.score.overall).toEqual({ passing: 0, total: 1, score: 0 });
    expect(report.score.overall).toEqual({ passing: 0, total: 2, score: 0 });
    // the score cannot show a finding added where one already failed; the failing checks can
    expect(report.base.failing).toBe(1);
    const table = await cli(['scan', '.', '--diff-base', 'main']);
    expect(table.stdout.replace(/\n +/g, ' ')).toMatch(/Posture score: 0\.0% \(0 of 2 resources with no findings\), no change since main, \+1 failing check since main /);
  });

  it('says the score rose when a change fixes a finding', async () => {
    await writeFile(path.join(repo, 'main.tf'), group('bastion', 443));
    const { code, stdout } = await cli(['scan', '.', '--diff-base', 'main']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Posture score: 100\.0% .*, \+100\.0 points since main/);
  });

  it('refuses a ref the repository does not have, with exit 2 and what to do', async () => {
    const { code, stderr } = await cli(['scan', '.', '--diff-base', 'origin/nowhere', '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--diff-base origin\/nowhere is not a commit in this repository; fetch it first/);
  });
});
