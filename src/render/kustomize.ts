import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigError } from '../errors.js';
import { findRemoteReferences, KUSTOMIZATION_FILES } from './kustomize-remote.js';
import { findTool, runTool } from './tool.js';

const ORIGIN = 'config.kubernetes.io/origin';

export interface KustomizeOptions {
  /** The kustomization directory; relative paths are taken from `cwd`. */
  dir: string;
  cwd?: string;
  /** Let kustomize fetch remote bases, components and files (git, http); off by default. */
  allowRemote?: boolean;
}

/** The rendered objects that one input file of the kustomization produced. */
export interface KustomizedFile {
  /** The input file, relative to `cwd` with forward slashes (what a report shows). */
  path: string;
  absolutePath: string;
  /** The rendered objects, origin annotation removed, as YAML documents. */
  text: string;
}

/**
 * Builds a kustomization with `kustomize build` or `kubectl kustomize` and groups the output by
 * the input file each object came from. The directory is built through a temporary overlay that
 * adds `buildMetadata: [originAnnotations]`, so the user's files are never modified; the
 * annotation is removed again, so rules never see it. Objects made by a generator point at the
 * kustomization that configures it. A scan never touches the network, so a kustomization
 * tree that refers to a remote base, component or file is refused before kustomize runs,
 * unless `allowRemote` says kustomize may fetch it.
 */
export async function renderKustomize(options: KustomizeOptions): Promise<{ files: KustomizedFile[] }> {
  const cwd = options.cwd ?? process.cwd();
  const dir = path.resolve(cwd, options.dir);
  if (!KUSTOMIZATION_FILES.some((name) => existsSync(path.join(dir, name)))) {
    throw new ConfigError(`--kustomize ${options.dir}: no kustomization.yaml in that directory`, { code: 'INPUT_MISSING' });
  }
  if (!options.allowRemote) refuseRemoteReferences(dir, cwd, options.dir);
  const command = kustomizeCommand(cwd, options.dir);
  const overlay = mkdtempSync(path.join(os.tmpdir(), 'posture-kustomize-'));
  try {
    const resource = path.relative(overlay, dir).split(path.sep).join('/');
    writeFileSync(path.join(overlay, 'kustomization.yaml'), `resources:\n  - ${JSON.stringify(resource)}\nbuildMetadata: [originAnnotations]\n`);
    const output = await runTool(command.file, [...command.args, overlay], { cwd, purpose: `build kustomization ${options.dir}` });
    return { files: groupByOrigin(output, overlay, cwd, dir) };
  } finally {
    rmSync(overlay, { recursive: true, force: true });
  }
}

function refuseRemoteReferences(dir: string, cwd: string, written: string): void {
  const remote = findRemoteReferences(dir, cwd);
  if (remote.length === 0) return;
  const where = remote.map((r) => `${r.file}:${r.line}: ${r.field} entry ${r.reference}`);
  throw new ConfigError(
    `--kustomize ${written}: the kustomization refers to remote content, which kustomize would fetch over the network and a scan never does: ${where.join('; ')}. ` +
      'Vendor it into the repository and refer to the local copy, or pass --kustomize-allow-remote to let kustomize fetch it',
  );
}

function kustomizeCommand(cwd: string, dir: string): { file: string; args: string[] } {
  const kustomize = findTool('kustomize', cwd);
  if (kustomize) return { file: kustomize, args: ['build'] };
  const kubectl = findTool('kubectl', cwd);
  if (kubectl) return { file: kubectl, args: ['kustomize'] };
  throw new ConfigError(`--kustomize ${dir}: neither kustomize nor kubectl is installed; put one on PATH, or scan the output of \`kubectl kustomize\` instead`);
}

function groupByOrigin(output: string, overlay: string, cwd: string, dir: string): KustomizedFile[] {
  const byFile = new Map<string, string[]>();
  const docs = parseAllDocuments(output, { version: '1.1' });
  // Nothing rendered (an empty kustomization) comes back as an EmptyStream, not an array.
  if (!Array.isArray(docs)) return [];
  for (const doc of docs) {
    if (doc.contents === null) continue;
    const origin = originOf(doc.getIn(['metadata', 'annotations', ORIGIN]));
    doc.deleteIn(['metadata', 'annotations', ORIGIN]);
    const annotations = doc.getIn(['metadata', 'annotations']) as { items?: unknown[] } | undefined;
    if (annotations?.items?.length === 0) doc.deleteIn(['metadata', 'annotations']);
    const absolute = origin ? path.resolve(overlay, origin) : path.join(dir, 'kustomization.yaml');
    (byFile.get(absolute) ?? byFile.set(absolute, []).get(absolute)!).push(doc.toString({ lineWidth: 0 }));
  }
  return [...byFile].map(([absolutePath, docs]) => ({
    path: path.relative(cwd, absolutePath).split(path.sep).join('/'),
    absolutePath,
    text: docs.map((d) => `---\n${d}`).join(''),
  }));
}

/** `path: <file>` for objects read from a file; `configuredIn: <kustomization>` for generated ones. */
function originOf(annotation: unknown): string | undefined {
  if (typeof annotation !== 'string') return undefined;
  const match = /^(?:path|configuredIn):[^\S\n]*(\S.*)$/m.exec(annotation);
  return match ? match[1].trim() : undefined;
}
