import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { Boundary, isWithin, pathRefused } from '../fs/boundary.js';
import type { Diagnostic } from '../model/index.js';
import { copyChart } from './chart-copy.js';
import { mapTemplateLines } from './line-map.js';
import { toolEnvironment } from './tool-env.js';
import { explicitTool, lookupTool, missingToolReason, runTool } from './tool.js';
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
  /** Directory relative paths are resolved from. */
  cwd?: string;
  /** The helm binary (`--helm-bin`); found on PATH, outside the scanned tree, when absent. */
  helmPath?: string;
  /** Where reads may go; the git work tree holding `cwd` (else `cwd`) when absent. */
  boundary?: Boundary;
}

export interface HelmRendering {
  files: RenderedFile[];
  /** Links left out of the chart or values refused (PATH_REFUSED), a chart too big (LIMIT_EXCEEDED). */
  diagnostics: Diagnostic[];
}

/**
 * Renders a local chart with `helm template` and returns one file per chart template, each
 * mapped back to its template through Helm's `# Source:` comments. Offline and side-effect
 * free: no `dependency update`, no repositories (Helm's config and cache are an empty temporary
 * directory), values files must be local, and test hooks are left out (`--skip-tests`: they
 * only run on `helm test`). Other hooks are kept: they are objects the release creates.
 * Helm renders a copy of the chart holding no link out of the repository (see copyChart), in
 * an environment holding none of ours (see toolEnvironment).
 */
export async function renderHelm(options: HelmOptions): Promise<HelmRendering> {
  const cwd = options.cwd ?? process.cwd();
  const boundary = options.boundary ?? Boundary.of(cwd, [path.resolve(cwd, options.chartDir)]);
  const shown = trimTrailingSlashes(options.chartDir.split(path.sep).join('/'));
  const chart = boundary.resolve(path.resolve(cwd, options.chartDir));
  if ('refused' in chart) return { files: [], diagnostics: [pathRefused(shown, `--helm ${shown}`, chart.refused)] };
  if ('missing' in chart || !existsSync(path.join(chart.real, 'Chart.yaml'))) {
    throw new ConfigError(`--helm ${options.chartDir}: not a chart directory (no Chart.yaml)`, { code: 'INPUT_MISSING' });
  }
  const diagnostics: Diagnostic[] = [];
  const valuesFiles = (options.valuesFiles ?? []).map((file) => localValuesFile(file, cwd, boundary, diagnostics)).filter((f): f is string => f !== undefined);
  const helm = helmBinary(options, boundary);
  const work = mkdtempSync(path.join(os.tmpdir(), 'posture-helm-'));
  try {
    const copy = path.join(work, 'chart');
    const copied = copyChart(boundary, chart.real, shown, copy);
    diagnostics.push(...copied.diagnostics);
    if (!copied.complete) return { files: [], diagnostics };
    const args = ['template', ...(options.releaseName ? [options.releaseName] : []), copy, '--skip-tests'];
    if (options.namespace) args.push('--namespace', options.namespace);
    for (const file of valuesFiles) args.push('--values', file);
    for (const entry of options.set ?? []) args.push('--set', entry);
    const home = path.join(work, 'home');
    const env = { ...toolEnvironment({ home, boundary, denyNetwork: true }), HELM_CONFIG_HOME: home, HELM_CACHE_HOME: home, HELM_DATA_HOME: home, HELM_PLUGINS: home };
    const output = await runTool(helm, args, { cwd, env, denyNetwork: true, purpose: `render chart ${options.chartDir}` });
    return { files: splitBySource(output, options.chartDir, copy), diagnostics };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function helmBinary(options: HelmOptions, boundary: Boundary): string {
  if (options.helmPath !== undefined) return explicitTool(options.helmPath, '--helm-bin');
  const lookup = lookupTool('helm', boundary);
  if (lookup.file !== undefined) return lookup.file;
  throw new ConfigError(
    `--helm ${options.chartDir}: ${missingToolReason('helm', lookup)}; put helm v3 on PATH or pass --helm-bin (scripts/install-helm.sh installs it into .tools/bin), or scan the output of \`helm template\` instead`,
  );
}

/**
 * Helm fetches a values "file" given as a URL: refuse, the scan stays offline. A values file
 * in the repository that is a link out of it is left out (PATH_REFUSED): helm would read it,
 * and its errors quote what it read. One named outside the repository is the user's choice.
 */
function localValuesFile(file: string, cwd: string, boundary: Boundary, diagnostics: Diagnostic[]): string | undefined {
  const resolved = path.resolve(cwd, file);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file) || !existsSync(resolved) || !statSync(resolved).isFile()) {
    throw new ConfigError(`--values ${file}: not a local file`, { code: 'INPUT_MISSING' });
  }
  if (!boundary.containsLexically(resolved)) return resolved;
  const inside = boundary.resolve(resolved);
  if ('real' in inside) return inside.real;
  if ('refused' in inside) diagnostics.push(pathRefused(path.relative(cwd, resolved).split(path.sep).join('/'), `--values ${file}`, inside.refused));
  return undefined;
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
    // A rendered value can forge a `# Source:` line: only a template inside the chart copy is read.
    const templateFile = path.join(chartDir, sourceTemplate);
    const readable = isWithin(chartDir, templateFile) && existsSync(templateFile);
    return {
      path: path.posix.join(chartDirAsGiven.split(path.sep).join('/'), sourceTemplate),
      text,
      sourceTemplate,
      lineMap: readable ? mapTemplateLines(templateFile, text) : [],
    };
  });
}

/** `charts/web//` → `charts/web` (a loop: a `/\/+$/` regex is quadratic on a long run of slashes). */
function trimTrailingSlashes(dir: string): string {
  let end = dir.length;
  while (end > 1 && dir[end - 1] === '/') end--;
  return dir.slice(0, end);
}
