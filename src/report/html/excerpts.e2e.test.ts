/**
 * Secrets end to end: a real scan (discover → parse → normalise → wasm → findings) of manifests
 * and Terraform holding secrets, rendered as every report format. The excerpts are there and
 * masked; no format carries a secret value.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MASK } from '../../findings/secrets.js';
import { runGate } from '../../gate.js';
import { silentLogger } from '../../logging.js';
import { excerptKey } from '../../model/index.js';
import { sharedEngine } from '../../testing/engine.js';
import { getReporter } from '../index.js';

const SECRETS = ['hunter2-in-env', 'c3VwZXJzZWNyZXQ=', 'plain-string-data', 'tf-db-password-1'];

const MANIFESTS = `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: prod
stringData:
  password: plain-string-data
data:
  token: c3VwZXJzZWNyZXQ=
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: web:1.0
          env:
            - name: DB_PASSWORD
              value: hunter2-in-env
          securityContext:
            privileged: true
`;

const TERRAFORM = `resource "aws_db_instance" "db" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  username            = "app"
  password            = "tf-db-password-1"
  publicly_accessible = true
  storage_encrypted   = false
}
`;

describe('source excerpts from a real scan', () => {
  it('are cut around each finding, masked, and no report format carries a secret', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'posture-secrets-'));
    writeFileSync(path.join(root, 'app.yaml'), MANIFESTS);
    writeFileSync(path.join(root, 'main.tf'), TERRAFORM);
    const { report } = await runGate({ paths: [root], root, failOn: 'none', logger: silentLogger, engine: await sharedEngine() });
    expect(report.findings.length).toBeGreaterThan(3);
    for (const finding of report.findings) {
      const excerpt = report.excerpts?.[excerptKey(finding.location)];
      expect(excerpt).toBeDefined();
      expect(excerpt!.startLine).toBeLessThanOrEqual(finding.location.startLine);
    }
    const all = Object.values(report.excerpts!).flatMap((e) => e.lines);
    expect(all).toContain(`  password: ${MASK}`);
    expect(all).toContain(`  token: ${MASK}`);
    expect(all).toContain(`  password            = "${MASK}"`);
    const secretFinding = report.findings.find((f) => f.checkId === 'K8S-0054');
    expect(secretFinding).toBeDefined();
    for (const format of ['html', 'json', 'sarif', 'markdown', 'junit', 'table', 'gitlab-sast', 'gitlab-codequality']) {
      const text = getReporter(format).render(report);
      for (const secret of SECRETS) expect({ format, leaked: text.includes(secret) }).toEqual({ format, leaked: false });
    }
  });
});
