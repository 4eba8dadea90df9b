import type { Catalog, CheckMeta } from '../model/index.js';
import { assertKnownFrameworks } from '../catalog/index.js';
import type { CheckFilter } from './args.js';
import { formatColumns } from './columns.js';

/** The catalogue's live checks that pass every filter given (an empty filter passes all). */
export function filterChecks(catalog: Catalog, filter: CheckFilter): CheckMeta[] {
  assertKnownFrameworks(catalog, filter.frameworks);
  const any = (wanted: string[], has: (value: string) => boolean): boolean => wanted.length === 0 || wanted.some(has);
  return catalog.checks.filter(
    (c) =>
      !c.deprecated &&
      any(filter.frameworks, (id) => id in c.frameworks) &&
      any(filter.severities, (s) => s === c.severity) &&
      any(filter.sources, (s) => c.formats.includes(s)) &&
      any(filter.resourceTypes, (t) => c.resourceTypes.includes(t)),
  );
}

/** `posture checks list`: the catalogue for a person (table) or a program (json). */
export function renderChecksList(checks: CheckMeta[], format: 'table' | 'json'): string {
  if (format === 'json') {
    const rows = checks.map((c) => ({
      id: c.id,
      title: c.title,
      severity: c.severity,
      resourceTypes: c.resourceTypes,
      formats: c.formats,
      frameworks: c.frameworks,
      peers: c.peers,
    }));
    return JSON.stringify(rows, null, 2) + '\n';
  }
  const rows = checks.map((c) => [c.id, c.severity, c.title, c.resourceTypes.join(','), c.formats.join(','), controls(c), peers(c)]);
  return formatColumns([['ID', 'SEVERITY', 'TITLE', 'RESOURCE TYPES', 'FORMATS', 'CONTROLS', 'PEER IDS'], ...rows]);
}

export function controls(check: CheckMeta): string {
  return Object.entries(check.frameworks)
    .flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`))
    .join(' ');
}

function peers(check: CheckMeta): string {
  return Object.values(check.peers).flat().join(' ');
}
