import { beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { Waiver } from '../config/index.js';
import { loadConfig, parseConfig } from '../config/index.js';
import { REPO_ROOT } from '../testing/engine.js';
import type { Finding } from '../model/index.js';
import { scanFixture, type ScanResult } from './__fixtures__/scan.js';
import { applySuppressions } from './index.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const TF = 'fixtures/suppressions/terraform/main.tf';
const CFN = 'fixtures/suppressions/cloudformation/template.yaml';
const K8S = 'fixtures/suppressions/kubernetes/workloads.yaml';

let scan: ScanResult;
beforeAll(async () => {
  scan = await scanFixture('fixtures/suppressions');
});

function run(waivers: Waiver[] = [], now = NOW) {
  return applySuppressions({ ...scan.input, waivers, now });
}

/** `check resource` → the suppressions of its findings (one per attribute path). */
function suppressionsOf(findings: Finding[], checkId: string, resourceId: string) {
  const matching = findings.filter((f) => f.checkId === checkId && f.resourceId === resourceId);
  expect(matching.length).toBeGreaterThan(0);
  return matching.map((f) => f.suppression);
}

describe('inline suppressions on the real pipeline', () => {
  it('finds unsuppressed findings to start with (the fixture exercises something)', () => {
    expect(scan.findings.length).toBeGreaterThan(25);
    expect(scan.findings.every((f) => f.suppression === undefined)).toBe(true);
  });

  it('applies posture:ignore above a Terraform block to each listed check, with reason and expiry', () => {
    const { findings } = run();
    const expected = { kind: 'inline', justification: 'archive bucket, versioning and logging not needed', expires: '2099-12-31' };
    expect(suppressionsOf(findings, 'AWS-0003', 'aws_s3_bucket.archive')).toEqual([expected]);
    expect(suppressionsOf(findings, 'AWS-0004', 'aws_s3_bucket.archive')).toEqual([expected]);
    // Not listed in the comment: still reported.
    expect(suppressionsOf(findings, 'AWS-0104', 'aws_s3_bucket.archive')).toEqual([undefined]);
  });

  it('applies a comment just above the attribute, and only to its check', () => {
    const { findings } = run();
    expect(suppressionsOf(findings, 'AWS-0005', 'aws_security_group.ssh')).toEqual([
      { kind: 'inline', justification: 'bastion host, reviewed by security' },
    ]);
  });

  it('maps checkov, trivy and tfsec ids to the check that lists them as peers', () => {
    const { findings } = run();
    // checkov:skip on the block line and inside the block, as checkov users write it.
    expect(suppressionsOf(findings, 'AWS-0003', 'aws_s3_bucket.legacy')).toEqual([{ kind: 'inline', justification: 'migrated from checkov' }]);
    expect(suppressionsOf(findings, 'AWS-0004', 'aws_s3_bucket.legacy')).toEqual([{ kind: 'inline', justification: 'access logs go to the SIEM' }]);
    expect(suppressionsOf(findings, 'AWS-0003', 'aws_s3_bucket.migrated')).toEqual([
      { kind: 'inline', justification: 'trivy:ignore:AVD-AWS-0090 (no reason given)' },
    ]);
    expect(suppressionsOf(findings, 'AWS-0004', 'aws_s3_bucket.migrated')).toEqual([
      { kind: 'inline', justification: 'tfsec:ignore:AVD-AWS-0089 (no reason given)', expires: '2099-01-01' },
    ]);
    expect(suppressionsOf(findings, 'AWS-0104', 'aws_s3_bucket.legacy')).toEqual([undefined]);
  });

  it('reads CloudFormation Metadata and comments above the logical id', () => {
    const { findings } = run();
    expect(suppressionsOf(findings, 'AWS-0003', 'AWS::S3::Bucket/Archive')).toEqual([
      { kind: 'inline', justification: 'archive bucket is write-once', expires: '2099-12-31' },
    ]);
    expect(suppressionsOf(findings, 'AWS-0003', 'AWS::S3::Bucket/Commented')).toEqual([{ kind: 'inline', justification: 'commented bucket' }]);
  });

  it('reads the Kubernetes annotation, and comments above the document or the attribute', () => {
    const { findings } = run();
    const annotation = { kind: 'inline', justification: 'debug pod, deleted after the incident', expires: '2099-12-31' };
    expect(suppressionsOf(findings, 'K8S-0001', 'v1/Pod/default/debug')).toEqual([annotation]);
    expect(suppressionsOf(findings, 'K8S-0004', 'v1/Pod/default/debug')).toEqual([annotation]);
    expect(suppressionsOf(findings, 'K8S-0006', 'v1/Pod/default/debug')).toEqual([undefined, undefined]);
    const limits = { kind: 'inline', justification: 'batch pod, limits set by the namespace LimitRange' };
    expect(suppressionsOf(findings, 'K8S-0006', 'v1/Pod/default/batch')).toEqual([limits, limits]);
    expect(suppressionsOf(findings, 'K8S-0003', 'v1/Pod/default/batch')).toEqual([{ kind: 'inline', justification: 'image needs root' }]);
    expect(suppressionsOf(findings, 'K8S-0002', 'v1/Pod/default/batch')).toEqual([undefined]);
  });

  it('does not suppress with an expired, invalid or unknown-id directive, and warns where it is written', () => {
    const { findings, diagnostics } = run();
    expect(suppressionsOf(findings, 'AWS-0003', 'aws_s3_bucket.expired')).toEqual([undefined]);
    expect(suppressionsOf(findings, 'AWS-0004', 'AWS::S3::Bucket/Archive')).toEqual([undefined]);
    expect(suppressionsOf(findings, 'AWS-0003', 'aws_s3_bucket.plain')).toEqual([undefined]);
    const summary = diagnostics.map((d) => `${d.code} ${d.range.path}:${d.range.startLine} ${d.level}`).sort();
    expect(summary).toEqual([
      `SUPPRESSION_EXPIRED ${CFN}:4 warning`,
      `SUPPRESSION_EXPIRED ${TF}:19 warning`,
      `SUPPRESSION_INVALID ${TF}:26 warning`,
      `SUPPRESSION_UNKNOWN_CHECK ${TF}:20 warning`,
    ]);
    expect(diagnostics.find((d) => d.code === 'SUPPRESSION_EXPIRED' && d.range.path === TF)?.message).toBe(
      'posture:ignore AWS-0003 expired on 2020-01-01 and no longer suppresses; fix the finding or renew the date with a reason',
    );
  });

  it('keeps suppressing through the last day of `until` and stops the day after (UTC)', () => {
    const tfsec = (now: Date) => suppressionsOf(run([], now).findings, 'AWS-0004', 'aws_s3_bucket.migrated')[0];
    expect(tfsec(new Date('2099-01-01T23:59:59.999Z'))).toBeDefined();
    expect(tfsec(new Date('2099-01-02T00:00:00.000Z'))).toBeUndefined();
  });

  it('keeps every finding, in order, and leaves the input untouched', () => {
    const before = JSON.stringify(scan.findings);
    const { findings } = run();
    expect(findings.map((f) => f.fingerprint)).toEqual(scan.findings.map((f) => f.fingerprint));
    expect(JSON.stringify(scan.findings)).toBe(before);
  });

  it('does not read comments in other files or in JSON', () => {
    const texts = new Map([[K8S, scan.input.texts.get(K8S)!]]);
    const { findings } = applySuppressions({ ...scan.input, texts, waivers: [], now: NOW });
    expect(suppressionsOf(findings, 'AWS-0005', 'aws_security_group.ssh')).toEqual([undefined]);
    // Kubernetes annotations need no text: they come from the resource block.
    expect(suppressionsOf(findings, 'K8S-0001', 'v1/Pod/default/debug')[0]?.kind).toBe('inline');
  });
});

describe('config waivers', () => {
  const config = parseConfig(
    [
      'waivers:',
      '  - check: "AWS-010[4-5]"',
      '    resource: "aws_s3_bucket.*"',
      '    reason: buckets keep SSE-S3 by design',
      '    owner: platform',
      '  - check: "K8S-*"',
      `    path: "fixtures/suppressions/kubernetes/**"`,
      '    reason: debug manifests',
      '    expires: 2026-05-31',
      '  - check: AWS-0999',
      '    reason: typo',
    ].join('\n'),
    '.posture.yaml',
  );

  it('suppresses findings matching every glob given, with reason and owner', () => {
    const { findings, waiverUse } = run(config.waivers);
    expect(suppressionsOf(findings, 'AWS-0104', 'aws_s3_bucket.plain')).toEqual([
      { kind: 'config', justification: 'buckets keep SSE-S3 by design (owner: platform)' },
    ]);
    // The resource glob does not match CloudFormation ids.
    expect(suppressionsOf(findings, 'AWS-0104', 'AWS::S3::Bucket/Archive')).toEqual([undefined]);
    expect(waiverUse[0].fingerprints).toHaveLength(5);
    expect(waiverUse[0].expired).toBe(false);
  });

  it('lets an inline suppression win over a waiver for the same finding', () => {
    const waiver = parseConfig('waivers:\n  - {check: "*", reason: everything}\n', '.posture.yaml').waivers;
    const { findings } = run(waiver);
    expect(suppressionsOf(findings, 'AWS-0005', 'aws_security_group.ssh')[0]?.kind).toBe('inline');
    expect(suppressionsOf(findings, 'AWS-0104', 'aws_s3_bucket.plain')[0]?.kind).toBe('config');
  });

  it('stops an expired waiver and warns at its line in .posture.yaml; flags unknown check ids', () => {
    const { findings, diagnostics, waiverUse } = run(config.waivers);
    expect(suppressionsOf(findings, 'K8S-0002', 'v1/Pod/default/batch')).toEqual([undefined]);
    expect(waiverUse[1]).toMatchObject({ expired: true, fingerprints: [] });
    const fromConfig = diagnostics.filter((d) => d.range.path === '.posture.yaml');
    expect(fromConfig.map((d) => [d.code, d.range.startLine])).toEqual([
      ['SUPPRESSION_EXPIRED', 6],
      ['SUPPRESSION_UNKNOWN_CHECK', 10],
    ]);
    // The day before, it still applies.
    const dayBefore = run(config.waivers, new Date('2026-05-31T18:00:00Z'));
    expect(suppressionsOf(dayBefore.findings, 'K8S-0002', 'v1/Pod/default/batch')[0]).toEqual({
      kind: 'config',
      justification: 'debug manifests',
      expires: '2026-05-31',
    });
  });
});

describe('the sample .posture.yaml of the fixtures', () => {
  it('loads and waives the Terraform SSE-KMS findings; its expired waiver warns at its line', async () => {
    const config = await loadConfig(path.join(REPO_ROOT, 'fixtures/suppressions/.posture.yaml'), REPO_ROOT);
    const { findings, diagnostics } = run(config.waivers);
    const encryption = findings.filter((f) => f.checkId === 'AWS-0104');
    expect(encryption.filter((f) => f.suppression?.kind === 'config').map((f) => f.resourceId)).toEqual([
      'aws_s3_bucket.archive',
      'aws_s3_bucket.legacy',
      'aws_s3_bucket.migrated',
      'aws_s3_bucket.expired',
      'aws_s3_bucket.plain',
    ]);
    expect(encryption.find((f) => f.format === 'cloudformation')?.suppression).toBeUndefined();
    expect(diagnostics.filter((d) => d.range.path === 'fixtures/suppressions/.posture.yaml').map((d) => [d.code, d.range.startLine])).toEqual([
      ['SUPPRESSION_EXPIRED', 14],
    ]);
  });
});
