import { describe, expect, it } from '@jest/globals';
import type { Catalog, CheckMeta, Resource } from '../model/index.js';
import { pathKey, unknownValue } from '../model/index.js';
import { CatalogIndex } from '../catalog/index.js';
import { buildFindings, findInconclusive, fingerprintOf, locateAttribute } from './index.js';
import { firstUnknown } from './inconclusive.js';
import { computeScore } from './score.js';

const range = (line: number) => ({ path: 'main.tf', startLine: line, startColumn: 3, endLine: line, endColumn: 20 });

function bucket(id: string, attributes: Record<string, unknown>, scope = '.'): Resource {
  return {
    id,
    type: 'aws.s3.bucket',
    source: { format: 'terraform', path: 'main.tf', nativeType: 'aws_s3_bucket' },
    attributes,
    raw: {},
    scope,
    provenance: new Map([
      [pathKey([]), range(1)],
      [pathKey(['versioning']), range(4)],
      [pathKey(['versioning', 'enabled']), range(5)],
    ]),
  };
}

function check(id: string, frameworks: Record<string, string[]>, reads: string[][] = []): CheckMeta {
  return {
    id,
    title: `${id} title`,
    description: '',
    severity: 'HIGH',
    package: `checks.${id}`,
    resourceTypes: ['aws.s3.bucket'],
    formats: ['terraform'],
    recommendedAction: '',
    frameworks,
    peers: {},
    relatedResources: [],
    reads,
    deprecated: false,
    file: '',
  };
}

const catalog: Catalog = {
  opaVersion: 'test',
  checks: [check('AWS-0003', { 'cis-aws-3.0': ['2.1.2'] }, [['versioning', 'enabled']]), check('AWS-0004', { nist: ['AU-2'] })],
  frameworks: [
    { id: 'cis-aws-3.0', title: 'CIS', version: '3.0.0', requirements: [], controls: [] },
    { id: 'nist', title: 'NIST', version: 'r5', requirements: [], controls: [] },
  ],
};
const index = new CatalogIndex(catalog);

describe('locateAttribute', () => {
  it('returns the attribute, else its nearest located ancestor, else the resource', () => {
    const r = bucket('aws_s3_bucket.a', {});
    expect(locateAttribute(r, ['versioning', 'enabled']).startLine).toBe(5);
    expect(locateAttribute(r, ['versioning', 'mfa_delete']).startLine).toBe(4);
    expect(locateAttribute(r, ['logging', 'enabled']).startLine).toBe(1);
  });

  it('falls back to the first line of the file when nothing is recorded', () => {
    const r = { ...bucket('x', {}), provenance: new Map() };
    expect(locateAttribute(r, ['a'])).toEqual({ path: 'main.tf', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });
});

describe('fingerprintOf', () => {
  it('depends on check, scope, resource and path, not on anything else', () => {
    const base = fingerprintOf('AWS-0001', '.', 'aws_s3_bucket.a', ['x']);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf('AWS-0001', '.', 'aws_s3_bucket.a', ['x'])).toBe(base);
    expect(fingerprintOf('AWS-0002', '.', 'aws_s3_bucket.a', ['x'])).not.toBe(base);
    expect(fingerprintOf('AWS-0001', 'modules/a', 'aws_s3_bucket.a', ['x'])).not.toBe(base);
    expect(fingerprintOf('AWS-0001', '.', 'aws_s3_bucket.a', ['y'])).not.toBe(base);
    expect(fingerprintOf('AWS-0001', '.', 'aws_s3_bucket.a', [0])).not.toBe(fingerprintOf('AWS-0001', '.', 'aws_s3_bucket.a', ['0']));
  });
});

describe('buildFindings', () => {
  it('joins the catalogue, locates the attribute and drops exact duplicates', () => {
    const r = bucket('aws_s3_bucket.a', {});
    const violation = { checkId: 'AWS-0003', resourceId: r.id, message: 'off', attributePath: ['versioning', 'enabled'] };
    const findings = buildFindings([violation, { ...violation }], new Map([[r.id, r]]), index);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      checkId: 'AWS-0003',
      severity: 'HIGH',
      scope: '.',
      location: { startLine: 5 },
      controls: [{ framework: 'cis-aws-3.0', control: '2.1.2' }],
    });
  });

  it('rejects a violation naming a check or resource that does not exist', () => {
    const r = bucket('aws_s3_bucket.a', {});
    const resources = new Map([[r.id, r]]);
    expect(() => buildFindings([{ checkId: 'NOPE-1', resourceId: r.id, message: '', attributePath: [] }], resources, index)).toThrow(
      /unknown check id NOPE-1/,
    );
    expect(() => buildFindings([{ checkId: 'AWS-0003', resourceId: 'ghost', message: '', attributePath: [] }], resources, index)).toThrow(
      /ghost/,
    );
  });
});

describe('inconclusive', () => {
  it('follows reads patterns with * through arrays and objects', () => {
    const value = { ingress: [{ cidr: ['10.0.0.0/8'] }, { cidr: ['1.1.1.1/32', unknownValue()] }] };
    expect(firstUnknown(value, ['ingress', '*', 'cidr', '*'], [])).toEqual(['ingress', 1, 'cidr', 1]);
    expect(firstUnknown({ ingress: [] }, ['ingress', '*', 'cidr'], [])).toBeUndefined();
    expect(firstUnknown({ ingress: unknownValue() }, ['ingress', '*', 'cidr'], [])).toEqual(['ingress']);
  });

  it('counts a check as inconclusive when it found nothing but read an unknown value', () => {
    const unknown = bucket('aws_s3_bucket.u', { versioning: { enabled: unknownValue('var.v has no value') } });
    const known = bucket('aws_s3_bucket.k', { versioning: { enabled: true } });
    const violated = bucket('aws_s3_bucket.v', { versioning: { enabled: unknownValue() } });
    const violations = [{ checkId: 'AWS-0003', resourceId: violated.id, message: '', attributePath: [] }];
    const result = findInconclusive([unknown, known, violated], violations, index);
    expect(result).toEqual([
      { checkId: 'AWS-0003', resourceId: unknown.id, attributePath: ['versioning', 'enabled'], location: range(5) },
    ]);
  });
});

describe('computeScore', () => {
  it('is resources with no unsuppressed finding over resources some check applies to', () => {
    const a = bucket('aws_s3_bucket.a', {});
    const b = bucket('aws_s3_bucket.b', {});
    const sameIdOtherScope = bucket('aws_s3_bucket.a', {}, 'other');
    const unchecked: Resource = { ...bucket('aws_iam_role.r', {}), type: 'tf.aws_iam_role' };
    const violation = { checkId: 'AWS-0003', resourceId: a.id, message: '', attributePath: ['versioning', 'enabled'] };
    const findings = buildFindings([violation], new Map([[a.id, a]]), index);
    const score = computeScore([a, b, sameIdOtherScope, unchecked], findings, index);
    expect(score.overall).toEqual({ passing: 2, total: 3, score: 2 / 3 });
    expect(score.byFramework['cis-aws-3.0']).toEqual({ passing: 2, total: 3, score: 2 / 3 });
    expect(score.byFramework.nist).toEqual({ passing: 3, total: 3, score: 1 });

    const suppressed = findings.map((f) => ({ ...f, suppression: { kind: 'config' as const, justification: 'accepted' } }));
    expect(computeScore([a, b], suppressed, index).overall.score).toBe(1);
  });

  it('scores an empty scan as 1 rather than dividing by zero', () => {
    expect(computeScore([], [], index).overall).toEqual({ passing: 0, total: 0, score: 1 });
  });
});
