import type { Report } from '../model/index.js';

export interface RenderOptions {
  /** Emit ANSI colour codes (only formats meant for a terminal use it). */
  color?: boolean;
  /** How the SARIF report meets GitHub code scanning; the other formats ignore it. */
  sarif?: SarifOptions;
}

export interface SarifOptions {
  /** `runs[].automationDetails.id` (a `/` is appended when missing); `posture-gate/` (a live audit: `posture-gate/aws/`) when absent. */
  category?: string;
  /** Keep suppressed findings as results with SARIF `suppressions`; by default they are left out. */
  includeSuppressed?: boolean;
  /** The repository the scan read, as `runs[].versionControlProvenance[0]`. */
  provenance?: { repositoryUri: string; revisionId?: string; branch?: string };
}

/** Turns a finished scan into one output format. Pure: the same report renders to the same string. */
export interface Reporter {
  format: string;
  render(report: Report, options?: RenderOptions): string;
}
