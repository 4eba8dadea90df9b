import path from 'node:path';
import type { Diagnostic, Inconclusive, ParsedDocument, Resource, Violation } from '../model/index.js';
import { incompleteKind } from '../model/index.js';
import type { CatalogIndex } from '../catalog/index.js';
import { locateAttribute } from './locate.js';

/** A file the scan could not read in full, and its format when it was recognised. */
export interface UnreadFile {
  path: string;
  format?: string;
}

/** Where a file that was never parsed might belong: a manifest or template by its extension. */
const STRUCTURED = /\.(ya?ml|json)$/i;

/**
 * The files not read in full (a syntax error, an unreadable or refused path): from the parsed
 * documents' diagnostics, and from discovery's for files that never reached a parser.
 */
export function unreadFiles(documents: readonly ParsedDocument[], discoveryDiagnostics: readonly Diagnostic[]): UnreadFile[] {
  const unread = new Map<string, UnreadFile>();
  for (const document of documents) {
    if (document.diagnostics.some((d) => incompleteKind(d) === 'unreadable')) unread.set(document.file.path, { path: document.file.path, format: document.file.format });
  }
  for (const diagnostic of discoveryDiagnostics) {
    const file = diagnostic.range.path;
    if (incompleteKind(diagnostic) === 'unreadable' && !unread.has(file)) unread.set(file, { path: file });
  }
  return [...unread.values()];
}

/**
 * Whether an unread file may hold resources of this scope. Kubernetes manifests share one scope
 * (kubectl applies them together), so any manifest counts; in the other formats a scope's files
 * lie in one directory (a Terraform module, a template), so an unread file beside them counts.
 * A file whose format was never recognised counts for every format it might have been.
 * Linear in the resources plus the files: both may be many in a hostile pull request.
 */
export function scopeMayMissFiles(resources: readonly Resource[], unread: readonly UnreadFile[]): boolean {
  if (unread.length === 0) return false;
  const formats = new Set<string>();
  const places = new Set<string>();
  for (const { source } of resources) {
    formats.add(source.format);
    places.add(`${source.format}\u0000${path.posix.dirname(source.path)}`);
  }
  return unread.some((file) => {
    const dir = path.posix.dirname(file.path);
    const candidates = file.format === undefined ? [...formats] : [file.format];
    return candidates.some((format) => {
      if (format === 'kubernetes') return formats.has(format) && (file.format !== undefined || STRUCTURED.test(file.path));
      return places.has(`${format}\u0000${dir}`);
    });
  });
}

/**
 * A cross-resource check's violations in a scope with a file not read: what that file held might
 * have changed the verdict, so each is inconclusive (at the place the violation names), neither a
 * finding nor a pass.
 */
export function withholdUnreadScope(
  violations: Violation[],
  byId: Map<string, Resource>,
  catalog: CatalogIndex,
): { violations: Violation[]; inconclusive: Inconclusive[] } {
  const kept: Violation[] = [];
  const inconclusive: Inconclusive[] = [];
  for (const violation of violations) {
    const resource = byId.get(violation.resourceId);
    if (resource === undefined || catalog.check(violation.checkId)?.crossResource !== true) {
      kept.push(violation);
      continue;
    }
    const { checkId, resourceId, attributePath } = violation;
    inconclusive.push({ checkId, resourceId, attributePath, location: locateAttribute(resource, attributePath) });
  }
  return { violations: kept, inconclusive };
}
