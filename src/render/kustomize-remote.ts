import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Fields whose entries kustomize loads as kustomizations or files: any may be a git or http URL. */
const LIST_FIELDS = ['resources', 'bases', 'components', 'generators', 'transformers', 'validators', 'crds', 'configurations', 'patchesStrategicMerge'];
/** Fields whose entries are kustomization directories, so the scan follows them. */
const NESTED_FIELDS = new Set(['resources', 'bases', 'components', 'generators', 'transformers', 'validators']);
/** List fields whose items name a file under `path` (patches) or in `files`/`envs`/`env` (generators). */
const ITEM_FIELDS: Record<string, string[]> = {
  patches: ['path'],
  patchesJson6902: ['path'],
  configMapGenerator: ['files', 'envs', 'env'],
  secretGenerator: ['files', 'envs', 'env'],
};

export interface RemoteReference {
  /** The kustomization file, relative to `cwd`. */
  file: string;
  line: number;
  field: string;
  /** The reference as written, with any credentials in it masked. */
  reference: string;
}

/**
 * Every remote reference (git repository or http file) in the kustomization at `dir` and in
 * the local kustomizations it includes, with file and line: what `kustomize build` would fetch.
 */
export function findRemoteReferences(dir: string, cwd: string): RemoteReference[] {
  const found: RemoteReference[] = [];
  const visited = new Set<string>();
  const visit = (current: string): void => {
    const file = KUSTOMIZATION_FILES.map((name) => path.join(current, name)).find((candidate) => existsSync(candidate));
    if (!file || visited.has(file)) return;
    visited.add(file);
    const nested: string[] = [];
    for (const entry of entriesOf(file)) {
      if (isRemote(entry.value, current)) {
        found.push({ file: path.relative(cwd, file).split(path.sep).join('/'), line: entry.line, field: entry.field, reference: maskCredentials(entry.value) });
      } else if (NESTED_FIELDS.has(entry.field) && isDirectory(path.resolve(current, entry.value))) {
        nested.push(path.resolve(current, entry.value));
      }
    }
    // A file's own references first, then those of the kustomizations it includes.
    nested.forEach(visit);
  };
  visit(dir);
  return found;
}

interface Entry {
  field: string;
  value: string;
  line: number;
}

/** The string entries of the fields that name other files, with their lines. Never throws. */
function entriesOf(file: string): Entry[] {
  const lineCounter = new LineCounter();
  let root: unknown;
  try {
    root = parseDocument(readFileSync(file, 'utf8'), { lineCounter, uniqueKeys: false }).contents;
  } catch {
    return [];
  }
  if (!isMap(root)) return [];
  const out: Entry[] = [];
  const add = (field: string, node: unknown) => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    // A generator's `files` entry may be `key=path`.
    const value = field.endsWith('Generator') ? node.value.replace(/^[^=]*=(?!=)/, '') : node.value;
    out.push({ field, value, line: lineCounter.linePos((node as Node).range?.[0] ?? 0).line });
  };
  for (const field of LIST_FIELDS) {
    const list = root.get(field, true);
    if (isSeq(list)) for (const item of list.items) add(field, item);
  }
  for (const [field, keys] of Object.entries(ITEM_FIELDS)) {
    const list = root.get(field, true);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item)) continue;
      for (const key of keys) {
        const value = item.get(key, true);
        if (isSeq(value)) for (const v of value.items) add(field, v);
        else add(field, value);
      }
    }
  }
  const openapi = root.get('openapi', true);
  if (isMap(openapi)) add('openapi', openapi.get('path', true));
  return out;
}

/**
 * kustomize fetches what is not a local path and reads as a URL: a scheme (`https://`,
 * `ssh://`, `git::`), scp-style `git@host:org/repo`, or a first segment that is a host name
 * (`github.com/org/repo//dir?ref=v1`). A missing path that reads as a host counts as remote:
 * kustomize would either fetch it or fail, and the scan must not let it try.
 */
export function isRemote(entry: string, dir: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(entry)) return true;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(entry);
  if (scheme) return scheme[1].toLowerCase() !== 'file';
  if (existsSync(path.resolve(dir, entry))) return false;
  if (/^[\w.-]+@[\w.-]+:/.test(entry)) return true;
  return /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?\//.test(entry);
}

/** `https://user:token@host/…` → `https://***@host/…`: a report never shows a secret. */
export function maskCredentials(reference: string): string {
  return reference.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@\s]+@/, '$1***@');
}

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
