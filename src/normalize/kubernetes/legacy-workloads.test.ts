import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: workloads of extensions/v1beta1 and OpenShift DeploymentConfigs got no findings at all.
const manifest = (apiVersion: string, kind: string, privileged: boolean): string => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.25
          securityContext:
            privileged: ${privileged}
`;

const privileged = (findings: string[]): string[] => findings.filter((f) => f.startsWith('K8S-0001 '));

describe('older and OpenShift workload kinds carry a pod template too', () => {
  it.each([
    ['extensions/v1beta1', 'Deployment'],
    ['extensions/v1beta1', 'DaemonSet'],
    ['extensions/v1beta1', 'ReplicaSet'],
    ['apps/v1beta1', 'Deployment'],
    ['apps/v1beta2', 'StatefulSet'],
    ['apps.openshift.io/v1', 'DeploymentConfig'],
  ])('%s %s: a privileged container is reported at its line; an unprivileged one is not', async (apiVersion, kind) => {
    expect(privileged((await scanFiles({ 'web.yaml': manifest(apiVersion, kind, true) })).findings)).toEqual([
      `K8S-0001 ${apiVersion}/${kind}/shop/web web.yaml:13 spec.template.spec.containers.0.securityContext.privileged`,
    ]);
    expect(privileged((await scanFiles({ 'web.yaml': manifest(apiVersion, kind, false) })).findings)).toEqual([]);
  });
});
