import { lstatSync } from 'node:fs';
import path from 'node:path';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { Boundary } from '../fs/boundary.js';
import { fieldEntries, stringLeaves } from './kustomize-fields.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** A kustomization file larger than this is not parsed (and the build is refused). */
const MAX_KUSTOMIZATION_BYTES = 1024 * 1024;
/** Kustomizations followed in one tree, at most. */
const MAX_KUSTOMIZATIONS = 1000;

export interface RemoteReference {
  /** The kustomization file, relative to `cwd`. */
  file: string;
  line: number;
  field: string;
  /** The reference as written, with any credentials in it masked. */
  reference: string;
}

/** A path kustomize would read whose real path lies outside the repository boundary. */
export interface RefusedReference extends RemoteReference {
  reason: string;
}

export interface KustomizationReferences {
  remote: RemoteReference[];
  refused: RefusedReference[];
}

/**
 * Every remote reference (git repository or http file) in the kustomization at `dir` and in
 * the local kustomizations it includes, with file and line: what `kustomize build` would fetch.
 */
export function findRemoteReferences(dir: string, cwd: string): RemoteReference[] {
  return inspectKustomization(dir, cwd, Boundary.of(cwd, [dir])).remote;
}

/**
 * Walks a kustomization tree as kustomize would load it and returns what must not be loaded:
 * remote references (kustomize would fetch them), and local paths (kustomization files,
 * directories, files, through links or `..`) whose real path is outside the boundary. The
 * named path fields are checked for both; every other string of the file is checked too, as
 * a path, so a field this list misses still cannot read outside the repository.
 */
export function inspectKustomization(dir: string, cwd: string, boundary: Boundary): KustomizationReferences {
  const found: KustomizationReferences = { remote: [], refused: [] };
  const visited = new Set<string>();
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
  const visit = (current: string, from?: { file: string; line: number; field: string }): void => {
    const file = KUSTOMIZATION_FILES.map((name) => path.join(current, name)).find(exists);
    if (!file || visited.has(file) || visited.size >= MAX_KUSTOMIZATIONS) return;
    visited.add(file);
    const read = boundary.readText(file, MAX_KUSTOMIZATION_BYTES);
    if ('refused' in read) {
      const where = from ?? { file: shown(file), line: 1, field: 'kustomization' };
      found.refused.push({ ...where, reference: shown(file), reason: read.refused });
      return;
    }
    if (!('text' in read)) return;
    const parsed = parseKustomization(read.text);
    if (parsed.value === undefined) {
      // Unchecked is unsafe: kustomize's parser may read what this one could not.
      found.refused.push({ file: shown(file), line: 1, field: 'kustomization', reference: shown(file), reason: 'cannot be parsed, so what it refers to cannot be checked' });
      return;
    }
    const nested: { dir: string; line: number; field: string }[] = [];
    const seen = new Set<string>();
    for (const entry of fieldEntries(parsed.value)) {
      seen.add(entry.raw);
      const where = { file: shown(file), line: parsed.lineOf(entry.raw), field: entry.field };
      if (isRemote(entry.value, current)) {
        found.remote.push({ ...where, reference: maskCredentials(entry.value) });
        continue;
      }
      const target = path.resolve(current, entry.value.replace(/^file:\/\//i, ''));
      if (!exists(target)) continue;
      const resolved = boundary.resolve(target);
      if ('refused' in resolved) found.refused.push({ ...where, reference: entry.value, reason: resolved.refused });
      else if (entry.nested && 'real' in resolved && isDirectory(resolved.real)) nested.push({ dir: target, line: where.line, field: entry.field });
    }
    for (const leaf of stringLeaves(parsed.value)) {
      if (seen.has(leaf.value) || !looksLikeRelativePath(leaf.value)) continue;
      const target = path.resolve(current, leaf.value);
      const resolved = exists(target) ? boundary.resolve(target) : undefined;
      if (resolved && 'refused' in resolved) {
        found.refused.push({ file: shown(file), line: parsed.lineOf(leaf.value), field: leaf.field, reference: leaf.value, reason: resolved.refused });
      }
    }
    // A file's own references first, then those of the kustomizations it includes.
    for (const next of nested) visit(next.dir, { file: shown(file), line: next.line, field: next.field });
  };
  visit(dir);
  return found;
}

/**
 * The kustomization as a plain value, aliases resolved (bounded, as kustomize's go-yaml does),
 * and the first line each string appears on. An unparsable file has no entries: kustomize
 * rejects it too.
 */
function parseKustomization(text: string): { value: unknown; lineOf: (value: string) => number } {
  const lineCounter = new LineCounter();
  const lines = new Map<string, number>();
  try {
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false, version: '1.2' });
    visit(doc, {
      Scalar(_key, node) {
        if (isScalar(node) && typeof node.value === 'string' && !lines.has(node.value)) lines.set(node.value, lineCounter.linePos(node.range?.[0] ?? 0).line);
      },
    });
    const value: unknown = doc.errors.length > 0 ? undefined : (doc.toJS({ maxAliasCount: 1000 }) ?? {});
    return { value, lineOf: (v) => lines.get(v) ?? 1 };
  } catch {
    return { value: undefined, lineOf: () => 1 };
  }
}

/**
 * kustomize fetches what reads as a URL, before it looks on disk: a scheme (`https://`,
 * `ssh://`, `git::`), scp-style `git@host:org/repo`, or a first segment that is a host name
 * (`github.com/org/repo//dir?ref=v1`). So a local directory named `github.com/…` is remote
 * too: kustomize would clone rather than read it. `./github.com/…` is local.
 */
export function isRemote(entry: string, _dir?: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(entry)) return true;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(entry);
  if (scheme) return scheme[1].toLowerCase() !== 'file';
  if (/^[\w.-]+@[\w.-]+:/.test(entry)) return true;
  return /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?\//.test(entry);
}

/** `https://user:token@host/…` → `https://***@host/…`: a report never shows a secret. */
export function maskCredentials(reference: string): string {
  return reference.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@\s]+@/, '$1***@');
}

/**
 * A string outside the named fields is checked as a path when it reads like a relative one
 * (`../x`, `dir/file.yaml`, `link.yaml`). Absolute values (an annotation `/var/log/…`) are left
 * to kustomize's load restrictor, which refuses files outside the kustomization root.
 */
function looksLikeRelativePath(value: string): boolean {
  return value.length <= 4096 && !value.includes('\n') && !path.isAbsolute(value) && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value);
}

/** True for a file, directory or link (even a dangling one) at `candidate`. */
function exists(candidate: string): boolean {
  try {
    lstatSync(candidate);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(real: string): boolean {
  try {
    return lstatSync(real).isDirectory();
  } catch {
    return false;
  }
}
