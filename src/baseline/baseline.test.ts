import { describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { fingerprintOf } from '../findings/index.js';
import type { Finding } from '../model/index.js';
import { buildFindings as fixtureFindings } from '../report/__fixtures__/report.js';
import { scanPaths } from '../suppress/__fixtures__/scan.js';
import { REPO_ROOT } from '../testing/engine.js';
import { applyBaseline, createBaseline, parseBaseline, readBaseline } from './index.js';

/** Report-fixture findings with real sha256 fingerprints, none suppressed. */
function findings(): Finding[] {
  return fixtureFindings().map((f) => ({
    ...f,
    suppression: undefined,
    fingerprint: fingerprintOf(f.checkId, f.scope, f.resourceId, f.attributePath),
  }));
}

describe('createBaseline', () => {
  it('writes version, tool and sorted entries with check and resource for humans', () => {
    const baseline = JSON.parse(createBaseline(findings(), { name: 'posture-gate', version: '9.9.9' }));
    expect(baseline.version).toBe(1);
    expect(baseline.tool).toEqual({ name: 'posture-gate', version: '9.9.9' });
    expect(baseline.findings.map((e: { checkId: string; resourceId: string }) => `${e.checkId} ${e.resourceId}`)).toEqual([
      'AWS-0001 AWS::S3::Bucket/Data',
      'AWS-0001 aws_s3_bucket.logs',
      'AWS-0002 aws_security_group.bastion',
      'AWS-0003 aws_s3_bucket.logs',
      'K8S-0001 apps/v1/Deployment/prod/web',
      'K8S-0002 apps/v1/Deployment/prod/web',
    ]);
    expect(Object.keys(baseline.findings[0])).toEqual(['fingerprint', 'checkId', 'scope', 'resourceId']);
  });

  it('is byte-identical whatever the order of the findings, and has no timestamps', () => {
    const list = findings();
    expect(createBaseline([...list].reverse())).toBe(createBaseline(list));
    expect(createBaseline([...list, ...list])).toBe(createBaseline(list));
    expect(createBaseline(list)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('leaves out findings suppressed inline or by a waiver, keeps those the old baseline accepted', () => {
    const [first, second, third, ...rest] = findings();
    const marked = [
      { ...first, suppression: { kind: 'inline' as const, justification: 'x', expires: '2026-01-01' } },
      { ...second, suppression: { kind: 'config' as const, justification: 'y' } },
      { ...third, suppression: { kind: 'baseline' as const, justification: 'z' } },
      ...rest,
    ];
    const fingerprints = JSON.parse(createBaseline(marked)).findings.map((e: { fingerprint: string }) => e.fingerprint);
    expect(fingerprints).not.toContain(first.fingerprint);
    expect(fingerprints).not.toContain(second.fingerprint);
    expect(fingerprints).toContain(third.fingerprint);
    expect(fingerprints).toHaveLength(4);
  });
});

describe('applyBaseline', () => {
  it('marks matching findings suppressed, reports the stale entries, and keeps other suppressions', () => {
    const list = findings();
    const baseline = parseBaseline(createBaseline(list.slice(0, 3)), 'b.json');
    baseline.findings.push({ fingerprint: 'f'.repeat(64), checkId: 'AWS-0007', scope: 'x', resourceId: 'gone' });
    const inline = { kind: 'inline' as const, justification: 'kept' };
    const input = [{ ...list[0], suppression: inline }, ...list.slice(1)];
    const result = applyBaseline(input, baseline, '.posture-baseline.json');
    expect(result.findings.map((f) => f.suppression)).toEqual([
      inline,
      { kind: 'baseline', justification: 'accepted in baseline .posture-baseline.json' },
      { kind: 'baseline', justification: 'accepted in baseline .posture-baseline.json' },
      undefined,
      undefined,
      undefined,
    ]);
    expect(result.matched).toBe(2);
    expect(result.stale.map((e) => e.resourceId)).toEqual(['gone']);
  });
});

describe('reading a baseline', () => {
  const bad = (text: string) => () => parseBaseline(text, 'base.json');

  it('fails with a ConfigError that names the file and says how to recover', async () => {
    expect(bad('{not json')).toThrow(ConfigError);
    expect(bad('{not json')).toThrow(/^baseline base\.json is not JSON .*posture baseline create/);
    expect(bad('[]')).toThrow('baseline base.json is invalid: the top level must be an object');
    expect(bad('{"version": 2, "findings": []}')).toThrow('version 2 is not supported (expected 1)');
    expect(bad('{"version": 1}')).toThrow('"findings" must be a list');
    expect(bad('{"version": 1, "findings": [{"fingerprint": "abc"}]}')).toThrow('findings[0].fingerprint must be a sha256 in hex');
    await expect(readBaseline('/nonexistent/base.json')).rejects.toMatchObject({ code: 'INPUT_MISSING' });
  });

  it('round-trips through a file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'posture-baseline-'));
    const file = path.join(dir, 'baseline.json');
    await writeFile(file, createBaseline(findings()));
    expect((await readBaseline(file)).findings).toHaveLength(6);
  });
});

describe('fingerprints survive moved lines and reformatting', () => {
  it('accepts every old finding after edits elsewhere, and only the new resource fails', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'posture-moved-'));
    await cp(path.join(REPO_ROOT, 'fixtures/terraform/s3-bad'), path.join(root, 'tf'), { recursive: true });
    await cp(path.join(REPO_ROOT, 'fixtures/kubernetes/bad'), path.join(root, 'k8s'), { recursive: true });
    const paths = ['tf/main.tf', 'k8s/workloads.yaml'];
    const before = await scanPaths(root, paths);
    const baseline = parseBaseline(createBaseline(before.findings), 'baseline.json');

    const tf = path.join(root, 'tf/main.tf');
    const reformatted = (await readFile(tf, 'utf8')).replace(/\n\n/g, '\n\n\n# spacing\n\n').replace(/ = /g, '   =   ');
    await writeFile(tf, `# moved down\n\n\n${reformatted}\nresource "aws_s3_bucket" "added" {\n  bucket = "new"\n}\n`);
    const k8s = path.join(root, 'k8s/workloads.yaml');
    await writeFile(k8s, `# header\n\n${(await readFile(k8s, 'utf8')).replace(/\n---\n/g, '\n\n---\n# next\n')}`);
    const after = await scanPaths(root, paths);

    const lines = (r: typeof before) => r.findings.map((f) => `${f.location.path}:${f.location.startLine}`).sort();
    expect(lines(after)).not.toEqual(lines(before));
    const result = applyBaseline(after.findings, baseline, 'baseline.json');
    expect(result.stale).toEqual([]);
    expect(result.matched).toBe(before.findings.length);
    const unsuppressed = result.findings.filter((f) => !f.suppression);
    expect(unsuppressed.length).toBeGreaterThan(0);
    expect(new Set(unsuppressed.map((f) => f.resourceId))).toEqual(new Set(['aws_s3_bucket.added']));
  });
});
