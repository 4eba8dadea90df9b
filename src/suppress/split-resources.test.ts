/**
 * Suppressions that reach a resource through the block a finding points into: a Terraform split
 * sub-resource (aws_s3_bucket_versioning merged into its bucket) and a Kubernetes workload's pod
 * template. Run on the real pipeline, in a temporary directory.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../model/index.js';
import { scanPaths, type ScanResult } from './__fixtures__/scan.js';
import { applySuppressions } from './index.js';

const NOW = new Date('2026-06-01T12:00:00Z');

const TERRAFORM = `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

# posture:ignore AWS-0003 versioning is off on purpose: a scratch bucket
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Suspended"
  }
}

resource "aws_s3_bucket" "other" {
  bucket = "acme-other"
}

resource "aws_s3_bucket_versioning" "other" {
  bucket = aws_s3_bucket.other.id
  versioning_configuration {
    status = "Suspended"
  }
}
`;

const KUBERNETES = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
      annotations:
        posture-gate.io/ignore: "K8S-0001 debugging sidecar, removed in Q3"
    spec:
      containers:
        - name: web
          image: nginx:1.27.0
          securityContext:
            privileged: true
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: prod
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            posture-gate.io/ignore: "K8S-0001 node maintenance job"
        spec:
          restartPolicy: Never
          containers:
            - name: report
              image: busybox:1.36.1
              securityContext:
                privileged: true
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: prod
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: nginx:1.27.0
          securityContext:
            privileged: true
`;

let root: string;
let scan: ScanResult;
beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'posture-split-'));
  mkdirSync(path.join(root, 'tf'));
  writeFileSync(path.join(root, 'tf/main.tf'), TERRAFORM);
  writeFileSync(path.join(root, 'workloads.yaml'), KUBERNETES);
  scan = await scanPaths(root, ['.']);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function suppressionOf(findings: Finding[], checkId: string, resourceId: string) {
  const matching = findings.filter((f) => f.checkId === checkId && f.resourceId === resourceId);
  expect(matching).toHaveLength(1);
  return matching[0];
}

describe('suppression through the block a finding points into', () => {
  it("a comment above a split Terraform sub-resource reaches the parent bucket's finding located there", () => {
    const { findings } = applySuppressions({ ...scan.input, waivers: [], now: NOW });
    const data = suppressionOf(findings, 'AWS-0003', 'aws_s3_bucket.data');
    expect(data.location.startLine).toBeGreaterThan(5); // inside aws_s3_bucket_versioning.data
    expect(data.suppression).toEqual({ kind: 'inline', justification: 'versioning is off on purpose: a scratch bucket' });
    // The same shape without a comment stays open, and the comment reaches no other check.
    expect(suppressionOf(findings, 'AWS-0003', 'aws_s3_bucket.other').suppression).toBeUndefined();
    expect(findings.filter((f) => f.resourceId === 'aws_s3_bucket.data' && f.checkId !== 'AWS-0003').every((f) => !f.suppression)).toBe(true);
  });

  it("the Kubernetes annotation is read from a workload's pod template (and a CronJob's job template)", () => {
    const { findings } = applySuppressions({ ...scan.input, waivers: [], now: NOW });
    expect(suppressionOf(findings, 'K8S-0001', 'apps/v1/Deployment/prod/web').suppression).toEqual({ kind: 'inline', justification: 'debugging sidecar, removed in Q3' });
    expect(suppressionOf(findings, 'K8S-0001', 'batch/v1/CronJob/prod/report').suppression).toEqual({ kind: 'inline', justification: 'node maintenance job' });
    expect(suppressionOf(findings, 'K8S-0001', 'apps/v1/Deployment/prod/api').suppression).toBeUndefined();
  });
});
