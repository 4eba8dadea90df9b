import type { Diagnostic } from '../../model/diagnostic.js';
import { fileStart } from '../../model/index.js';
import type { ParsedDocument } from '../../model/document.js';
import type { Resource } from '../../model/resource.js';
import type { AttributePath } from '../../model/source.js';
import type { KubeDocument } from '../../parsers/kubernetes/index.js';
import { canonicalType, resourceId } from './identity.js';
import { LazyProvenance } from '../lazy-provenance.js';

/** All manifests of a scan are evaluated together (namespaces with their network policies). */
const SCOPE = 'kubernetes';

interface Result {
  resources: Resource[];
  diagnostics: Diagnostic[];
}

/**
 * Kubernetes manifests → resources. The manifest is the model: attributes and raw are the object
 * itself. `kind: List` and any `*List` with `items` are expanded into their items.
 */
export function normalizeKubernetes(doc: ParsedDocument): Result {
  const out: Result = { resources: [], diagnostics: [] };
  const documents = Array.isArray(doc.value) ? (doc.value as KubeDocument[]) : [];
  for (const { index, manifest } of documents) {
    if (isList(manifest)) {
      (manifest.items as unknown[]).forEach((item, i) => guarded(doc, item, [index, 'items', i], out));
    } else {
      guarded(doc, manifest, [index], out);
    }
  }
  return out;
}

/** An object that cannot be read is its own NORMALIZE_FAILED diagnostic, never its neighbours'. */
function guarded(doc: ParsedDocument, object: unknown, base: AttributePath, out: Result): void {
  try {
    addObject(doc, object, base, out);
  } catch (error) {
    out.diagnostics.push({
      code: 'NORMALIZE_FAILED',
      level: 'error',
      message: `${where(base)} could not be read (${error instanceof Error ? error.message : String(error)}); its checks were not evaluated`,
      range: doc.locate(base) ?? fileStart(doc.file.path),
    });
  }
}

function where(base: AttributePath): string {
  return `document ${Number(base[0]) + 1}${base.length > 1 ? ` item ${String(base[2])}` : ''}`;
}

function isList(manifest: Record<string, unknown>): boolean {
  return typeof manifest.kind === 'string' && manifest.kind.endsWith('List') && Array.isArray(manifest.items);
}

function addObject(doc: ParsedDocument, object: unknown, base: AttributePath, out: Result): void {
  const manifest = isRecord(object) ? object : undefined;
  const { apiVersion, kind } = manifest ?? {};
  if (!manifest || typeof apiVersion !== 'string' || typeof kind !== 'string' || !apiVersion || !kind) {
    out.diagnostics.push({
      code: 'PARSE_UNSUPPORTED',
      level: 'warning',
      message: `${where(base)} has no apiVersion and kind, so it is not a Kubernetes object; skipped`,
      range: doc.locate(base) ?? fileStart(doc.file.path),
    });
    return;
  }
  out.resources.push({
    id: resourceId(apiVersion, kind, manifest.metadata, `unnamed-${base.filter((s) => typeof s === 'number').join('-')}`),
    type: canonicalType(apiVersion, kind),
    source: { format: 'kubernetes', path: doc.file.path, nativeType: `${apiVersion}/${kind}` },
    attributes: manifest,
    raw: manifest,
    // The manifest is the model: any path in it is located where it is written, when asked for;
    // the resource itself points at its `kind` line.
    provenance: new LazyProvenance().defer(manifest, (path) =>
      path.length === 0 ? (doc.locate([...base, 'kind']) ?? doc.locate(base)) : doc.locate([...base, ...path]),
    ),
    scope: SCOPE,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
