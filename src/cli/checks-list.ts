import type { Catalog, CheckMeta } from '../model/index.js';
import { formatColumns } from './columns.js';

/** `posture checks list`: the catalogue for a person (table) or a program (json). */
export function renderChecksList(catalog: Catalog, format: 'table' | 'json'): string {
  const checks = catalog.checks.filter((check) => !check.deprecated);
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

function controls(check: CheckMeta): string {
  return Object.entries(check.frameworks)
    .flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`))
    .join(' ');
}

function peers(check: CheckMeta): string {
  return Object.values(check.peers).flat().join(' ');
}
