import { afterEach, describe, expect, it } from '@jest/globals';
import { pathKey } from '../model/resource.js';
import { normalizeKubernetes } from '../normalize/kubernetes/index.js';
import { renderKustomize } from './kustomize.js';
import { parseKustomized } from './kustomize-document.js';
import { findTool } from './tool.js';

const OVERLAY = 'fixtures/kubernetes/kustomize/overlay';
const BASE = 'fixtures/kubernetes/kustomize/base';
const withKustomize = findTool('kustomize') || findTool('kubectl') ? it : it.skip;

describe('renderKustomize', () => {
  withKustomize('groups the built objects by the input file they came from, without the origin annotation', async () => {
    const { files } = await renderKustomize({ dir: OVERLAY });
    expect(files.map((f) => f.path)).toEqual([`${BASE}/service.yaml`, `${BASE}/deployment.yaml`, `${OVERLAY}/debug-pod.yaml`]);
    expect(files.map((f) => f.text).join('')).not.toContain('config.kubernetes.io/origin');
    expect(files[1].text).toContain('name: prod-api');
    expect(files[1].text).toContain('hostPID: true');
  });

  withKustomize('locates attributes of built objects in their input file, renamed or patched', async () => {
    const { files } = await renderKustomize({ dir: OVERLAY });
    const resources = files.flatMap((file) => normalizeKubernetes(parseKustomized(file)).resources);
    expect(resources.map((r) => r.id)).toEqual(['v1/Service/prod/prod-api', 'apps/v1/Deployment/prod/prod-api', 'v1/Pod/prod/prod-debug']);
    const [, deployment, pod] = resources;
    const at = (r: (typeof resources)[number], p: (string | number)[]) => {
      const range = r.provenance.get(pathKey(p));
      return range && `${range.path}:${range.startLine}`;
    };
    expect(at(deployment, [])).toBe(`${BASE}/deployment.yaml:2`);
    expect(at(deployment, ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'])).toBe(`${BASE}/deployment.yaml:19`);
    // Added by the overlay's patch: the enclosing pod spec of the base object.
    expect(at(deployment, ['spec', 'template', 'spec', 'hostPID'])).toBe(`${BASE}/deployment.yaml:14`);
    expect(at(pod, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toBe(`${OVERLAY}/debug-pod.yaml:10`);
  });
});

describe('renderKustomize without rendering', () => {
  const path0 = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path0;
  });

  it('refuses a directory without kustomization.yaml, and says when no tool is installed', async () => {
    await expect(renderKustomize({ dir: 'fixtures/kubernetes/good' })).rejects.toThrow('--kustomize fixtures/kubernetes/good: no kustomization.yaml in that directory');
    process.env.PATH = '';
    await expect(renderKustomize({ dir: OVERLAY, cwd: process.cwd() })).rejects.toThrow(/neither kustomize nor kubectl is installed/);
  });
});
