#!/usr/bin/env node
// Evaluation cost against scope size: one Kubernetes scope (all manifests share one) of N and 4N
// pods, with network policies, LimitRanges and service accounts for the cross-resource checks,
// scanned by the CLI; prints the evaluate stage time and the time per resource at 4N over N
// (1.00 = linear). Usage: node scripts/bench-eval-growth.mjs [N=10000]   (needs the bundle: dist/)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PODS_PER_FILE = 500;

/** One pod manifest; every third breaks a few per-resource checks, the namespaces vary. */
export function podYaml(i) {
  const ns = `team-${i % 7}`;
  const image = i % 3 === 0 ? 'nginx:latest' : 'registry.example/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
  return `apiVersion: v1
kind: Pod
metadata:
  name: pod-${i}
  namespace: ${ns}
  labels: {app: app-${i % 11}}
spec:
  serviceAccountName: sa-${i % 5}
  containers:
    - name: main
      image: ${image}
      securityContext: {runAsNonRoot: ${i % 3 !== 0}, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true}
      resources: {limits: {cpu: 500m, memory: 128Mi}${i % 2 ? ', requests: {cpu: 100m, memory: 64Mi}' : ''}}
`;
}

function sideResources() {
  const docs = [];
  for (let n = 0; n < 7; n++) {
    if (n % 2 === 0) docs.push(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np-${n}, namespace: team-${n}}\nspec:\n  podSelector: {matchLabels: {app: app-${n}}}\n  policyTypes: [Ingress]\n`);
    if (n % 3 === 0) docs.push(`apiVersion: v1\nkind: LimitRange\nmetadata: {name: lr-${n}, namespace: team-${n}}\nspec:\n  limits:\n    - type: Container\n      defaultRequest: {cpu: 50m}\n`);
    docs.push(`apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa-${n % 5}, namespace: team-${n}}\nautomountServiceAccountToken: false\n`);
  }
  return docs.join('---\n');
}

/** Writes N pods (plus the side resources) under dir, PODS_PER_FILE to a file. */
export function writePods(dir, pods) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'cluster.yaml'), sideResources());
  for (let start = 0; start < pods; start += PODS_PER_FILE) {
    const docs = [];
    for (let i = start; i < Math.min(pods, start + PODS_PER_FILE); i++) docs.push(podYaml(i));
    writeFileSync(path.join(dir, `pods-${String(start).padStart(6, '0')}.yaml`), docs.join('---\n'));
  }
}

/** The evaluate stage time (ms) of one CLI scan, read from --verbose. */
function evaluateMs(dir) {
  const run = spawnSync(process.execPath, ['bin/posture.js', 'scan', dir, '--verbose', '--no-fail', '--format', 'json', '--output', path.join(dir, '..', 'out.json')], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const match = /evaluate\D*?(\d+(?:\.\d+)?) ?ms/.exec(`${run.stderr}\n${run.stdout}`);
  if (!match) throw new Error(`no evaluate time in the output (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return Number(match[1]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = Number(process.argv[2] ?? 10_000);
  const work = mkdtempSync(path.join(tmpdir(), 'posture-growth-'));
  try {
    const times = [];
    for (const pods of [base, 2 * base, 4 * base]) {
      const dir = path.join(work, `k8s-${pods}`);
      writePods(dir, pods);
      const ms = evaluateMs(dir);
      times.push([pods, ms]);
      console.log(`  ${String(pods).padStart(7)} pods in one scope: evaluate ${ms.toFixed(0)} ms (${((1000 * ms) / pods).toFixed(1)} µs/pod)`);
      rmSync(dir, { recursive: true, force: true });
    }
    const [[n1, t1], , [n4, t4]] = times;
    console.log(`evaluate time per resource at 4x over 1x: ${(t4 / n4 / (t1 / n1)).toFixed(2)} (1.00 = linear)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
