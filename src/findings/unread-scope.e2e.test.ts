import { scanFiles } from '../testing/scan-files.js';

// A cross-resource check concludes from what else is in the scope: with a file of that scope not
// read, what it would have concluded is unknown, neither a violation nor a pass.

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: prod
  labels:
    app: web
spec:
  containers:
    - name: web
      image: ghcr.io/acme/web:2.4.1
`;

/** Meant to be the namespace's default-deny NetworkPolicy; an unclosed flow sequence breaks it. */
const BROKEN_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: prod
spec:
  podSelector: {}
  policyTypes: ["Ingress", "Egress"
  ingress: [
`;

describe('a cross-resource check beside a file that could not be read', () => {
  it('makes the pod no NetworkPolicy covers inconclusive, not a K8S-0049 finding', async () => {
    const { findings, inconclusiveAt: inconclusive, diagnostics } = await scanFiles({ 'k8s/pod.yaml': POD, 'k8s/netpol.yaml': BROKEN_POLICY });
    expect(findings.filter((f) => f.startsWith('K8S-0049'))).toEqual([]);
    expect(inconclusive.filter((i) => i.startsWith('K8S-0049'))).toEqual(['K8S-0049 v1/Pod/prod/web k8s/pod.yaml:3 metadata']);
    expect(diagnostics.some((d) => d.level === 'error' && d.range.path === 'k8s/netpol.yaml')).toBe(true);
  });

  it('still reports the pod when every manifest was read', async () => {
    const { findings, inconclusiveAt: inconclusive } = await scanFiles({ 'k8s/pod.yaml': POD });
    expect(findings.filter((f) => f.startsWith('K8S-0049'))).toEqual(['K8S-0049 v1/Pod/prod/web k8s/pod.yaml:3 metadata']);
    expect(inconclusive.filter((i) => i.startsWith('K8S-0049'))).toEqual([]);
  });
});
