import type { FailOn, Severity, SourceRange } from '../model/index.js';

/** `fail-on` as the config file writes it; same values as the CLI flag. */
export type ConfigFailOn = FailOn;

/**
 * One accepted risk, written in `.posture.yaml`. `check`, `resource` and `path` are minimatch
 * globs; a finding is waived when all the globs given match it.
 */
export interface Waiver {
  check: string;
  resource?: string;
  path?: string;
  reason: string;
  owner?: string;
  /** Last day (inclusive, UTC) the waiver suppresses, `YYYY-MM-DD`. */
  expires?: string;
  /** Where the waiver is written, so expiry warnings and audits can point at it. */
  source: SourceRange;
}

/** `.posture.yaml`, validated. Absent lists are empty; absent scalars are undefined. */
export interface PostureConfig {
  /** The file as shown in messages (relative to the scan root when inside it). */
  path: string;
  include: string[];
  exclude: string[];
  failOn?: ConfigFailOn;
  frameworks: string[];
  /** check id → severity that replaces the catalogue's. */
  severity: Record<string, Severity>;
  varFiles: string[];
  /** User policy directories or compiled bundles (relative to the root), evaluated beside the built-in checks. */
  policies: string[];
  waivers: Waiver[];
  /** `skip-external-modules: true`: as `--skip-external-modules`. */
  skipExternalModules?: boolean;
  /** `strict: true`: an incomplete scan fails (exit 2; the Action's step fails), as `--strict`. */
  strict?: boolean;
  /** `max-scan-seconds: N`: as `--max-scan-seconds` (which wins over it). */
  maxScanSeconds?: number;
  /** `aws.stacks`: which template each CloudFormation stack was deployed from, in file order. */
  awsStacks?: StackTemplate[];
}

/** One `aws.stacks` entry: a stack name or minimatch glob → a template path relative to the root. */
export interface StackTemplate {
  stack: string;
  template: string;
  source: SourceRange;
}
