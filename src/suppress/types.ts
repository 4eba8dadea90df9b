import type { CheckMeta, Diagnostic, Finding, SourceRange } from '../model/index.js';
import type { Waiver } from '../config/index.js';

/** Map key of a resource: `${scope}\u0000${resourceId}` (resource ids are unique per scope only). */
export type ResourceKey = string;

export interface SuppressionInput {
  findings: Finding[];
  /** Scanned file text by report path (the paths of `Finding.location`). */
  texts: ReadonlyMap<string, string>;
  /** Each resource's declaration (its provenance at `pathKey([])`), asked for only where a directive may apply. */
  ranges: { get(key: ResourceKey): SourceRange | undefined };
  /** Each resource's native block, for CloudFormation `Metadata` and Kubernetes annotations. */
  raws: ReadonlyMap<ResourceKey, Record<string, unknown>>;
  waivers: readonly Waiver[];
  /** A check's peer ids (`{checkov: [...], trivy: [...]}`) and its narrower ones; undefined for an unknown check id. */
  checkOf: (checkId: string) => Pick<CheckMeta, 'peers' | 'partialPeers'> | undefined;
  now: Date;
}

/** Codes the lead adds to `DiagnosticCode` when merging these into `Report.diagnostics`. */
export type SuppressionDiagnosticCode = 'SUPPRESSION_EXPIRED' | 'SUPPRESSION_UNKNOWN_CHECK' | 'SUPPRESSION_INVALID' | 'SUPPRESSION_PARTIAL';

export type SuppressionDiagnostic = Omit<Diagnostic, 'code'> & { code: SuppressionDiagnosticCode };

/** How much a config waiver was used, for `posture waivers audit`. */
export interface WaiverUse {
  waiver: Waiver;
  expired: boolean;
  /** Fingerprints of the findings it suppressed (none when expired). */
  fingerprints: string[];
}

export interface SuppressionResult {
  findings: Finding[];
  diagnostics: SuppressionDiagnostic[];
  waiverUse: WaiverUse[];
}

/** Which tool's syntax a directive was written in; peer syntaxes name peer ids, not ours. */
export type DirectiveTool = 'posture' | 'checkov' | 'trivy' | 'tfsec' | 'kics';

/** One inline suppression as written, before it is matched to findings. */
export interface Directive {
  tool: DirectiveTool;
  ids: string[];
  reason?: string;
  /** `YYYY-MM-DD`, inclusive; undefined = no expiry. */
  until?: string;
  /** Where it is written: a comment's line, or the resource for Metadata and annotations. */
  range: SourceRange;
  /** Comment directives are placed by line; metadata ones belong to their resource. */
  placement: 'comment' | 'resource';
  /** Set when the directive cannot suppress anything: a malformed date, `*`. */
  invalid?: string;
  /** `kics-scan ignore-line` / `ignore-block` / `disable=`: which form, hence which lines it covers. */
  kics?: KicsScope;
}

/**
 * `ignore-line` / `ignore-block` name no query: the line, or the block, below the comment is
 * skipped. `disable=<query id>,…` names queries: those are skipped in the whole file.
 */
export type KicsScope = 'ignore-line' | 'ignore-block' | 'disable';
