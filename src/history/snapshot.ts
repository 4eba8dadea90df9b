import { createHash } from 'node:crypto';
import path from 'node:path';
import { CatalogIndex } from '../catalog/index.js';
import type { Finding, Report, Resource } from '../model/index.js';
import { redactAttributes, redactText } from './redact.js';
import { isOpen, type CheckResult, type CheckStatus, type GitState, type ScanSnapshot, type SnapshotFinding, type SnapshotResource } from './types.js';

export interface SnapshotInput {
  /** What the gate returns: the report and the resources it normalised. */
  result: { report: Report; resources?: Resource[] };
  /** Absolute scanned paths (made relative to the report root here). */
  paths: string[];
  frameworks: string[];
  git?: GitState;
  /** The history file's redaction salt, so hashes compare across scans of one file. */
  salt: string;
}

/** A scan as the history keeps it: scores, each check × resource status, findings, configurations. */
export function snapshotOf({ result, paths, frameworks, git, salt }: SnapshotInput): ScanSnapshot {
  const { report } = result;
  const resources = result.resources ?? [];
  return {
    startedAt: report.startedAt,
    toolVersion: report.tool.version,
    root: report.root,
    git,
    paths: paths.map((p) => path.relative(report.root, p).split(path.sep).join('/') || '.'),
    frameworks,
    score: report.score,
    resources: resources.map((r) => snapshotResource(r, salt)),
    results: checkResults(resources, report.findings, report.inconclusive, new CatalogIndex(report.catalog)),
    findings: report.findings.map((f) => snapshotFinding(f, salt)),
  };
}

function snapshotResource(resource: Resource, salt: string): SnapshotResource {
  const attributes = redactAttributes(resource.type, resource.attributes, salt);
  return {
    scope: resource.scope,
    id: resource.id,
    type: resource.type,
    format: resource.source.format,
    path: resource.source.path,
    attributes,
    hash: hashAttributes(attributes),
  };
}

/** sha256 of the attributes as canonical JSON (keys sorted), so key order never reads as a change. */
export function hashAttributes(attributes: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(attributes)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * Every check that applies to a resource's type gives it one status: fail (a finding that counts
 * against the score, baseline-accepted included, as in the score), suppressed (only findings an
 * inline comment or waiver suppresses), inconclusive (no finding, but a value it reads is
 * unknown), pass (applies and reported nothing).
 */
function checkResults(resources: Resource[], findings: Finding[], inconclusive: Report['inconclusive'], catalog: CatalogIndex): CheckResult[] {
  const found = new Map<string, CheckStatus>();
  for (const finding of findings) {
    const key = `${finding.scope}\u0000${finding.resourceId}\u0000${finding.checkId}`;
    if (isOpen(finding)) found.set(key, 'fail');
    else if (!found.has(key)) found.set(key, 'suppressed');
  }
  // Inconclusive results name no scope; a resource id shared by two scopes is rare (two root modules)
  const unknown = new Set(inconclusive.map((i) => `${i.resourceId}\u0000${i.checkId}`));
  const results: CheckResult[] = [];
  for (const resource of resources) {
    for (const check of catalog.checksFor(resource.type)) {
      const status =
        found.get(`${resource.scope}\u0000${resource.id}\u0000${check.id}`) ??
        (unknown.has(`${resource.id}\u0000${check.id}`) ? 'inconclusive' : 'pass');
      results.push({ scope: resource.scope, resourceId: resource.id, checkId: check.id, status });
    }
  }
  return results;
}

function snapshotFinding(finding: Finding, salt: string): SnapshotFinding {
  return {
    fingerprint: finding.fingerprint,
    checkId: finding.checkId,
    scope: finding.scope,
    resourceId: finding.resourceId,
    attributePath: finding.attributePath,
    severity: finding.severity,
    title: finding.title,
    message: redactText(finding.message, salt),
    file: finding.location.path,
    line: finding.location.startLine,
    ...(finding.suppression ? { suppression: { kind: finding.suppression.kind, justification: finding.suppression.justification } } : {}),
  };
}
