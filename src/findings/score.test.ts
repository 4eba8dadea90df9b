import { describe, expect, it } from '@jest/globals';
import { CatalogIndex } from '../catalog/index.js';
import type { Catalog, CheckMeta, Finding, Resource } from '../model/index.js';
import { computeScore } from './score.js';

function check(id: string, type: string, frameworks: Record<string, string[]>): CheckMeta {
  return {
    id, title: id, description: id, severity: 'HIGH', package: `checks.${id}`, resourceTypes: [type], formats: ['terraform'],
    recommendedAction: 'fix', frameworks, peers: {}, relatedResources: [], reads: [['x']], deprecated: false, file: `${id}.rego`,
  };
}

const catalog: Catalog = {
  opaVersion: 'test',
  checks: [
    check('A-1', 'bucket', { fw: ['1.1'] }),
    check('A-2', 'bucket', { fw: ['1.2'] }),
    check('A-3', 'group', { fw: ['2.1'], other: ['X'] }),
  ],
  frameworks: [
    {
      id: 'fw', title: 'FW', version: '1',
      requirements: [{ id: '1', title: 'Storage' }, { id: '2', title: 'Network' }, { id: '3', title: 'Manual only' }],
      controls: [
        { id: '1.1', title: 'a', requirement: '1' },
        { id: '1.2', title: 'b', requirement: '1' },
        { id: '2.1', title: 'c', requirement: '2' },
        { id: '3.1', title: 'd', requirement: '3' },
      ],
    },
    { id: 'other', title: 'Other', version: '1', requirements: [{ id: 'R', title: 'r' }], controls: [{ id: 'X', title: 'x', requirement: 'R' }] },
  ],
};

const resource = (id: string, type: string): Resource => ({
  id, type, source: { format: 'terraform', path: 'main.tf', nativeType: type }, attributes: {}, raw: {}, provenance: new Map(), scope: '.',
});

function finding(checkId: string, resourceId: string, controls: [string, string][], suppressed = false): Finding {
  return {
    checkId, title: checkId, severity: 'HIGH', message: '', resourceId, resourceType: 'bucket', scope: '.', format: 'terraform',
    attributePath: [], location: { path: 'main.tf', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }, fingerprint: `${checkId}${resourceId}`,
    controls: controls.map(([framework, control]) => ({ framework, control })),
    ...(suppressed ? { suppression: { kind: 'inline', justification: 'accepted' } as Finding['suppression'] } : {}),
  };
}

describe('computeScore', () => {
  const resources = [resource('b1', 'bucket'), resource('b2', 'bucket'), resource('g1', 'group'), resource('x', 'unchecked')];

  it('scores overall, per framework, per requirement and per control over the resources each group applies to', () => {
    const score = computeScore(resources, [finding('A-1', 'b1', [['fw', '1.1']]), finding('A-2', 'b1', [['fw', '1.2']])], new CatalogIndex(catalog));
    expect(score.overall).toEqual({ passing: 2, total: 3, score: 2 / 3 });
    expect(score.byFramework.fw).toEqual({ passing: 2, total: 3, score: 2 / 3 });
    expect(score.byFramework.other).toEqual({ passing: 1, total: 1, score: 1 });
    expect(score.byRequirement.fw).toEqual({ 1: { passing: 1, total: 2, score: 0.5 }, 2: { passing: 1, total: 1, score: 1 } });
    expect(score.byControl.fw['1.1']).toEqual({ passing: 1, total: 2, score: 0.5 });
    expect(score.byControl.fw['2.1']).toEqual({ passing: 1, total: 1, score: 1 });
    // a manual control and its requirement have no score
    expect(score.byControl.fw['3.1']).toBeUndefined();
    expect(score.byRequirement.fw['3']).toBeUndefined();
  });

  it('does not count suppressed findings', () => {
    const score = computeScore(resources, [finding('A-1', 'b1', [['fw', '1.1']], true)], new CatalogIndex(catalog));
    expect(score.byControl.fw['1.1'].passing).toBe(2);
    expect(score.overall.passing).toBe(3);
  });

  it('follows a catalogue restricted to some frameworks', () => {
    const restricted = new CatalogIndex(catalog).restrictedTo(['other']);
    expect(restricted.catalog.checks.map((c) => c.id)).toEqual(['A-3']);
    expect(restricted.catalog.checks[0].frameworks).toEqual({ other: ['X'] });
    const score = computeScore(resources, [], restricted);
    expect(Object.keys(score.byFramework)).toEqual(['other']);
    expect(score.overall.total).toBe(1);
    expect(() => new CatalogIndex(catalog).restrictedTo(['fw', 'nope'])).toThrow(/unknown framework nope; available: fw, other/);
  });
});

describe('computeScore counting per type', () => {
  it('counts a resource once per group however many of its checks map there, and ignores findings on resources not scanned', () => {
    const twoChecksOneControl: Catalog = { ...catalog, checks: [check('A-1', 'bucket', { fw: ['1.1'] }), check('A-2', 'bucket', { fw: ['1.1'] })] };
    const resources = [resource('b1', 'bucket'), resource('b2', 'bucket'), resource('b3', 'bucket')];
    const findings = [finding('A-1', 'b1', [['fw', '1.1']]), finding('A-2', 'b1', [['fw', '1.1']]), finding('A-1', 'gone', [['fw', '1.1']])];
    const score = computeScore(resources, findings, new CatalogIndex(twoChecksOneControl));
    expect(score.byControl.fw['1.1']).toEqual({ passing: 2, total: 3, score: 2 / 3 });
    expect(score.byRequirement.fw['1']).toEqual({ passing: 2, total: 3, score: 2 / 3 });
    expect(score.overall).toEqual({ passing: 2, total: 3, score: 2 / 3 });
  });

  it('a finding whose control the resource type is not scanned for does not count against that control', () => {
    const score = computeScore([resource('g1', 'group')], [finding('A-1', 'g1', [['fw', '1.1']])], new CatalogIndex(catalog));
    expect(score.byControl.fw['1.1']).toBeUndefined();
    expect(score.byControl.fw['2.1']).toEqual({ passing: 1, total: 1, score: 1 });
    expect(score.overall).toEqual({ passing: 0, total: 1, score: 0 });
  });

  it('applies a control to a resource only in the formats its checks run on (type and format, not type alone)', () => {
    const cfnOnly: Catalog = { ...catalog, checks: [{ ...check('A-1', 'bucket', { fw: ['1.1'] }), formats: ['cloudformation'] }, check('A-2', 'bucket', { fw: ['1.2'] })] };
    const cfn = (id: string): Resource => ({ ...resource(id, 'bucket'), source: { format: 'cloudformation', path: 't.yaml', nativeType: 'AWS::S3::Bucket' } });
    // four Terraform buckets no 1.1 check looks at, one CloudFormation bucket it does
    const resources = [resource('t1', 'bucket'), resource('t2', 'bucket'), resource('t3', 'bucket'), resource('t4', 'bucket'), cfn('c1')];
    const score = computeScore(resources, [], new CatalogIndex(cfnOnly));
    expect(score.byControl.fw['1.1']).toEqual({ passing: 1, total: 1, score: 1 });
    expect(score.byControl.fw['1.2']).toEqual({ passing: 4, total: 4, score: 1 });
    expect(score.overall).toEqual({ passing: 5, total: 5, score: 1 });
  });
});
