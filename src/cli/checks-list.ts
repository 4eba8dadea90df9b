import type { Catalog, CheckMeta } from '../model/index.js';
import { assertKnownFrameworks } from '../catalog/index.js';
import type { CheckFilter } from './args.js';
import { formatColumns } from './columns.js';
import { wrapText } from '../report/text-width.js';

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

const FORMAT_NAMES: Record<string, string> = { terraform: 'tf', cloudformation: 'cfn', kubernetes: 'k8s', 'aws-config': 'config', 'terraform-plan': 'plan' };

/**
 * `posture checks list`: the catalogue for a person (table, fitted to `width` columns: id,
 * severity, formats and title; `checks show ID` has the rest) or a program (json, everything).
 */
export function renderChecksList(checks: CheckMeta[], format: 'table' | 'json', width?: number): string {
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
  const rows = checks.map((c) => [c.id, c.severity, c.formats.map((f) => FORMAT_NAMES[f] ?? f).join(','), c.title]);
  const note = `${checks.length} checks. Resource types, controls and peer ids: posture checks show ID, or --format json.`;
  const noteLines = width === undefined ? [note] : wrapText(note, width);
  return `${formatColumns([['ID', 'SEVERITY', 'FORMATS', 'TITLE'], ...rows], width)}\n${noteLines.join('\n')}\n`;
}

export function controls(check: CheckMeta): string {
  return Object.entries(check.frameworks)
    .flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`))
    .join(' ');
}
