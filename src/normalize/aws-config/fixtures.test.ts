import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { readOrWriteGolden, toGolden } from '../../parsers/common/golden.js';
import type { Resource } from '../../model/resource.js';
import { sharedEngine } from '../../testing/engine.js';
import { normalizeAwsConfig } from './index.js';

const ROOT = path.resolve(process.cwd(), 'fixtures/aws-config');
const CASES = ['account-public-access', 'api-items', 'cfn-linked', 'history', 'rds', 's3-buckets', 'security-groups'];

function load(name: string): { resources: Resource[]; diagnostics: unknown[] } {
  const relative = `fixtures/aws-config/${name}/snapshot.json`;
  const file = { absolutePath: path.join(ROOT, name, 'snapshot.json'), path: relative, format: 'aws-config' as const };
  const doc = parseAwsConfigSnapshot(file, readFileSync(file.absolutePath, 'utf8'));
  const result = normalizeAwsConfig(doc);
  return { resources: result.resources, diagnostics: [...doc.diagnostics, ...result.diagnostics] };
}

/** Golden test: every fixture case parses and normalises to its expected.resources.json. */
describe('AWS Config fixtures', () => {
  it('has the expected cases', () => {
    const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(cases.sort()).toEqual(CASES);
  });

  it.each(CASES)('%s matches its golden file', (name) => {
    const { resources, diagnostics } = load(name);
    const actual = JSON.parse(JSON.stringify(toGolden(resources, diagnostics as never[])));
    expect(actual).toEqual(readOrWriteGolden(path.join(ROOT, name, 'expected.resources.json'), actual));
  });
});

/** The checks written for Terraform and CloudFormation fire on live state through the same model. */
describe('AWS Config fixtures through the policy engine', () => {
  // the checks each case is about; others (descriptions, MFA delete) have their own examples
  const EXPOSURE = ['AWS-0001', 'AWS-0002', 'AWS-0003', 'AWS-0004', 'AWS-0005', 'AWS-0006', 'AWS-0007', 'AWS-0025', 'AWS-0101'];

  async function firedBy(name: string, checks = EXPOSURE): Promise<Record<string, string[]>> {
    const engine = await sharedEngine();
    const fired: Record<string, string[]> = {};
    for (const resource of load(name).resources) fired[resource.id] = [];
    for (const v of engine.evaluate(load(name).resources)) if (checks.includes(v.checkId)) fired[v.resourceId]!.push(v.checkId);
    for (const id of Object.keys(fired)) fired[id] = [...new Set(fired[id])].sort();
    return fired;
  }

  it('flags the bad buckets and passes the good one', async () => {
    expect(await firedBy('s3-buckets')).toEqual({
      'arn:aws:s3:::acme-audit-archive': [],
      // versioning Off, public access block half off, no access logging, a public-read ACL.
      'arn:aws:s3:::acme-public-site': ['AWS-0002', 'AWS-0003', 'AWS-0004', 'AWS-0101'],
      // nothing recorded for encryption (S3 encrypts anyway; AWS-0001, which asked for it to be
      // declared, is deprecated), versioning suspended, no logging; no bucket-level public access
      // block recorded: unknown, so AWS-0002 stays silent.
      'arn:aws:s3:::acme-legacy-exports': ['AWS-0003', 'AWS-0004'],
      'arn:aws:iam::123456789012:role/audit-reader': [],
    });
  });

  it('takes the account-level public access block into account (effective = bucket OR account)', async () => {
    expect(await firedBy('account-public-access', ['AWS-0002'])).toEqual({
      // the account block is a resource of its own (raw only) and no check reads it directly
      '123456789012': [],
      // bucket block all off, account block on except restrict_public_buckets: only that one fires
      'arn:aws:s3:::acme-covered': ['AWS-0002'],
      // the account block is account-wide: it applies in us-east-1 too
      'arn:aws:s3:::acme-covered-us': ['AWS-0002'],
      // no bucket-level block recorded: the account's true settings apply, restrict stays unknown
      'arn:aws:s3:::acme-unrecorded': [],
      // another account, no account block recorded: the bucket's own settings, unknown stays unknown
      'arn:aws:s3:::partner-open': ['AWS-0002'],
      'arn:aws:s3:::partner-unrecorded': [],
    });
    const settingsOf = (name: string) => load('account-public-access').resources.find((r) => r.id === `arn:aws:s3:::${name}`)!.attributes.public_access_block;
    expect(settingsOf('acme-covered')).toEqual({
      declared: true, block_public_acls: true, ignore_public_acls: true, block_public_policy: true, restrict_public_buckets: false,
    });
    expect(settingsOf('acme-unrecorded')).toMatchObject({ declared: false, block_public_acls: true, restrict_public_buckets: { $unknown: true } });
    expect(settingsOf('partner-open')).toMatchObject({ block_public_acls: false, restrict_public_buckets: false });
    expect(settingsOf('partner-unrecorded')).toMatchObject({ block_public_acls: { $unknown: true } });
  });

  it('flags open SSH, RDP and all ports, and not internal or other public ports', async () => {
    expect(await firedBy('security-groups')).toEqual({
      'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0a1b2c3d4e5f60718': [],
      'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0b2c3d4e5f6071829': ['AWS-0005', 'AWS-0006'],
      'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0c3d4e5f607182930': ['AWS-0005', 'AWS-0006', 'AWS-0007'],
    });
  });

  it('reads API-shaped items (JSON strings, other casing) the same way', async () => {
    expect(await firedBy('api-items')).toEqual({
      'arn:aws:s3:::ops-scratch': ['AWS-0003', 'AWS-0004'],
      'arn:aws:ec2:us-west-2:210987654321:security-group/sg-0123456789abcdef0': ['AWS-0005'],
    });
  });
});
