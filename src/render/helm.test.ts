import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { pathKey } from '../model/resource.js';
import { normalizeKubernetes } from '../normalize/kubernetes/index.js';
import { HELM_BIN } from '../testing/tools.js';
import { renderHelm } from './helm.js';
import { parseRendered } from './rendered-document.js';

const CHART = 'fixtures/kubernetes/helm-chart';
/** Passed explicitly: the scanner never runs a helm from inside the scanned tree (this checkout's .tools). */
const helmPath = HELM_BIN;
/** scripts/install-helm.sh builds the pinned helm into .tools/bin once (go install), then reuses it. */
const install = spawnSync('bash', ['scripts/install-helm.sh'], { encoding: 'utf8', timeout: 600_000 });
const withHelm = install.status === 0 ? it : it.skip;
if (install.status !== 0) process.stderr.write(`helm tests skipped: scripts/install-helm.sh failed: ${install.stderr}\n`);

describe('renderHelm', () => {
  withHelm('renders each template to its own file, mapped through # Source, without test hooks', async () => {
    const { files } = await renderHelm({ helmPath, chartDir: CHART });
    expect(files.map((f) => [f.path, f.sourceTemplate])).toEqual([
      [`${CHART}/templates/service.yaml`, 'templates/service.yaml'],
      [`${CHART}/templates/deployment.yaml`, 'templates/deployment.yaml'],
    ]);
    expect(files[1].text).toMatch(/^---\n# Source: web\/templates\/deployment.yaml\napiVersion: apps\/v1\n/);
    expect(files[1].text).toContain('privileged: false');
  });

  withHelm('applies --values files and --set entries in order', async () => {
    const { files } = await renderHelm({ helmPath, chartDir: CHART, valuesFiles: [`${CHART}/values-insecure.yaml`], set: ['replicaCount=3'], releaseName: 'prod' });
    const deployment = files.find((f) => f.sourceTemplate === 'templates/deployment.yaml')!;
    expect(deployment.text).toContain('privileged: true');
    expect(deployment.text).toContain('hostNetwork: true');
    expect(deployment.text).toContain('replicas: 3');
    expect(deployment.text).toContain('name: prod-web');
  });

  withHelm('points attributes of rendered objects at their template lines', async () => {
    const { files } = await renderHelm({ helmPath, chartDir: CHART, valuesFiles: [`${CHART}/values-insecure.yaml`] });
    const deployment = files.find((f) => f.sourceTemplate === 'templates/deployment.yaml')!;
    const doc = parseRendered(deployment);
    const [resource] = normalizeKubernetes(doc).resources;
    expect(resource.id).toBe('apps/v1/Deployment/default/release-name-web');
    const line = (p: (string | number)[]) => resource.provenance.get(pathKey(p));
    const container = ['spec', 'template', 'spec', 'containers', 0];
    expect(line([])).toMatchObject({ path: `${CHART}/templates/deployment.yaml`, startLine: 2 });
    expect(line(['spec', 'replicas'])?.startLine).toBe(8);
    expect(line(['spec', 'template', 'spec', 'hostNetwork'])?.startLine).toBe(18);
    expect(line([...container, 'securityContext', 'privileged'])?.startLine).toBe(26);
    expect(line([...container, 'image'])?.startLine).toBe(22);
    // Lines printed by one action (toYaml) point at that action's line.
    expect(line([...container, 'resources', 'limits', 'cpu'])?.startLine).toBe(29);
    expect(line(['metadata', 'labels', 'app.kubernetes.io/name'])?.startLine).toBe(6);
  });

  withHelm('reports a chart that fails to render as a ConfigError with helm\'s message', async () => {
    const failing = renderHelm({ helmPath, chartDir: CHART, set: ['image=flat'] });
    await expect(failing).rejects.toThrow(ConfigError);
    await expect(renderHelm({ helmPath, chartDir: CHART, set: ['image=flat'] })).rejects.toThrow(/render chart fixtures\/kubernetes\/helm-chart: helm failed: .*deployment\.yaml/);
  });
});

describe('renderHelm without rendering', () => {
  const path0 = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path0;
  });

  it('says helm is missing when it is not on PATH (the scanned tree\'s .tools/bin is never looked in)', async () => {
    process.env.PATH = '';
    const chartDir = path.resolve(CHART);
    await expect(renderHelm({ chartDir, cwd: os.tmpdir() })).rejects.toThrow(
      new ConfigError(
        `--helm ${chartDir}: helm is not installed; put helm v3 on PATH or pass --helm-bin (scripts/install-helm.sh installs it into .tools/bin), or scan the output of \`helm template\` instead`,
      ),
    );
  });

  it('refuses a directory without Chart.yaml and values that are not local files', async () => {
    await expect(renderHelm({ chartDir: 'fixtures/kubernetes/good' })).rejects.toThrow('--helm fixtures/kubernetes/good: not a chart directory (no Chart.yaml)');
    await expect(renderHelm({ helmPath, chartDir: CHART, valuesFiles: ['https://example.com/values.yaml'] })).rejects.toThrow('--values https://example.com/values.yaml: not a local file');
  });
});
