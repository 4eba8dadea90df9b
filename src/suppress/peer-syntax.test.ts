import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Finding } from '../model/index.js';
import { scanFixture, type ScanResult } from './__fixtures__/scan.js';
import { applySuppressions } from './index.js';

/** The suppression comments and annotations of the peer tools a team migrates from, on the real pipeline. */
const NOW = new Date('2026-06-01T12:00:00Z');
const TF = 'fixtures/suppressions-peers/terraform/main.tf';
const K8S = 'fixtures/suppressions-peers/kubernetes/workloads.yaml';

let scan: ScanResult;
let findings: Finding[];
let diagnostics: ReturnType<typeof applySuppressions>['diagnostics'];
beforeAll(async () => {
  scan = await scanFixture('fixtures/suppressions-peers');
  ({ findings, diagnostics } = applySuppressions({ ...scan.input, waivers: [], now: NOW }));
});

/** `check resource` → `line: justification` of each of its findings ('-' when reported). */
function outcome(checkId: string, resourceId: string): string[] {
  const matching = findings.filter((f) => f.checkId === checkId && f.resourceId === resourceId);
  expect(matching.length).toBeGreaterThan(0);
  return matching.map((f) => `${f.location.startLine}: ${f.suppression?.justification ?? '-'}`);
}

describe('tfsec and trivy long ids', () => {
  it('suppress the check that lists the long id, and no other check of the resource', () => {
    expect(outcome('AWS-0003', 'aws_s3_bucket.tfsec_long')).toEqual(['5: tfsec:ignore:aws-s3-enable-versioning (no reason given)']);
    expect(outcome('AWS-0004', 'aws_s3_bucket.tfsec_long')).toEqual(['5: -']);
    expect(outcome('AWS-0004', 'aws_s3_bucket.trivy_long')).toEqual(['10: trivy:ignore:aws-s3-enable-logging (no reason given)']);
    expect(outcome('AWS-0003', 'aws_s3_bucket.trivy_long')).toEqual(['10: -']);
  });

  it('takes the Kubernetes KSVnnn id in a trivy:ignore comment', () => {
    expect(outcome('K8S-0002', 'v1/Pod/apps/kics-line')).toEqual(['62: trivy:ignore:KSV001 (no reason given)']);
    expect(outcome('K8S-0017', 'v1/Pod/apps/kics-line')).toEqual(['63: -']);
  });
});

describe('kics-scan ignore-line and ignore-block', () => {
  it('ignore-block above a Terraform resource skips every check of the block, not the next resource', () => {
    const block = ['AWS-0003', 'AWS-0004'].flatMap((id) => outcome(id, 'aws_s3_bucket.kics_block'));
    expect(block).toEqual(['15: kics-scan ignore-block (no reason given)', '15: kics-scan ignore-block (no reason given)']);
    expect(['AWS-0003', 'AWS-0004'].flatMap((id) => outcome(id, 'aws_s3_bucket.kics_neighbour'))).toEqual(['19: -', '19: -']);
  });

  it('ignore-line skips the finding on the line below only', () => {
    expect(outcome('AWS-0005', 'aws_security_group.kics_line')).toEqual(['30: kics-scan ignore-line (no reason given)']);
    expect(outcome('AWS-0006', 'aws_security_group.kics_line')).toEqual(['36: -']);
  });

  it('ignore-block above a nested block covers that block and not its sibling', () => {
    expect(outcome('AWS-0005', 'aws_security_group.kics_nested')).toEqual(['47: kics-scan ignore-block (no reason given)']);
    expect(outcome('AWS-0006', 'aws_security_group.kics_nested')).toEqual(['53: -']);
  });

  it('ignore-block above a CloudFormation logical id covers that resource only', () => {
    expect(outcome('AWS-0003', 'AWS::S3::Bucket/Skipped')).toEqual(['4: kics-scan ignore-block (no reason given)']);
    expect(outcome('AWS-0003', 'AWS::S3::Bucket/Neighbour')).toEqual(['8: -']);
  });

  it('ignore-block at the top of a Kubernetes document covers the document; ignore-line one attribute', () => {
    const documentFindings = findings.filter((f) => f.resourceId === 'v1/Pod/apps/kics-block');
    expect(documentFindings.length).toBeGreaterThan(5);
    expect(documentFindings.every((f) => f.suppression?.justification === 'kics-scan ignore-block (no reason given)')).toBe(true);
    expect(outcome('K8S-0001', 'v1/Pod/apps/kics-line')).toEqual(['60: kics-scan ignore-line (no reason given)']);
    expect(outcome('K8S-0003', 'v1/Pod/apps/kics-line')).toEqual(['58: -']);
  });

  it('disable=<query id> skips the checks that list that KICS query in the whole file, and no other check', () => {
    const disabled = 'kics-scan disable=568a4d22-3517-44a6-a7ad-6a7eed88722c,00000000-0000-0000-0000-000000000000 (no reason given)';
    expect(outcome('AWS-0003', 'aws_s3_bucket.kics_disabled')).toEqual([`4: ${disabled}`]);
    expect(outcome('AWS-0003', 'aws_s3_bucket.kics_disabled_too')).toEqual([`8: ${disabled}`]);
    expect(outcome('AWS-0004', 'aws_s3_bucket.kics_disabled')).toEqual(['4: -']);
    // another file is not reached
    expect(outcome('AWS-0003', 'aws_s3_bucket.kics_neighbour')).toEqual(['19: -']);
  });

  it('does not honour the blanket file-wide form, and says so where it is written', () => {
    expect(outcome('AWS-0003', 'aws_s3_bucket.kics_file_wide')).toEqual(['58: -']);
    const invalid = diagnostics.filter((d) => d.code === 'SUPPRESSION_INVALID').map((d) => `${d.range.path}:${d.range.startLine} ${d.message}`);
    expect(invalid).toEqual([`${TF}:57 kics-scan: ignore (the whole file) is not supported; write a .posture.yaml waiver for the file instead`]);
  });
});

describe('Kubernetes annotations', () => {
  it('reads checkov.io/skipN and bridgecrew.io/skipN as checkov skips, with the reason after =', () => {
    expect(outcome('K8S-0001', 'v1/Pod/apps/checkov-annotations')).toEqual(['15: node agent needs the host devices']);
    // K8S-0004 unites CKV_K8S_17, 18 and 19 (host PID, IPC, network): skipping one does not silence it
    expect(outcome('K8S-0004', 'v1/Pod/apps/checkov-annotations')).toEqual(['10: -']);
    expect(diagnostics.filter((d) => d.code === 'SUPPRESSION_PARTIAL' && d.range.path === K8S).map((d) => d.message)).toEqual([
      expect.stringMatching(/^checkov:skip=CKV_K8S_19 covers only part of K8S-0004, .*write posture:ignore K8S-0004/),
    ]);
    expect(outcome('K8S-0002', 'v1/Pod/apps/checkov-annotations')).toEqual(['16: -']);
  });

  it('gives each line of posture-gate.io/ignore its own until=; an expired line warns and stops', () => {
    const driver = findings.find((f) => f.checkId === 'K8S-0001' && f.resourceId === 'v1/Pod/apps/per-check-expiry');
    expect(driver?.suppression).toEqual({ kind: 'inline', justification: 'privileged until the storage driver ships', expires: '2099-12-31' });
    expect(outcome('K8S-0004', 'v1/Pod/apps/per-check-expiry')).toEqual(['28: -']);
    const expired = diagnostics.filter((d) => d.code === 'SUPPRESSION_EXPIRED').map((d) => `${d.range.path}:${d.range.startLine} ${d.message}`);
    expect(expired).toEqual([
      `${K8S}:19 posture:ignore K8S-0004 expired on 2020-01-01 and no longer suppresses; fix the finding or renew the date with a reason`,
    ]);
  });
});

describe('a peer skip that names only part of a check', () => {
  const PARTIAL = 'fixtures/suppressions-peers/terraform/partial.tf';
  const partialWarnings = () => diagnostics.filter((d) => d.code === 'SUPPRESSION_PARTIAL').map((d) => `${d.range.path}:${d.range.startLine} ${d.message}`);

  it('does not suppress a check wider than the peer check it names, and says so where the skip is', () => {
    expect(outcome('AWS-0017', 'aws_instance.partial_trivy')).toEqual(['8: -']);
    expect(partialWarnings()).toContainEqual(expect.stringMatching(new RegExp(`^${PARTIAL}:7 trivy:ignore:AVD-AWS-0009 covers only part of AWS-0017`)));
  });

  it('does not suppress a union check when one of the peer checks it unites is skipped', () => {
    const [finding] = findings.filter((f) => f.checkId === 'AWS-0002' && f.location.path === PARTIAL);
    expect(finding).toBeDefined();
    expect(finding.suppression).toBeUndefined();
    expect(partialWarnings()).toContainEqual(expect.stringMatching(new RegExp(`^${PARTIAL}:17 checkov:skip=CKV_AWS_53 covers only part of AWS-0002`)));
  });
});
