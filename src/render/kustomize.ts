import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigError } from '../errors.js';
import { Boundary, pathRefused } from '../fs/boundary.js';
import type { Diagnostic } from '../model/index.js';
import { inspectKustomization, KUSTOMIZATION_FILES, type RemoteReference } from './kustomize-remote.js';
import { toolEnvironment } from './tool-env.js';
import { explicitTool, lookupTool, missingToolReason, runTool } from './tool.js';

const ORIGIN = 'config.kubernetes.io/origin';

export interface KustomizeOptions {
  /** The kustomization directory; relative paths are taken from `cwd`. */
  dir: string;
  cwd?: string;
  /** Let kustomize fetch remote bases, components and files (git, http); off by default. */
  allowRemote?: boolean;
  /** `--kustomize-bin`: kustomize, or kubectl (then `kubectl kustomize` runs); PATH otherwise. */
  kustomizePath?: string;
  /** Where reads may go; the git work tree holding `cwd` (else `cwd`) when absent. */
  boundary?: Boundary;
}

/** The rendered objects that one input file of the kustomization produced. */
export interface KustomizedFile {
  /** The input file, relative to `cwd` with forward slashes (what a report shows). */
  path: string;
  absolutePath: string;
  /** The rendered objects, origin annotation removed, as YAML documents. */
  text: string;
  /** The input file's own text (read inside the boundary), to locate attributes in; empty when unreadable. */
  sourceText: string;
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
export async function renderKustomize(options: KustomizeOptions): Promise<{ files: KustomizedFile[]; diagnostics: Diagnostic[] }> {
  const cwd = options.cwd ?? process.cwd();
  const boundary = options.boundary ?? Boundary.of(cwd, [path.resolve(cwd, options.dir)]);
  const given = path.resolve(cwd, options.dir);
  const shown = options.dir.split(path.sep).join('/');
  const resolved = boundary.resolve(given);
  if ('refused' in resolved) return { files: [], diagnostics: [pathRefused(shown, `--kustomize ${shown}`, resolved.refused)] };
  const dir = 'real' in resolved ? resolved.real : given;
  if (!KUSTOMIZATION_FILES.some((name) => existsSync(path.join(dir, name)))) {
    throw new ConfigError(`--kustomize ${options.dir}: no kustomization.yaml in that directory`, { code: 'INPUT_MISSING' });
  }
  const references = inspectKustomization(dir, cwd, boundary);
  if (!options.allowRemote) refuseRemoteReferences(references.remote, options.dir);
  if (references.refused.length > 0) {
    const diagnostics = references.refused.map((r) => ({
      ...pathRefused(r.file, `--kustomize ${shown}: ${r.field} entry ${r.reference}`, `${r.reason}; the kustomization is not built`),
      range: { path: r.file, startLine: r.line, startColumn: 1, endLine: r.line, endColumn: 1 },
    }));
    return { files: [], diagnostics };
  }
  const command = kustomizeCommand(options, boundary);
  const work = mkdtempSync(path.join(os.tmpdir(), 'posture-kustomize-'));
  try {
    const overlay = path.join(work, 'overlay');
    const resource = path.relative(overlay, dir).split(path.sep).join('/');
    // The load restrictor stays at kustomize's default (LoadRestrictionsRootOnly): never relaxed.
    mkdirSync(overlay);
    writeFileSync(path.join(overlay, 'kustomization.yaml'), `resources:\n  - ${JSON.stringify(resource)}\nbuildMetadata: [originAnnotations]\n`);
    const denyNetwork = options.allowRemote !== true;
    const env = toolEnvironment({ home: path.join(work, 'home'), boundary, denyNetwork });
    const output = await runTool(command.file, [...command.args, overlay], { cwd, env, denyNetwork, purpose: `build kustomization ${options.dir}` });
    return { files: groupByOrigin(output, overlay, cwd, dir, boundary), diagnostics: [] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function refuseRemoteReferences(remote: RemoteReference[], written: string): void {
  if (remote.length === 0) return;
  const where = remote.map((r) => `${r.file}:${r.line}: ${r.field} entry ${r.reference}`);
  throw new ConfigError(
    `--kustomize ${written}: the kustomization refers to remote content, which kustomize would fetch over the network and a scan never does: ${where.join('; ')}. ` +
      'Vendor it into the repository and refer to the local copy, or pass --kustomize-allow-remote to let kustomize fetch it',
  );
}

/** `--kustomize-bin`, else kustomize on PATH, else kubectl on PATH: never one from the scanned tree. */
function kustomizeCommand(options: KustomizeOptions, boundary: Boundary): { file: string; args: string[] } {
  const subcommand = (file: string) => (/^kubectl/i.test(path.basename(file)) ? ['kustomize'] : ['build']);
  if (options.kustomizePath !== undefined) {
    const file = explicitTool(options.kustomizePath, '--kustomize-bin');
    return { file, args: subcommand(file) };
  }
  const kustomize = lookupTool('kustomize', boundary);
  if (kustomize.file) return { file: kustomize.file, args: ['build'] };
  const kubectl = lookupTool('kubectl', boundary);
  if (kubectl.file) return { file: kubectl.file, args: ['kustomize'] };
  const why = [kustomize, kubectl].some((l) => l.refused.length > 0)
    ? `${missingToolReason('kustomize', kustomize)}; ${missingToolReason('kubectl', kubectl)}`
    : 'neither kustomize nor kubectl is installed';
  throw new ConfigError(`--kustomize ${options.dir}: ${why}; put one on PATH or pass --kustomize-bin, or scan the output of \`kubectl kustomize\` instead`);
}

function groupByOrigin(output: string, overlay: string, cwd: string, dir: string, boundary: Boundary): KustomizedFile[] {
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
    // An object may carry a forged origin annotation: one outside the boundary counts as the kustomization's.
    const fromOrigin = origin ? path.resolve(overlay, origin) : undefined;
    const absolute = fromOrigin !== undefined && boundary.containsLexically(fromOrigin) ? fromOrigin : path.join(dir, 'kustomization.yaml');
    (byFile.get(absolute) ?? byFile.set(absolute, []).get(absolute)!).push(doc.toString({ lineWidth: 0 }));
  }
  return [...byFile].map(([absolutePath, docs]) => {
    const source = boundary.readText(absolutePath);
    return {
      path: path.relative(cwd, absolutePath).split(path.sep).join('/'),
      absolutePath,
      text: docs.map((d) => `---\n${d}`).join(''),
      // Read through the boundary; a file that vanished (or leads out) keeps its objects, without lines.
      sourceText: 'text' in source ? source.text : '',
    };
  });
}

/** `path: <file>` for objects read from a file; `configuredIn: <kustomization>` for generated ones. */
function originOf(annotation: unknown): string | undefined {
  if (typeof annotation !== 'string') return undefined;
  const match = /^(?:path|configuredIn):[^\S\n]*(\S.*)$/m.exec(annotation);
  return match ? match[1].trim() : undefined;
}
