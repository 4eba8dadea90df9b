import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { renderKustomize } from './kustomize.js';
import { findRemoteReferences, isRemote, maskCredentials } from './kustomize-remote.js';

const FIXTURE = 'fixtures/kubernetes/kustomize-remote';

describe('remote references in a kustomization tree', () => {
  it('finds every remote base, component and file with its file and line, following local bases', () => {
    const found = findRemoteReferences(path.resolve(FIXTURE, 'overlay'), process.cwd());
    expect(found.map((r) => `${r.file}:${r.line} ${r.field} ${r.reference}`)).toEqual([
      `${FIXTURE}/overlay/kustomization.yaml:6 resources github.com/example/platform//network?ref=v2.1.0`,
      `${FIXTURE}/overlay/kustomization.yaml:8 components https://***@git.example.com/org/components.git//tls?ref=main`,
      `${FIXTURE}/base/kustomization.yaml:5 resources https://raw.githubusercontent.com/example/app/v1.0.0/deploy/deployment.yaml`,
      `${FIXTURE}/base/kustomization.yaml:9 configMapGenerator[].files https://example.com/settings/app.properties`,
    ]);
    expect(findRemoteReferences(path.resolve(FIXTURE, 'vendored'), process.cwd())).toEqual([]);
  });

  it('tells remote references from local paths as kustomize does', () => {
    const dir = path.resolve(FIXTURE, 'overlay');
    for (const remote of ['git@github.com:org/repo.git//base', 'git::https://host/repo', 'ssh://git@host/repo', 'gitlab.com/org/repo/base?ref=v1', 'http://host/a.yaml']) {
      expect(isRemote(remote, dir)).toBe(true);
    }
    for (const local of ['../base', 'deployment.yaml', 'file:///tmp/x.yaml', '../vendored/patch.yaml']) {
      expect(isRemote(local, dir)).toBe(false);
    }
    expect(maskCredentials('https://user:pass@host/x')).toBe('https://***@host/x');
  });

  it('refuses to build before running kustomize, naming the file and line, and never prints a credential', async () => {
    const error = await renderKustomize({ dir: `${FIXTURE}/overlay` }).then(() => undefined, (e: unknown) => e as Error & { code: string });
    expect(error?.code).toBe('CONFIG_INVALID');
    expect(error?.message).toContain(`--kustomize ${FIXTURE}/overlay: the kustomization refers to remote content`);
    expect(error?.message).toContain(`${FIXTURE}/base/kustomization.yaml:5: resources entry https://raw.githubusercontent.com/`);
    expect(error?.message).toContain('--kustomize-allow-remote');
    expect(error?.message).not.toContain('s3cr3t');
  });

  it('lets kustomize run when remote content is allowed (here it then needs the tool, which is not on PATH)', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '';
    try {
      await expect(renderKustomize({ dir: path.resolve(FIXTURE, 'overlay'), allowRemote: true, cwd: '/' }))
        .rejects.toThrow(/neither kustomize nor kubectl is installed/);
    } finally {
      process.env.PATH = saved;
    }
  });
});
