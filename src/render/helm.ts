import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { mapTemplateLines } from './line-map.js';
import { findTool, runTool } from './tool.js';
import type { RenderedFile } from './types.js';

export interface HelmOptions {
  /** The chart directory (holding Chart.yaml); relative paths are taken from `cwd`. */
  chartDir: string;
  /** `--values` files, in order (later ones win); local paths only. */
  valuesFiles?: string[];
  /** `--set key=value` entries, in order. */
  set?: string[];
  /** Release name; Helm's own default (`release-name`) when absent. */
  releaseName?: string;
  namespace?: string;
  /** Directory relative paths are resolved from, and where `.tools/bin/helm` is looked for. */
  cwd?: string;
  /** The helm binary; found on PATH or in `.tools/bin` when absent. */
  helmPath?: string;
}

/**
 * Renders a local chart with `helm template` and returns one file per chart template, each
 * mapped back to its template through Helm's `# Source:` comments. Offline and side-effect
 * free: no `dependency update`, no repositories (Helm's config and cache are an empty temporary
 * directory), values files must be local, and test hooks are left out (`--skip-tests`: they
 * only run on `helm test`). Other hooks are kept: they are objects the release creates.
 */
export async function renderHelm(options: HelmOptions): Promise<{ files: RenderedFile[] }> {
  const cwd = options.cwd ?? process.cwd();
  const chartDir = path.resolve(cwd, options.chartDir);
  if (!existsSync(path.join(chartDir, 'Chart.yaml'))) {
    throw new ConfigError(`--helm ${options.chartDir}: not a chart directory (no Chart.yaml)`, { code: 'INPUT_MISSING' });
  }
  const valuesFiles = (options.valuesFiles ?? []).map((file) => localValuesFile(file, cwd));
  const helm = options.helmPath ?? findTool('helm', cwd);
  if (!helm) {
    throw new ConfigError(`--helm ${options.chartDir}: helm is not installed; put helm v3 on PATH (scripts/install-helm.sh installs it into .tools/bin), or scan the output of \`helm template\` instead`);
  }
  const args = ['template', ...(options.releaseName ? [options.releaseName] : []), chartDir, '--skip-tests'];
  if (options.namespace) args.push('--namespace', options.namespace);
  for (const file of valuesFiles) args.push('--values', file);
  for (const entry of options.set ?? []) args.push('--set', entry);
  const home = mkdtempSync(path.join(os.tmpdir(), 'posture-helm-'));
  try {
    const env = { ...process.env, HELM_CONFIG_HOME: home, HELM_CACHE_HOME: home, HELM_DATA_HOME: home };
    const output = await runTool(helm, args, { cwd, env, purpose: `render chart ${options.chartDir}` });
    return { files: splitBySource(output, options.chartDir, chartDir) };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Helm fetches a values "file" given as a URL: refuse, the scan stays offline. */
function localValuesFile(file: string, cwd: string): string {
  const resolved = path.resolve(cwd, file);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file) || !existsSync(resolved) || !statSync(resolved).isFile()) {
    throw new ConfigError(`--values ${file}: not a local file`, { code: 'INPUT_MISSING' });
  }
  return resolved;
}

/**
 * Groups the rendered documents by their `# Source: <chart>/<template path>` comment. The
 * chart name is Helm's first segment; what follows is the template's path inside the chart
 * (`templates/deployment.yaml`, or `charts/db/templates/sts.yaml` for a subchart).
 */
export function splitBySource(output: string, chartDirAsGiven: string, chartDir: string): RenderedFile[] {
  const byTemplate = new Map<string, string[]>();
  for (const document of output.split(/^---[ \t]*$/m)) {
    const match = /^# Source: ([^\n]+)$/m.exec(document);
    if (!match || document.trim() === match[0]) continue;
    const sourceTemplate = match[1].trim().split('/').slice(1).join('/');
    const text = document.replace(/^\n/, '');
    (byTemplate.get(sourceTemplate) ?? byTemplate.set(sourceTemplate, []).get(sourceTemplate)!).push(text);
  }
  return [...byTemplate].map(([sourceTemplate, documents]) => {
    const text = documents.map((d) => `---\n${d}`).join('');
    const templateFile = path.join(chartDir, sourceTemplate);
    return {
      path: path.posix.join(chartDirAsGiven.split(path.sep).join('/'), sourceTemplate),
      text,
      sourceTemplate,
      lineMap: existsSync(templateFile) ? mapTemplateLines(templateFile, text) : [],
    };
  });
}
