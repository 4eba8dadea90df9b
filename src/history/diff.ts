import type { AttributePath, ScoreLine } from '../model/index.js';
import { diffAttributes, pathsOverlap, type AttributeChange } from './attribute-diff.js';
import { isOpen, type CheckStatus, type GitState, type ScanSnapshot, type SnapshotFinding, type SnapshotResource } from './types.js';

export interface ScanLabel {
  /** How it was named on the command line: `3`, `latest`, `main`. */
  label: string;
  id?: number;
  startedAt: string;
  git?: GitState;
}

export type FixedHow = 'fixed' | 'suppressed' | 'resource removed';

export interface ScoreDelta {
  before?: ScoreLine;
  after?: ScoreLine;
  /** after.score - before.score; absent when one side has no score for this group. */
  delta?: number;
}

/** A finding tied to the attribute changes that touch its attribute path. */
export interface FindingLink {
  checkId: string;
  severity: string;
  title: string;
  attributePath: AttributePath;
  fingerprint: string;
  /** Indexes into the resource's `changes` whose path contains, or is inside, the finding's path. */
  changes: number[];
}

export interface ResourceDiff {
  kind: 'added' | 'removed' | 'changed';
  scope: string;
  id: string;
  type: string;
  path: string;
  changes: AttributeChange[];
  caused: FindingLink[];
  fixed: FindingLink[];
}

export interface StatusChange {
  scope: string;
  resourceId: string;
  checkId: string;
  before?: CheckStatus;
  after?: CheckStatus;
}

export interface HistoryDiff {
  from: ScanLabel;
  to: ScanLabel;
  findings: { new: SnapshotFinding[]; fixed: (SnapshotFinding & { how: FixedHow })[]; stillOpen: SnapshotFinding[] };
  score: { overall: ScoreDelta; byFramework: Record<string, ScoreDelta> };
  resources: ResourceDiff[];
  /** Every check × resource whose status differs (pass → fail, inconclusive → pass, ...). */
  statusChanges: StatusChange[];
}

/** What changed from one scan to another: findings, scores, configurations and statuses. */
export function diffScans(from: ScanSnapshot, to: ScanSnapshot, labels: [string, string]): HistoryDiff {
  const before = new Map(from.findings.filter(isOpen).map((f) => [f.fingerprint, f]));
  const after = new Map(to.findings.filter(isOpen).map((f) => [f.fingerprint, f]));
  const allAfter = new Map(to.findings.map((f) => [f.fingerprint, f]));
  const present = new Set(to.resources.map(resourceKey));
  const introduced = [...after.values()].filter((f) => !before.has(f.fingerprint));
  const fixed = [...before.values()]
    .filter((f) => !after.has(f.fingerprint))
    .map((f) => ({ ...f, how: fixedHow(f, allAfter, present) }));
  return {
    from: label(labels[0], from),
    to: label(labels[1], to),
    findings: { new: introduced, fixed, stillOpen: [...after.values()].filter((f) => before.has(f.fingerprint)) },
    score: scoreDelta(from, to),
    resources: resourceDiffs(from.resources, to.resources, introduced, fixed),
    statusChanges: statusChanges(from, to),
  };
}

function label(text: string, scan: ScanSnapshot): ScanLabel {
  return { label: text, ...(scan.id === undefined ? {} : { id: scan.id }), startedAt: scan.startedAt, ...(scan.git ? { git: scan.git } : {}) };
}

function fixedHow(finding: SnapshotFinding, after: Map<string, SnapshotFinding>, present: Set<string>): FixedHow {
  if (after.has(finding.fingerprint)) return 'suppressed';
  return present.has(resourceKey({ scope: finding.scope, id: finding.resourceId })) ? 'fixed' : 'resource removed';
}

const resourceKey = (r: { scope: string; id: string }) => `${r.scope}\u0000${r.id}`;
const findingKey = (f: SnapshotFinding) => `${f.scope}\u0000${f.resourceId}`;

function scoreDelta(from: ScanSnapshot, to: ScanSnapshot): HistoryDiff['score'] {
  const delta = (before?: ScoreLine, after?: ScoreLine): ScoreDelta => ({
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    ...(before && after ? { delta: after.score - before.score } : {}),
  });
  const frameworks = [...new Set([...Object.keys(from.score.byFramework), ...Object.keys(to.score.byFramework)])].sort();
  return {
    overall: delta(from.score.overall, to.score.overall),
    byFramework: Object.fromEntries(frameworks.map((id) => [id, delta(from.score.byFramework[id], to.score.byFramework[id])])),
  };
}

function resourceDiffs(from: SnapshotResource[], to: SnapshotResource[], introduced: SnapshotFinding[], fixed: SnapshotFinding[]): ResourceDiff[] {
  const before = new Map(from.map((r) => [resourceKey(r), r]));
  const after = new Map(to.map((r) => [resourceKey(r), r]));
  const diffs: ResourceDiff[] = [];
  for (const [key, resource] of after) {
    const old = before.get(key);
    if (old && old.hash === resource.hash) continue;
    const changes = old ? diffAttributes(old.attributes, resource.attributes) : [];
    diffs.push(resourceDiff(old ? 'changed' : 'added', resource, changes, introduced, fixed));
  }
  for (const [key, resource] of before) if (!after.has(key)) diffs.push(resourceDiff('removed', resource, [], introduced, fixed));
  return diffs.sort((a, b) => (a.path + a.id < b.path + b.id ? -1 : 1));
}

function resourceDiff(kind: ResourceDiff['kind'], resource: SnapshotResource, changes: AttributeChange[], introduced: SnapshotFinding[], fixed: SnapshotFinding[]): ResourceDiff {
  const key = resourceKey(resource);
  const link = (f: SnapshotFinding): FindingLink => ({
    checkId: f.checkId,
    severity: f.severity,
    title: f.title,
    attributePath: f.attributePath,
    fingerprint: f.fingerprint,
    changes: changes.flatMap((change, index) => (pathsOverlap(change.path, f.attributePath) ? [index] : [])),
  });
  return {
    kind,
    scope: resource.scope,
    id: resource.id,
    type: resource.type,
    path: resource.path,
    changes,
    caused: introduced.filter((f) => findingKey(f) === key).map(link),
    fixed: fixed.filter((f) => findingKey(f) === key).map(link),
  };
}

function statusChanges(from: ScanSnapshot, to: ScanSnapshot): StatusChange[] {
  const key = (r: { scope: string; resourceId: string; checkId: string }) => `${r.scope}\u0000${r.resourceId}\u0000${r.checkId}`;
  const before = new Map(from.results.map((r) => [key(r), r]));
  const after = new Map(to.results.map((r) => [key(r), r]));
  const changes: StatusChange[] = [];
  for (const [k, r] of after) {
    const old = before.get(k);
    if (old?.status !== r.status) changes.push({ scope: r.scope, resourceId: r.resourceId, checkId: r.checkId, ...(old ? { before: old.status } : {}), after: r.status });
  }
  for (const [k, r] of before) if (!after.has(k)) changes.push({ scope: r.scope, resourceId: r.resourceId, checkId: r.checkId, before: r.status });
  return changes;
}
