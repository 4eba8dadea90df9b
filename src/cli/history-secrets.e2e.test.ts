import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './main.js';

/** A deployment whose secrets change between two commits: the history must see the change, never the values. */
const deployment = (n: number) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - name: api
          image: api:1.0
          securityContext: {privileged: true}
          args: ["--db-password=arg-secret-${n}", "--api-key", "next-arg-secret-${n}"]
          env:
            - {name: DB_PASS, value: "db-pass-secret-${n}"}
            - {name: DATABASE_URL, value: "postgres://app:url-pass-secret-${n}@db:5432/shop"}
            - {name: ALERTS, value: "https://hooks.slack.com/services/T0000/B0000/slackwebhook${n}"}
`;
const SECRETS = ['arg-secret-', 'next-arg-secret-', 'db-pass-secret-', 'url-pass-secret-', 'slackwebhook1', 'slackwebhook2'];

let repo: string;

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: repo });
  return { code, stdout, stderr };
}
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

async function commitAndRecord(n: number): Promise<void> {
  await writeFile(path.join(repo, 'api.yaml'), deployment(n));
  git('add', '.');
  git('commit', '-q', '-m', `secrets ${n}`);
  const { code, stderr } = await cli('scan', '.', '--record', '--no-fail', '--format', 'json', '--quiet');
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
}

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'posture-history-secrets-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  await commitAndRecord(1);
  await commitAndRecord(2);
}, 120_000);

afterAll(async () => rm(repo, { recursive: true, force: true }));

describe('posture scan --record with secrets in the configuration', () => {
  it('stores no secret value in the history file', async () => {
    const bytes = (await readFile(path.join(repo, '.posture/history.sqlite'))).toString('latin1');
    for (const secret of SECRETS) expect({ secret, stored: bytes.includes(secret) }).toEqual({ secret, stored: false });
    expect(bytes).toContain('postgres://app:[redacted hmac:');
  });

  it('prints none in any output a record flows to, and every diff still shows that each secret changed', async () => {
    const outputs: [string, string][] = [];
    for (const format of ['table', 'json', 'markdown']) {
      for (const [a, b] of [['1', '2'], ['latest', 'HEAD~1']]) {
        const { code, stdout, stderr } = await cli('history', 'diff', a, b, '--format', format, '--quiet');
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        outputs.push([`diff ${a} ${b} ${format}`, stdout]);
      }
    }
    for (const command of [['list'], ['trend']]) for (const format of ['table', 'json']) outputs.push([`${command} ${format}`, (await cli('history', ...command, '--format', format)).stdout]);
    outputs.push(['html trend', (await cli('scan', '.', '--format', 'html', '--history', '.posture/history.sqlite', '--no-fail', '--quiet')).stdout]);
    for (const [what, text] of outputs) for (const secret of SECRETS) expect({ what, secret, leaked: text.includes(secret) }).toEqual({ what, secret, leaked: false });
    const diff = JSON.parse(outputs.find(([what]) => what === 'diff 1 2 json')![1]) as { resources: { id: string; changes: { path: (string | number)[] }[] }[] };
    const changed = diff.resources.find((r) => r.id === 'apps/v1/Deployment/shop/api')!.changes.map((c) => c.path.slice(-3).join('.'));
    expect(changed).toEqual(expect.arrayContaining(['args.0', 'args.2', 'env.0.value', 'env.1.value', 'env.2.value'].map((p) => expect.stringContaining(p))));
  });
});
