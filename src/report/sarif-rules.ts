/**
 * SARIF `reportingDescriptor`s for the checks that produced results. Only checks referenced by a
 * finding get a rule, as GitHub recommends: the log stays small, and a rule present means a
 * result present. A finding whose check is missing from the catalogue (a user policy without
 * METADATA) still gets a minimal rule built from the finding, so every ruleIndex resolves.
 */
import type { ReportingDescriptor, Result } from 'sarif';
import type { Catalog, CheckMeta, ControlRef, Finding, Framework, Severity } from '../model/index.js';
import { compareStrings } from '../model/order.js';

export const LEVEL: Record<Severity, Result.level> = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'note' };

/** GitHub buckets: ≥9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
export const SECURITY_SEVERITY: Record<Severity, string> = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '3.0' };

const PROBLEM_SEVERITY: Record<Severity, string> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'recommendation',
};

export interface RuleSet {
  rules: ReportingDescriptor[];
  /** check id → index into `rules`. */
  index: Map<string, number>;
}

/** One rule per check referenced by a finding, sorted by check id. */
export function buildRules(findings: readonly Finding[], catalog: Catalog): RuleSet {
  const byId = new Map(catalog.checks.map((check) => [check.id, check]));
  const metas = new Map<string, CheckMeta>();
  for (const finding of findings) {
    if (!metas.has(finding.checkId)) metas.set(finding.checkId, byId.get(finding.checkId) ?? metaFromFinding(finding));
  }
  const ids = [...metas.keys()].sort(compareStrings);
  const rules = ids.map((id) => toRule(metas.get(id)!, catalog.frameworks));
  return { rules, index: new Map(ids.map((id, i) => [id, i])) };
}

function metaFromFinding(finding: Finding): CheckMeta {
  const frameworks: Record<string, string[]> = {};
  for (const ref of finding.controls) (frameworks[ref.framework] ??= []).push(ref.control);
  return {
    id: finding.checkId,
    title: finding.title,
    description: finding.title,
    severity: finding.severity,
    package: '',
    resourceTypes: [],
    formats: [],
    recommendedAction: '',
    frameworks,
    peers: {},
    relatedResources: [],
    reads: [],
    deprecated: false,
    file: '',
  };
}

function toRule(check: CheckMeta, frameworks: readonly Framework[]): ReportingDescriptor {
  const controls = controlRefs(check.frameworks);
  const helpUri = check.relatedResources.find(isAbsoluteUri);
  return {
    id: check.id,
    name: pascalCase(check.title) || check.id,
    shortDescription: { text: check.title },
    fullDescription: { text: check.description || check.title },
    help: { text: helpText(check, controls, frameworks), markdown: helpMarkdown(check, controls, frameworks) },
    ...(helpUri === undefined ? {} : { helpUri }),
    defaultConfiguration: { level: LEVEL[check.severity] },
    properties: {
      tags: ruleTags(check.severity, controls),
      precision: 'very-high',
      'problem.severity': PROBLEM_SEVERITY[check.severity],
      'security-severity': SECURITY_SEVERITY[check.severity],
      ...(check.deprecated ? { deprecated: true } : {}),
    },
  };
}

/** `S3 buckets encrypt data at rest` → `S3BucketsEncryptDataAtRest`. */
export function pascalCase(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** Control references of a check, sorted by framework then control id, without duplicates. */
export function controlRefs(mapping: Record<string, string[]>): ControlRef[] {
  const refs: ControlRef[] = [];
  for (const framework of Object.keys(mapping).sort(compareStrings)) {
    for (const control of [...new Set(mapping[framework])].sort(compareStrings)) refs.push({ framework, control });
  }
  return refs;
}

/**
 * GitHub shows the first 10 tags of a rule (and rejects more than 20): `security`, `iac` and the
 * severity come first, then compliance tags taken in turn from each framework (its first control,
 * then the next framework's first, ...), so a rule mapped to many CIS controls does not crowd out
 * every other framework. The rule's help text and each result's `properties.controls` keep them all.
 */
export const MAX_RULE_TAGS = 10;

function ruleTags(severity: Severity, controls: readonly ControlRef[]): string[] {
  const fixed = ['security', 'iac', `severity/${severity.toLowerCase()}`];
  return [...fixed, ...interleaveFrameworks(controls).map((ref) => `compliance/${ref.framework}/${ref.control}`)].slice(0, MAX_RULE_TAGS);
}

/** Controls sorted by framework, reordered round-robin: each framework's first, then each one's second, ... */
function interleaveFrameworks(controls: readonly ControlRef[]): ControlRef[] {
  const byFramework = new Map<string, ControlRef[]>();
  for (const ref of controls) (byFramework.get(ref.framework) ?? byFramework.set(ref.framework, []).get(ref.framework)!).push(ref);
  const columns = [...byFramework.values()];
  const out: ControlRef[] = [];
  for (let i = 0; out.length < controls.length; i++) for (const column of columns) if (i < column.length) out.push(column[i]!);
  return out;
}

function isAbsoluteUri(value: string): boolean {
  try {
    return new URL(value).protocol !== '';
  } catch {
    return false;
  }
}

function controlTitle(ref: ControlRef, frameworks: readonly Framework[]): { title?: string; url?: string } {
  const control = frameworks.find((f) => f.id === ref.framework)?.controls.find((c) => c.id === ref.control);
  return { title: control?.title, url: control?.url };
}

function peerList(check: CheckMeta): string[] {
  return Object.keys(check.peers)
    .sort(compareStrings)
    .flatMap((tool) => check.peers[tool].map((id) => `${tool} ${id}`));
}

function helpText(check: CheckMeta, controls: readonly ControlRef[], frameworks: readonly Framework[]): string {
  const parts = [check.description || check.title];
  if (check.recommendedAction) parts.push(`Recommended action: ${check.recommendedAction}`);
  if (controls.length > 0) {
    const lines = controls.map((ref) => {
      const { title } = controlTitle(ref, frameworks);
      return `- ${ref.framework} ${ref.control}${title ? `: ${title}` : ''}`;
    });
    parts.push(['Controls:', ...lines].join('\n'));
  }
  const peers = peerList(check);
  if (peers.length > 0) parts.push(`Equivalent checks: ${peers.join(', ')}`);
  return parts.join('\n\n');
}

function helpMarkdown(check: CheckMeta, controls: readonly ControlRef[], frameworks: readonly Framework[]): string {
  const parts = [check.description || check.title];
  if (check.recommendedAction) parts.push(`**Recommended action:** ${check.recommendedAction}`);
  if (controls.length > 0) {
    const lines = controls.map((ref) => {
      const { title, url } = controlTitle(ref, frameworks);
      const id = url ? `[${ref.control}](${url})` : ref.control;
      return `- \`${ref.framework}\` ${id}${title ? `: ${title}` : ''}`;
    });
    parts.push(['**Controls**', '', ...lines].join('\n'));
  }
  const peers = peerList(check).map((peer) => `\`${peer}\``);
  if (peers.length > 0) parts.push(`**Equivalent checks:** ${peers.join(', ')}`);
  if (check.relatedResources.length > 0) {
    parts.push(['**References**', '', ...check.relatedResources.map((uri) => `- <${uri}>`)].join('\n'));
  }
  return parts.join('\n\n');
}
