import type { Catalog } from './check.js';
import type { Diagnostic, Incompleteness } from './diagnostic.js';
import type { Finding, Inconclusive } from './finding.js';
import type { SkippedFile, SourceFormat, SourceRange } from './source.js';

export interface ScoreLine {
  /** Resources with no unsuppressed finding. */
  passing: number;
  /** Resources scanned (that at least one check of this group applies to, for groups). */
  total: number;
  /** passing / total, 1 when total is 0. */
  score: number;
}

export interface PostureScore {
  overall: ScoreLine;
  byFramework: Record<string, ScoreLine>;
  /** framework id → requirement id → score, for requirements with at least one automated control that applies. */
  byRequirement: Record<string, Record<string, ScoreLine>>;
  /** framework id → control id → score, for controls a check automates and that apply to a scanned resource. */
  byControl: Record<string, Record<string, ScoreLine>>;
}

export interface ScannedResource {
  id: string;
  type: string;
  format: SourceFormat;
  path: string;
}

export interface Report {
  tool: { name: string; version: string };
  /** Absolute scan root; every path in the report is relative to it. */
  root: string;
  startedAt: string;
  files: { scanned: string[]; skipped: SkippedFile[] };
  resources: ScannedResource[];
  findings: Finding[];
  inconclusive: Inconclusive[];
  diagnostics: Diagnostic[];
  /**
   * What the scan could not read (counted from the diagnostics); absent when it read everything.
   * An incomplete scan may be missing findings: every format says so, and `--strict` fails it.
   */
  incomplete?: Incompleteness;
  score: PostureScore;
  catalog: Catalog;
  /** Source lines around each finding's location, secrets masked, by `excerptKey(location)`; absent where the file could not be read. */
  excerpts?: Record<string, SourceExcerpt>;
  /** The scan of the base commit (`--diff-base`): its findings are accepted, its score compared. */
  base?: {
    ref: string;
    commit: string;
    score: PostureScore;
    /** Failing checks at the base: its findings not waived (open or accepted by a baseline). */
    failing?: number;
  };
}

/** Source lines around a finding, with secret-looking values already masked (`findings/excerpt.ts`). */
export interface SourceExcerpt {
  /** Line number of `lines[0]`. */
  startLine: number;
  lines: string[];
}

/** The key of a location's excerpt in `Report.excerpts`: findings at the same place share one. */
export function excerptKey(range: SourceRange): string {
  return `${range.path}:${range.startLine}-${range.endLine}`;
}
