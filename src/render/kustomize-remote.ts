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
  const walk = new KustomizationWalk(cwd, boundary);
  walk.visit(dir);
  return walk.found;
}

interface Place {
  file: string;
  line: number;
  field: string;
}

class KustomizationWalk {
  readonly found: KustomizationReferences = { remote: [], refused: [] };
  private readonly visited = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly boundary: Boundary,
  ) {}

  /** One kustomization directory: its file's own references first, then those of the kustomizations it includes. */
  visit(current: string, from?: Place): void {
    const file = KUSTOMIZATION_FILES.map((name) => path.join(current, name)).find(exists);
    if (!file || this.visited.has(file)) return;
    const here = { file: this.shown(file), line: 1, field: 'kustomization' };
    // Unchecked is unsafe: past the limit, or unparsable (kustomize's parser may read what this one could not), refuse.
    if (this.visited.size >= MAX_KUSTOMIZATIONS) return this.refuse(from ?? here, here.file, `is past ${MAX_KUSTOMIZATIONS} kustomizations, so it is not checked`);
    this.visited.add(file);
    const read = this.boundary.readText(file, MAX_KUSTOMIZATION_BYTES);
    if ('refused' in read) return this.refuse(from ?? here, here.file, read.refused);
    if (!('text' in read)) return this.refuse(here, here.file, `cannot be read to check what it refers to (${read.error})`);
    const parsed = parseKustomization(read.text);
    if (parsed.value === undefined) return this.refuse(here, here.file, 'cannot be parsed, so what it refers to cannot be checked');
    const nested = this.checkNamedFields(current, here.file, parsed);
    this.checkOtherStrings(current, here.file, parsed, new Set(fieldEntries(parsed.value).map((e) => e.raw)));
    for (const next of nested) this.visit(next.dir, next.from);
  }

  /** The fields kustomize reads paths and URLs from: remote ones, and local ones whose real path leaves the boundary. */
  private checkNamedFields(current: string, file: string, parsed: ParsedKustomization): { dir: string; from: Place }[] {
    const nested: { dir: string; from: Place }[] = [];
    for (const entry of fieldEntries(parsed.value)) {
      const where = { file, line: parsed.lineOf(entry.raw), field: entry.field };
      if (isRemote(entry.value)) {
        this.found.remote.push({ ...where, reference: maskCredentials(entry.value) });
        continue;
      }
      const target = path.resolve(current, entry.value.replace(/^file:\/\//i, ''));
      if (!exists(target)) continue;
      const resolved = this.boundary.resolve(target);
      if ('refused' in resolved) this.refuse(where, entry.value, resolved.refused);
      else if (entry.nested && 'real' in resolved && isDirectory(resolved.real)) nested.push({ dir: target, from: where });
    }
    return nested;
  }

  /** The net under the named fields: any other string that reads as a relative path and leads out. */
  private checkOtherStrings(current: string, file: string, parsed: ParsedKustomization, named: Set<string>): void {
    for (const leaf of stringLeaves(parsed.value)) {
      if (named.has(leaf.value) || !looksLikeRelativePath(leaf.value)) continue;
      const target = path.resolve(current, leaf.value);
      const resolved = exists(target) ? this.boundary.resolve(target) : undefined;
      if (resolved && 'refused' in resolved) this.refuse({ file, line: parsed.lineOf(leaf.value), field: leaf.field }, leaf.value, resolved.refused);
    }
  }

  private refuse(where: Place, reference: string, reason: string): void {
    this.found.refused.push({ ...where, reference, reason });
  }

  private shown(file: string): string {
    return path.relative(this.cwd, file).split(path.sep).join('/');
  }
}

interface ParsedKustomization {
  value: unknown;
  lineOf: (value: string) => number;
}

/**
 * The kustomization as a plain value, aliases resolved (bounded, as kustomize's go-yaml does),
 * and the first line each string appears on. An unparsable file has no entries: kustomize
 * rejects it too.
 */
function parseKustomization(text: string): ParsedKustomization {
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
