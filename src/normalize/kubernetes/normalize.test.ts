import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import { parseKubernetes } from '../../parsers/kubernetes/index.js';
import { canonicalType, resourceId } from './identity.js';
import { normalizeKubernetes } from './index.js';

const run = (text: string) =>
  normalizeKubernetes(parseKubernetes({ absolutePath: '/r/app.yaml', path: 'k8s/app.yaml', format: 'kubernetes' }, text));

describe('canonicalType', () => {
  it.each([
    ['v1', 'Pod', 'k8s.core.pod'],
    ['apps/v1', 'Deployment', 'k8s.apps.deployment'],
    ['batch/v1', 'CronJob', 'k8s.batch.cronjob'],
    ['rbac.authorization.k8s.io/v1', 'Role', 'k8s.rbac.role'],
    ['networking.k8s.io/v1', 'NetworkPolicy', 'k8s.networking.networkpolicy'],
    ['argoproj.io/v1alpha1', 'Rollout', 'k8s.argoproj.rollout'],
  ])('%s %s → %s', (apiVersion, kind, expected) => {
    expect(canonicalType(apiVersion, kind)).toBe(expected);
  });
});

describe('resourceId', () => {
  it('puts namespaced kinds in their namespace, default when absent', () => {
    expect(resourceId('apps/v1', 'Deployment', { name: 'web', namespace: 'prod' }, 'x')).toBe('apps/v1/Deployment/prod/web');
    expect(resourceId('v1', 'Pod', { name: 'debug' }, 'x')).toBe('v1/Pod/default/debug');
  });

  it('leaves the namespace out for cluster-scoped kinds', () => {
    expect(resourceId('rbac.authorization.k8s.io/v1', 'ClusterRole', { name: 'r', namespace: 'ignored' }, 'x')).toBe('rbac.authorization.k8s.io/v1/ClusterRole/r');
    expect(resourceId('v1', 'Namespace', { name: 'prod' }, 'x')).toBe('v1/Namespace/prod');
  });

  it('falls back to generateName, then to the given name', () => {
    expect(resourceId('batch/v1', 'Job', { generateName: 'migrate-' }, 'x')).toBe('batch/v1/Job/default/migrate-');
    expect(resourceId('v1', 'Pod', undefined, 'unnamed-0')).toBe('v1/Pod/default/unnamed-0');
  });
});

describe('normalizeKubernetes', () => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: c
      image: nginx
      securityContext:
        privileged: true
---
apiVersion: v1
kind: DeploymentList
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: d, namespace: prod}
    spec:
      template:
        spec:
          hostPID: true
---
metadata:
  name: not-an-object
`;
  const result = run(text);
  const [pod, deployment] = result.resources;

  it('keeps the manifest as attributes and raw, in the kubernetes scope', () => {
    expect(result.resources.map((r) => r.id)).toEqual(['v1/Pod/default/p', 'apps/v1/Deployment/prod/d']);
    expect(pod).toMatchObject({ type: 'k8s.core.pod', scope: 'kubernetes', source: { format: 'kubernetes', path: 'k8s/app.yaml', nativeType: 'v1/Pod' } });
    expect(pod.attributes).toBe(pod.raw);
    expect((pod.attributes.spec as { containers: unknown[] }).containers).toHaveLength(1);
  });

  it('records provenance for every path, with the resource on its kind line', () => {
    expect(pod.provenance.get(pathKey([]))?.startLine).toBe(2);
    expect(pod.provenance.get(pathKey(['spec', 'containers', 0, 'securityContext', 'privileged']))?.startLine).toBe(10);
    expect(pod.provenance.get(pathKey(['spec', 'containers', 0, 'image']))?.startLine).toBe(8);
    expect(pod.provenance.size).toBe(12);
  });

  it('expands *List items with provenance relative to the item', () => {
    expect(deployment.type).toBe('k8s.apps.deployment');
    expect(deployment.provenance.get(pathKey([]))?.startLine).toBe(16);
    expect(deployment.provenance.get(pathKey(['spec', 'template', 'spec', 'hostPID']))?.startLine).toBe(21);
  });

  it('warns about documents without apiVersion and kind', () => {
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'PARSE_UNSUPPORTED', level: 'warning', range: expect.objectContaining({ startLine: 23 }) }),
    ]);
  });
});

describe('normalizeKubernetes: one object that cannot be read', () => {
  it('is that object\'s NORMALIZE_FAILED diagnostic; the other documents keep their resources', () => {
    const doc = parseKubernetes({ absolutePath: '/r/app.yaml', path: 'k8s/app.yaml', format: 'kubernetes' }, 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\n');
    const [, second] = doc.value;
    // Whatever makes an object's normaliser throw (here: reading its metadata).
    Object.defineProperty(second.manifest, 'metadata', { get: () => { throw new Error('boom'); } });
    const result = normalizeKubernetes(doc);
    expect(result.resources.map((r) => r.id)).toEqual(['v1/Pod/default/a']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'NORMALIZE_FAILED', message: expect.stringContaining('document 2 could not be read'), range: expect.objectContaining({ startLine: 5 }) }),
    ]);
  });
});
