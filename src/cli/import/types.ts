import type { FailOn, Severity } from '../../model/index.js';

/** One `.posture.yaml` waiver an import writes (the fields of `waivers:` entries). */
export interface ImportedWaiver {
  check: string;
  resource?: string;
  path?: string;
  reason: string;
  expires?: string;
}

/** What one peer configuration becomes: waivers, settings, and every entry left unmapped, with why. */
export interface ImportResult {
  waivers: ImportedWaiver[];
  failOn?: FailOn;
  /** check id → severity, for checks the peer reported without failing on them. */
  severity: Record<string, Severity>;
  /** `file: entry: why`, one line each, in file order. */
  unmapped: string[];
  /** Entries mapped to something close but not the same, with what differs. */
  approximate: string[];
}

export function emptyResult(): ImportResult {
  return { waivers: [], severity: {}, unmapped: [], approximate: [] };
}
