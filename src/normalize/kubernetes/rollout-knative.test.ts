import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 16: Argo Rollouts and Knative Services carry a pod template, so every pod check applies.
const rollout = (privileged: boolean): string => `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: web
  namespace: shop
spec:
  replicas: 1
  strategy:
    canary:
      steps:
        - setWeight: 20
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.25
          securityContext:
            privileged: ${privileged}
`;

const knative = (privileged: boolean): string => `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        autoscaling.knative.dev/target: "10"
    spec:
      containerConcurrency: 0
      containers:
        - name: web
          image: nginx:1.25
          securityContext:
            privileged: ${privileged}
`;

const privileged = (findings: string[]): string[] => findings.filter((f) => f.startsWith('K8S-0001 '));

describe('Argo Rollouts and Knative Services are workloads with a pod template', () => {
  it.each([
    ['argoproj.io/v1alpha1', 'Rollout', rollout, 18],
    ['serving.knative.dev/v1', 'Service', knative, 17],
  ])('%s %s: a privileged container is reported at its line; an unprivileged one is not', async (apiVersion, kind, manifest, line) => {
    expect(privileged((await scanFiles({ 'web.yaml': manifest(true) })).findings)).toEqual([
      `K8S-0001 ${apiVersion}/${kind}/shop/web web.yaml:${line} spec.template.spec.containers.0.securityContext.privileged`,
    ]);
    expect(privileged((await scanFiles({ 'web.yaml': manifest(false) })).findings)).toEqual([]);
  });

  it('a Rollout that points at a Deployment (workloadRef) has no template of its own and no pod findings', async () => {
    const findings = (await scanFiles({
      'web.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: web
  namespace: shop
spec:
  workloadRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
`,
    })).findings;
    expect(findings.filter((f) => f.includes('Rollout/shop/web'))).toEqual([]);
  });
});
