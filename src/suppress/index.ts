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
import { coverage, describe } from './match.js';
import type { Directive, ResourceKey, SuppressionDiagnostic, SuppressionInput, SuppressionResult, WaiverUse } from './types.js';
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
  const partial = new Map<string, SuppressionDiagnostic>();
  const findings = input.findings.map((finding) => {
    if (finding.suppression) return finding;
    const suppression = inlineSuppression(finding, files, input, partial) ?? configSuppression(finding, usage);
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
    ...partial.values(),
  ];
  return { findings, diagnostics, waiverUse: usage };
}

function inlineSuppression(
  finding: Finding,
  files: Map<string, FileDirectives>,
  input: SuppressionInput,
  partial: Map<string, SuppressionDiagnostic>,
): Suppression | undefined {
  const key = resourceKey(finding.scope, finding.resourceId);
  const file = files.get(finding.location.path);
  const bodies = resourceDirectiveBodies(input.raws.get(key));
  if (!file && bodies.length === 0) return undefined;
  const block = input.ranges.get(key);
  const candidates = [
    ...(file ? commentDirectivesFor(finding, file, block) : []),
    ...(block ? atResource(bodies, block) : []),
  ];
  const live = candidates.filter((d) => d.invalid === undefined && !isExpired(d.until, input.now));
  const directive = live.find((d) => coverage(d, finding.checkId, input) === 'whole');
  if (!directive) {
    for (const d of live.filter((d) => coverage(d, finding.checkId, input) === 'part')) notePartial(d, finding.checkId, partial);
    return undefined;
  }
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

/**
 * A peer skip that names part of one of our checks (one of the four Block Public Access checks
 * AWS-0002 unites, or a peer check narrower than ours) does not suppress it: silencing the whole
 * for a part would hide what the user never skipped. Said where the skip is written.
 */
function notePartial(directive: Directive, checkId: string, partial: Map<string, SuppressionDiagnostic>): void {
  const { path, startLine, startColumn } = directive.range;
  const key = `${path}:${startLine}:${startColumn}:${checkId}`;
  if (partial.has(key)) return;
  partial.set(key, {
    code: 'SUPPRESSION_PARTIAL',
    level: 'warning',
    message: `${describe(directive)} covers only part of ${checkId}, so it does not suppress ${checkId}'s finding here; write posture:ignore ${checkId} (with a reason) to suppress it`,
    range: directive.range,
  });
}
