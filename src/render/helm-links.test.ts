import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HELM_BIN, helmInstalled } from '../testing/tools.js';
import { renderHelm } from './helm.js';

// Helm follows links when it loads a chart: a chart in the repository must not pull a file
// from outside it into the rendered output (issue 14, critical). Real links, real helm.
const withHelm = helmInstalled() ? it : it.skip;
const SECRET = 'ghs_fake_helm_secret_42';
const work = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'posture-helm-links-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const outside = path.join(work, 'outside');
mkdirSync(outside);
writeFileSync(path.join(outside, 'secret.txt'), `TOKEN=${SECRET}\n`);
writeFileSync(path.join(outside, 'values.yaml'), `leak: ${SECRET}\n`);
writeFileSync(path.join(outside, 'leak.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\ndata:\n  token: ${SECRET}\n`);

let count = 0;
function repo(links: Record<string, string>, extra: Record<string, string> = {}): string {
  const root = path.join(work, `repo-${count++}`);
  const files: Record<string, string> = {
    '.git/HEAD': 'ref: refs/heads/main\n',
    'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'chart/templates/cm.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  file: {{ .Files.Get "secret.txt" | quote }}\n  value: {{ .Values.leak | default "none" | quote }}\n',
    ...extra,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  for (const [file, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    symlinkSync(target, path.join(root, file));
  }
  return root;
}

const render = async (root: string, chartDir = 'chart', valuesFiles?: string[]) => {
  const result = await renderHelm({ chartDir, cwd: root, helmPath: HELM_BIN, valuesFiles });
  return { ...result, text: result.files.map((f) => f.text).join(''), refused: result.diagnostics.filter((d) => d.code === 'PATH_REFUSED').map((d) => d.range.path) };
};

describe('renderHelm keeps to the repository boundary', () => {
  withHelm('.Files.Get of a link out, a linked template and a linked values.yaml render without the target, each a PATH_REFUSED naming the link', async () => {
    const root = repo({
      'chart/secret.txt': path.join(outside, 'secret.txt'),
      'chart/templates/leak.yaml': path.join(outside, 'leak.yaml'),
      'chart/values.yaml': path.join(outside, 'values.yaml'),
    });
    const { text, refused, files } = await render(root);
    expect(text).not.toContain(SECRET);
    expect(files.map((f) => f.path)).toEqual(['chart/templates/cm.yaml']);
    expect(text).toContain('value: "none"');
    expect(refused).toEqual(['chart/secret.txt', 'chart/templates/leak.yaml', 'chart/values.yaml']);
  });

  withHelm('a --values file that links out is left out, and a chart directory that links out is not rendered', async () => {
    const root = repo({ 'prod-values.yaml': path.join(outside, 'values.yaml'), linked: path.join(root0(), 'chart') });
    const values = await render(root, 'chart', [path.join(root, 'prod-values.yaml')]);
    expect(values.text).not.toContain(SECRET);
    expect(values.refused).toEqual(['prod-values.yaml']);
    const linked = await render(root, 'linked');
    expect(linked.files).toEqual([]);
    expect(linked.refused).toEqual(['linked']);
  });

  withHelm('links that stay inside the repository are followed (copied as their targets)', async () => {
    const root = repo({ 'chart/templates/shared.yaml': '../../shared/pod.yaml' }, { 'shared/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: shared\n' });
    const { files, diagnostics } = await render(root);
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.path).sort()).toEqual(['chart/templates/cm.yaml', 'chart/templates/shared.yaml']);
  });
});

/** Another repository: a chart there is outside the one being scanned. */
function root0(): string {
  const other = path.join(work, 'other');
  mkdirSync(path.join(other, 'chart', 'templates'), { recursive: true });
  writeFileSync(path.join(other, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: other\nversion: 0.1.0\n');
  writeFileSync(path.join(other, 'chart', 'templates', 'leak.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  t: ${SECRET}\n`);
  return other;
}
