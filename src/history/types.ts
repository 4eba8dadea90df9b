import type { AttributePath, PostureScore, Severity, SourceFormat, Suppression } from '../model/index.js';

/** What one check says about one resource it applies to. */
export type CheckStatus = 'fail' | 'pass' | 'suppressed' | 'inconclusive';

export interface GitState {
  commit: string;
  /** Undefined on a detached HEAD. */
  branch?: string;
  /** Uncommitted changes under the scan root: the scan is not exactly the commit's tree. */
  dirty: boolean;
}

/** A recorded (or freshly scanned) scan, everything a diff or trend needs. */
export interface ScanSnapshot {
  /** The scan id in the history file; undefined for a scan that is not recorded (a git ref). */
  id?: number;
  startedAt: string;
  toolVersion: string;
  root: string;
  git?: GitState;
  /** The scanned paths, relative to the root. */
  paths: string[];
  /** `--framework`: empty when every framework was scanned. */
  frameworks: string[];
  score: PostureScore;
  resources: SnapshotResource[];
  results: CheckResult[];
  findings: SnapshotFinding[];
}

export interface SnapshotResource {
  scope: string;
  id: string;
  type: string;
  format: SourceFormat;
  path: string;
  /** The normalised attributes with secret-looking values replaced by a salted hash. */
  attributes: Record<string, unknown>;
  /** sha256 of the stored attributes: equal hashes, equal configuration. */
  hash: string;
}

export interface CheckResult {
  scope: string;
  resourceId: string;
  checkId: string;
  status: CheckStatus;
}

export interface SnapshotFinding {
  fingerprint: string;
  checkId: string;
  scope: string;
  resourceId: string;
  attributePath: AttributePath;
  severity: Severity;
  title: string;
  message: string;
  file: string;
  line: number;
  suppression?: Pick<Suppression, 'kind' | 'justification'>;
}

/** One row of `posture history list`. */
export interface ScanSummary {
  id: number;
  startedAt: string;
  git?: GitState;
  paths: string[];
  frameworks: string[];
  resources: number;
  /** Findings that count against the score (unsuppressed or accepted by a baseline). */
  open: number;
  suppressed: number;
  score: number;
}

/** A finding counts against the posture unless an inline comment or a waiver suppresses it. */
export function isOpen(finding: Pick<SnapshotFinding, 'suppression'>): boolean {
  return !finding.suppression || finding.suppression.kind === 'baseline';
}
