import type { Catalog, CheckMeta } from '../model/index.js';
import { ConfigError } from '../errors.js';

/** A check by id (any case); a usage error naming close ids when there is none. */
export function findCheck(catalog: Catalog, id: string): CheckMeta {
  const check = catalog.checks.find((c) => c.id.toLowerCase() === id.toLowerCase());
  if (check) return check;
  const prefix = checkPrefix(id.toUpperCase());
  const near = catalog.checks.filter((c) => c.id.startsWith(prefix)).length;
  throw new ConfigError(`no check ${id}${near > 0 ? `; \`posture checks list\` shows the ${near} ${prefix} checks` : ''}`, { code: 'USAGE' });
}

/** `posture checks show ID`: everything a person needs to understand and fix a finding. */
export function renderCheck(check: CheckMeta, catalog: Catalog, format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify(check, null, 2) + '\n';
  const frameworks = new Map(catalog.frameworks.map((f) => [f.id, f]));
  const lines = [
    `${check.id}  ${check.severity}  ${check.title}${check.deprecated ? '  (deprecated)' : ''}`,
    '',
    wrap(check.description),
    '',
    `Resource types: ${check.resourceTypes.join(', ')}`,
    `Formats: ${check.formats.join(', ')}`,
    '',
    'Remediation:',
    wrap(check.recommendedAction, '  '),
  ];
  for (const [format, snippet] of Object.entries(check.examples ?? {})) {
    lines.push('', `Compliant ${format} example:`, ...snippet.trimEnd().split('\n').map((line) => `    ${line}`));
  }
  lines.push('', 'Controls:');
  for (const [frameworkId, ids] of Object.entries(check.frameworks)) {
    const framework = frameworks.get(frameworkId);
    for (const id of ids) {
      const control = framework?.controls.find((c) => c.id === id);
      lines.push(`  ${framework?.title ?? frameworkId} ${id}: ${control?.title ?? ''}`.trimEnd());
    }
  }
  const peers = Object.entries(check.peers).map(([tool, ids]) => `${tool} ${ids.join(', ')}`);
  if (peers.length > 0) lines.push('', `Equivalent checks: ${peers.join('; ')}`);
  if (check.relatedResources.length > 0) lines.push('', 'References:', ...check.relatedResources.map((url) => `  ${url}`));
  lines.push('', `Policy: ${check.file} (package ${check.package})`);
  return lines.join('\n') + '\n';
}

/** Folds prose at 100 columns for a terminal. */
function wrap(text: string, indent = ''): string {
  const out: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.trim() !== '' && line.length + word.length + 1 > 100) {
      out.push(line);
      line = indent;
    }
    line += line.trim() === '' ? word : ` ${word}`;
  }
  if (line.trim() !== '') out.push(line);
  return out.join('\n');
}

/** `AWS-0001` → `AWS`, `K8S12` → `K8S`: the id without its trailing number (a loop: `/-?\d*$/` is quadratic on digits). */
function checkPrefix(id: string): string {
  let end = id.length;
  while (end > 0 && id[end - 1]! >= '0' && id[end - 1]! <= '9') end--;
  if (end > 0 && id[end - 1] === '-') end--;
  return id.slice(0, end);
}
