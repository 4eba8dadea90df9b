import type { Diagnostic, Resource } from '../model/index.js';
import { fileStart, pathKey } from '../model/index.js';

/**
 * Within a scope a resource id must name one resource, or a finding could be pinned on the wrong
 * file. Two Kubernetes files may both declare `apps/v1/Deployment/default/web` (a base and an
 * overlay, say): the first keeps the id, each later one gets its file appended
 * (`…/web@overlays/prod/web.yaml`, `#2` past that), and a warning names both places.
 */
export function makeIdsUnique(resources: Resource[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, Resource>();
  for (const resource of resources) {
    const key = `${resource.scope}\u0000${resource.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, resource);
      continue;
    }
    const original = resource.id;
    let candidate = `${original}@${resource.source.path}`;
    for (let n = 2; seen.has(`${resource.scope}\u0000${candidate}`); n++) candidate = `${original}@${resource.source.path}#${n}`;
    resource.id = candidate;
    seen.set(`${resource.scope}\u0000${candidate}`, resource);
    diagnostics.push(duplicateWarning(resource, original, first));
  }
  return diagnostics;
}

function duplicateWarning(resource: Resource, original: string, first: Resource): Diagnostic {
  const firstRange = first.provenance.get(pathKey([]));
  const firstPlace = firstRange ? `${firstRange.path}:${firstRange.startLine}` : first.source.path;
  const range = resource.provenance.get(pathKey([])) ?? fileStart(resource.source.path);
  return {
    code: 'PARSE_DUPLICATE_KEY',
    level: 'warning',
    message: `${original} is also declared at ${firstPlace}; this one is reported as ${resource.id}`,
    range,
  };
}
