/**
 * One suppression model for every format: inline directives (comments, CloudFormation Metadata,
 * Kubernetes annotations, checkov/trivy/tfsec syntax for migrating users) first, then the
 * `.posture.yaml` waivers. A suppressed finding stays in the report, marked with its kind and
 * justification; an expired suppression stops suppressing and warns where it is written.
 */
import type { Finding, Resource, Suppression } from '../model/index.js';
import { pathKey } from '../model/index.js';
import { isExpired } from './directive.js';
import { diagnoseDirectives, diagnoseWaivers } from './diagnose.js';
import { atResource, commentDirectivesFor, fileDirectives, resourceDirectiveBodies, type FileDirectives } from './inline.js';
import { describe, names } from './match.js';
import type { ResourceKey, SuppressionInput, SuppressionResult, WaiverUse } from './types.js';
import { waiverJustification, waiverMatches } from './waivers.js';

export type * from './types.js';
export { K8S_ANNOTATION } from './annotations.js';

export function resourceKey(scope: string, resourceId: string): ResourceKey {
  return `${scope}\u0000${resourceId}`;
}

/** The `ranges` and `raws` inputs of applySuppressions, from the normalised resources. */
export function indexResources(resources: readonly Resource[]): Pick<SuppressionInput, 'ranges' | 'raws'> {
  const byKey = new Map<ResourceKey, Resource>();
  const raws = new Map<ResourceKey, Record<string, unknown>>();
  for (const resource of resources) {
    const key = resourceKey(resource.scope, resource.id);
    byKey.set(key, resource);
    raws.set(key, resource.raw);
  }
  // looked up on demand: a provenance may locate its resource lazily (AWS Config snapshots)
  return { ranges: { get: (key) => byKey.get(key)?.provenance.get(ROOT) }, raws };
}

const ROOT = pathKey([]);

export function applySuppressions(input: SuppressionInput): SuppressionResult {
  const files = new Map<string, FileDirectives>();
  for (const [path, text] of input.texts) {
    const found = fileDirectives(path, text);
    if (found) files.set(path, found);
  }
  const usage = input.waivers.map((waiver): WaiverUse => ({ waiver, expired: isExpired(waiver.expires, input.now), fingerprints: [] }));
  const findings = input.findings.map((finding) => {
    if (finding.suppression) return finding;
    const suppression = inlineSuppression(finding, files, input) ?? configSuppression(finding, usage);
    return suppression ? { ...finding, suppression } : finding;
  });
  const resourceLevel = [...input.raws].flatMap(([key, raw]) => {
    const bodies = resourceDirectiveBodies(raw);
    const block = bodies.length > 0 ? input.ranges.get(key) : undefined;
    return block ? atResource(bodies, block) : [];
  });
  const diagnostics = [
    ...diagnoseDirectives([...[...files.values()].flatMap((f) => f.directives), ...resourceLevel], input),
    ...diagnoseWaivers(usage, input),
  ];
  return { findings, diagnostics, waiverUse: usage };
}

function inlineSuppression(finding: Finding, files: Map<string, FileDirectives>, input: SuppressionInput): Suppression | undefined {
  const key = resourceKey(finding.scope, finding.resourceId);
  const file = files.get(finding.location.path);
  const bodies = resourceDirectiveBodies(input.raws.get(key));
  if (!file && bodies.length === 0) return undefined;
  const block = input.ranges.get(key);
  const candidates = [
    ...(file ? commentDirectivesFor(finding, file, block) : []),
    ...(block ? atResource(bodies, block) : []),
  ];
  const directive = candidates.find(
    (d) => d.invalid === undefined && !isExpired(d.until, input.now) && names(d, finding.checkId, input),
  );
  if (!directive) return undefined;
  return {
    kind: 'inline',
    justification: directive.reason ?? `${describe(directive)} (no reason given)`,
    ...(directive.until === undefined ? {} : { expires: directive.until }),
  };
}

function configSuppression(finding: Finding, usage: WaiverUse[]): Suppression | undefined {
  const use = usage.find((candidate) => !candidate.expired && waiverMatches(candidate.waiver, finding));
  if (!use) return undefined;
  use.fingerprints.push(finding.fingerprint);
  const { expires } = use.waiver;
  return { kind: 'config', justification: waiverJustification(use.waiver), ...(expires === undefined ? {} : { expires }) };
}
