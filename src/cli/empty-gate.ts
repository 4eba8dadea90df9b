import { loadCatalog } from '../catalog/index.js';
import { defaultPolicyDirectory } from '../engine/index.js';
import type { GateOptions } from '../gate.js';
import type { Catalog } from '../model/check.js';
import type { Report } from '../model/report.js';

/**
 * A framework selection (`--framework`, `frameworks:` in .posture.yaml) with no check for any format
 * that was scanned (only Kubernetes files, `--framework cis-aws-3.0`) makes a gate that cannot fail:
 * it passes every run, silently. Say so, and name the frameworks that do cover those formats.
 * Nothing when no framework was selected or nothing was scanned.
 */
export async function warnOnEmptyGate(report: Report, options: GateOptions): Promise<void> {
  const frameworks = selectedFrameworks(options);
  const formats: string[] = [...new Set(report.resources.map((r) => r.format))].sort();
  if (frameworks.length === 0 || formats.length === 0) return;
  if (report.catalog.checks.some((check) => check.formats.some((f) => formats.includes(f)))) return;
  const covering = frameworksCovering(await loadCatalog(options.policyDirectory ?? defaultPolicyDirectory()), formats);
  options.logger.warning(
    `${frameworks.length > 1 ? 'frameworks' : 'framework'} ${frameworks.join(', ')} ${frameworks.length > 1 ? 'have' : 'has'} no check for ${formats.join(', ')}: ` +
      `the ${report.resources.length} resources scanned were checked against nothing, and the gate passes whatever they hold` +
      (covering.length > 0 ? `; frameworks with checks for them: ${covering.join(', ')}` : ''),
  );
}

/** The same precedence as the gate: the command line's frameworks, else the configuration file's. */
function selectedFrameworks(options: GateOptions): readonly string[] {
  return options.frameworks?.length ? options.frameworks : (options.config?.frameworks ?? []);
}

function frameworksCovering(catalog: Catalog, formats: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const check of catalog.checks) {
    if (check.formats.some((f) => formats.includes(f))) for (const id of Object.keys(check.frameworks)) ids.add(id);
  }
  return [...ids].sort();
}
