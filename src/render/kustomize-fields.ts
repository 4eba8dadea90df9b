/**
 * Every place a kustomization names another file, directory or URL, read from the parsed value
 * (aliases resolved, `<<` merge keys followed), never from the text: `resources: [*r]` names
 * what `r` anchors. Kept in step with kustomize's Kustomization type (api/types/kustomization.go).
 */

/** Lists of paths or URLs; the `nested` ones may name kustomization directories. */
const STRING_LISTS: Record<string, { nested: boolean }> = {
  resources: { nested: true },
  bases: { nested: true },
  components: { nested: true },
  generators: { nested: true },
  transformers: { nested: true },
  validators: { nested: true },
  crds: { nested: false },
  configurations: { nested: false },
  patchesStrategicMerge: { nested: false },
};
/** Lists of objects, and the keys of each that name a file (or a chart repository URL). */
const OBJECT_LISTS: Record<string, string[]> = {
  patches: ['path'],
  patchesJson6902: ['path'],
  replacements: ['path'],
  configMapGenerator: ['files', 'envs', 'env'],
  secretGenerator: ['files', 'envs', 'env'],
  helmCharts: ['repo', 'valuesFile', 'additionalValuesFiles'],
  helmChartInflationGenerator: ['chartRepoUrl', 'chartHome', 'values'],
};
/** Objects, and the keys that name a file or directory. */
const OBJECTS: Record<string, string[]> = {
  openapi: ['path'],
  helmGlobals: ['chartHome', 'configHome'],
};

export interface FieldEntry {
  /** Where it was found: `resources`, `patches[].path`, … */
  field: string;
  value: string;
  /** The string as written (a generator's `key=path`), to find its line by. */
  raw: string;
  /** A kustomization directory kustomize would load (and whose own entries count too). */
  nested: boolean;
}

const MAX_MERGE_DEPTH = 8;

/** A key of a mapping, or of what its `<<` merge key brings in (as go-yaml v3 merges it). */
export function fieldOf(value: unknown, key: string, depth = 0): unknown {
  if (!isRecord(value) || depth > MAX_MERGE_DEPTH) return undefined;
  if (Object.hasOwn(value, key)) return value[key];
  const merged = value['<<'];
  for (const source of Array.isArray(merged) ? merged : [merged]) {
    const found = fieldOf(source, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function fieldEntries(kustomization: unknown): FieldEntry[] {
  const out: FieldEntry[] = [];
  const add = (field: string, value: unknown, nested: boolean): void => {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string' || item.includes('\n')) continue; // an inline patch or config, not a path
      // A generator's `files` entry may be `key=path`.
      const path = field.includes('Generator') ? item.replace(/^[^=]*=(?!=)/, '') : item;
      out.push({ field, value: path, raw: item, nested });
    }
  };
  for (const [field, { nested }] of Object.entries(STRING_LISTS)) add(field, fieldOf(kustomization, field), nested);
  for (const [field, keys] of Object.entries(OBJECT_LISTS)) {
    const list = fieldOf(kustomization, field);
    for (const item of Array.isArray(list) ? list : []) for (const key of keys) add(`${field}[].${key}`, fieldOf(item, key), false);
  }
  for (const [field, keys] of Object.entries(OBJECTS)) {
    for (const key of keys) add(`${field}.${key}`, fieldOf(fieldOf(kustomization, field), key), false);
  }
  return out;
}

/** Every string anywhere in the kustomization with its key path, bounded: the net under the named fields. */
export function stringLeaves(value: unknown, limit = 10_000): { field: string; value: string }[] {
  const out: { field: string; value: string }[] = [];
  const walk = (node: unknown, at: string, depth: number): void => {
    if (out.length >= limit || depth > 64) return;
    if (typeof node === 'string') out.push({ field: at, value: node });
    else if (Array.isArray(node)) node.forEach((item) => walk(item, `${at}[]`, depth + 1));
    else if (isRecord(node)) for (const [key, item] of Object.entries(node)) walk(item, at === '' ? key : `${at}.${key}`, depth + 1);
  };
  walk(value, '', 0);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
