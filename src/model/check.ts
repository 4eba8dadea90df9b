export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';

export const SEVERITIES: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** The lowest severity that blocks, or `none`: the `--fail-on` flag, the Action input and `.posture.yaml`. */
export type FailOn = Severity | 'none';

export const FAIL_ON_LEVELS: readonly FailOn[] = [...SEVERITIES, 'none'];

/** A fail-on level as users write it (any case), or undefined when it is not one. */
export function parseFailOn(text: string): FailOn | undefined {
  return FAIL_ON_LEVELS.find((level) => level.toLowerCase() === text.toLowerCase());
}

/** A check's catalogue entry, built from its Rego METADATA by `opa inspect -a`. */
export interface CheckMeta {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  /** Rego package path, e.g. `checks.aws.s3.bucket_encryption`. */
  package: string;
  resourceTypes: string[];
  formats: string[];
  recommendedAction: string;
  /** framework id → control ids. */
  frameworks: Record<string, string[]>;
  /** Equivalent ids in peer tools, for users migrating (`checkov: [CKV_AWS_19]`). */
  peers: Record<string, string[]>;
  /**
   * Peer ids (of `peers`) whose check covers only part of ours (METADATA `custom.peers_partial`):
   * skipping one of them in the peer's syntax, or importing its skip, never waives ours.
   */
  partialPeers?: string[];
  relatedResources: string[];
  /** Attribute paths the check reads ("*" for any array index), for inconclusive counting. */
  reads: string[][];
  deprecated: boolean;
  /**
   * The verdict on a resource depends on other resources of its scope (METADATA
   * `custom.cross_resource: true`): with a file of that scope not read, a violation is inconclusive.
   */
  crossResource?: boolean;
  /** Source file of the check, relative to the repository. */
  file: string;
  /** Compliant example per source format (terraform, cloudformation, kubernetes): the remediation shown to users. */
  examples?: Record<string, string>;
}

export interface Control {
  id: string;
  title: string;
  description?: string;
  /** Requirement (section) the control belongs to. */
  requirement?: string;
  url?: string;
}

export interface Requirement {
  id: string;
  title: string;
}

export interface Framework {
  id: string;
  title: string;
  version: string;
  url?: string;
  requirements: Requirement[];
  controls: Control[];
}

export interface Catalog {
  opaVersion: string;
  checks: CheckMeta[];
  frameworks: Framework[];
}
