import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGate } from '../gate.js';
import { silentLogger as silent } from '../logging.js';
import { compareInconclusive } from '../model/order.js';
import { CORPUS_DIR } from '../testing/corpus.js';
import { POLICY_DIRECTORY, REPO_ROOT } from '../testing/engine.js';
import { chunksOf } from './chunks.js';
import type { EngineResource } from './input.js';
import { PolicyEngine, readPolicyBundle, type PolicyBundle } from './index.js';

function fakes(type: string, count: number): EngineResource[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${type}.${i}`, type, format: 'kubernetes', native_type: type, attributes: {} }));
}

describe('chunksOf', () => {
  it('cuts the scope into consecutive chunks of at most the size, every resource once, type order kept', () => {
    const byType = { a: fakes('a', 5), b: fakes('b', 1), c: fakes('c', 4) };
    const chunks = [...chunksOf(byType, 3)];
    expect(chunks.map((c) => Object.fromEntries(Object.entries(c).map(([t, l]) => [t, l.length])))).toEqual([{ a: 3 }, { a: 2, b: 1 }, { c: 3 }, { c: 1 }]);
    expect(chunks.flatMap((c) => Object.values(c).flat().map((r) => r.id))).toEqual([...byType.a, ...byType.b, ...byType.c].map((r) => r.id));
  });
});

/** A Kubernetes scope that exercises every cross-resource check: the answer depends on other resources. */
function crossResourceManifests(dir: string): void {
  const docs: string[] = [];
  for (let i = 0; i < 40; i++) {
    docs.push(`apiVersion: v1
kind: Pod
metadata: {name: p${i}, namespace: ns${i % 3}, labels: {app: a${i % 4}}}
spec:
  serviceAccountName: sa${i % 2}
  containers:
    - name: c
      image: nginx:1.25
      resources: {${i % 2 ? 'requests: {cpu: 1}' : ''}}
`);
  }
  docs.push('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np, namespace: ns0}\nspec: {podSelector: {matchLabels: {app: a1}}}\n');
  docs.push('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: all, namespace: ns2}\nspec: {podSelector: {}}\n');
  docs.push('apiVersion: v1\nkind: LimitRange\nmetadata: {name: lr, namespace: ns1}\nspec: {limits: [{type: Container, defaultRequest: {memory: 1Gi}}]}\n');
  docs.push('apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa1, namespace: ns1}\nautomountServiceAccountToken: false\n');
  docs.push('apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: wild, namespace: ns0}\nrules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]\n');
  docs.push('apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b, namespace: ns0}\nroleRef: {kind: Role, name: wild, apiGroup: rbac.authorization.k8s.io}\nsubjects: [{kind: User, name: u}]\n');
  writeFileSync(path.join(dir, 'cluster.yaml'), docs.join('---\n'));
}

describe('chunked evaluation gives what one evaluation per scope gives', () => {
  let bundle: PolicyBundle;
  const engines: Record<string, PolicyEngine> = {};
  beforeAll(async () => {
    bundle = await readPolicyBundle(POLICY_DIRECTORY);
    engines.whole = await PolicyEngine.load({ bundle, rawForCanonical: false, chunkSize: Infinity });
    // chunks of one: any check that reads another resource and is not marked whole_scope differs
    engines.one = await PolicyEngine.load({ bundle, rawForCanonical: false, chunkSize: 1 });
    engines.seven = await PolicyEngine.load({ bundle, rawForCanonical: false, chunkSize: 7 });
  });

  async function scan(paths: string[], root: string, engine: PolicyEngine) {
    const { report } = await runGate({ paths, root, failOn: 'none', logger: silent, engine, policyDirectory: POLICY_DIRECTORY });
    // the engine's set comes out in hash order, so the inconclusive list is compared the way every
    // report writes it (sorted); findings are sorted by the gate itself
    return { findings: report.findings, inconclusive: [...report.inconclusive].sort(compareInconclusive) };
  }

  it('the built-in bundle has the split aggregates', () => {
    expect(Object.entries(bundle.meta.entrypoints).filter(([, v]) => v.startsWith('aggregate')).map(([k]) => k).sort()).toEqual(['gate/findings', 'gate/local_findings', 'gate/scope_findings']);
  });

  it('on a Kubernetes scope of pods, network policies, LimitRanges, service accounts and RBAC', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-chunks-'));
    try {
      crossResourceManifests(dir);
      const whole = await scan([dir], dir, engines.whole);
      const ids = new Set(whole.findings.map((f) => f.checkId));
      // the cross-resource checks did fire, so the comparison covers them
      for (const id of ['K8S-0049', 'K8S-0043', 'K8S-0044', 'K8S-0042']) expect(ids).toContain(id);
      expect(await scan([dir], dir, engines.one)).toEqual(whole);
      expect(await scan([dir], dir, engines.seven)).toEqual(whole);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on every fixture', async () => {
    const fixtures = path.join(REPO_ROOT, 'fixtures');
    const whole = await scan([fixtures], fixtures, engines.whole);
    expect(whole.findings.length).toBeGreaterThan(100);
    expect(await scan([fixtures], fixtures, engines.one)).toEqual(whole);
  }, 300_000);

  (CORPUS_DIR ? it : it.skip)('on the corpus (POSTURE_CORPUS)', async () => {
    const corpus = CORPUS_DIR as string;
    const whole = await scan([corpus], corpus, engines.whole);
    expect(await scan([corpus], corpus, engines.one)).toEqual(whole);
  }, 600_000);
});
