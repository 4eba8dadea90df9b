import type { Finding, Resource, Violation } from '../model/index.js';
import { compareFindings } from '../model/index.js';
import type { CatalogIndex } from '../catalog/index.js';
import { PolicyError } from '../errors.js';
import { fingerprintOf } from './fingerprint.js';
import { locateAttribute } from './locate.js';

export { findInconclusive } from './inconclusive.js';
export { locateAttribute } from './locate.js';
export { fingerprintOf } from './fingerprint.js';

/** Joins violations with the catalogue and the resources' provenance. */
export function buildFindings(violations: Violation[], resources: Map<string, Resource>, catalog: CatalogIndex): Finding[] {
  const findings = new Map<string, Finding>();
  for (const violation of violations) {
    const check = catalog.check(violation.checkId);
    if (!check) throw new PolicyError(`a rule reported unknown check id ${violation.checkId}`);
    const resource = resources.get(violation.resourceId);
    if (!resource) {
      throw new PolicyError(`${violation.checkId} reported resource ${violation.resourceId}, which is not in the scope`);
    }
    const fingerprint = fingerprintOf(check.id, resource.scope, resource.id, violation.attributePath);
    if (findings.has(fingerprint)) continue;
    findings.set(fingerprint, {
      checkId: check.id,
      title: check.title,
      severity: check.severity,
      message: violation.message || check.title,
      resourceId: resource.id,
      resourceType: resource.type,
      scope: resource.scope,
      format: resource.source.format,
      attributePath: violation.attributePath,
      location: locateAttribute(resource, violation.attributePath),
      fingerprint,
      controls: catalog.controlsOf(check),
      ...(resource.moduleCalls === undefined ? {} : { moduleCalls: resource.moduleCalls }),
    });
  }
  return [...findings.values()].sort(compareFindings);
}
