/**
 * A place in a scanned file. Lines and columns are 1-based; columns count UTF-16 code units;
 * endColumn is exclusive (the column after the last character), as in SARIF.
 */
export interface SourceRange {
  /** Path relative to the scan root, with forward slashes. */
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** One step of an attribute path: an object key or an array index. */
export type PathSegment = string | number;
export type AttributePath = PathSegment[];

export type SourceFormat = 'terraform' | 'terraform-plan' | 'cloudformation' | 'kubernetes' | 'aws-config';

export interface InputFile {
  /** Absolute path on disk. */
  absolutePath: string;
  /** Path relative to the scan root, with forward slashes; what every report shows. */
  path: string;
  format: SourceFormat;
  /**
   * Read because a scanned file needs it, not because its path was given: a local module called
   * from outside the scanned paths, a module `terraform init` vendored. Never a root module itself.
   */
  dependency?: true;
}

/** The first character of a file: where a problem with no better place is reported. */
export function fileStart(path: string): SourceRange {
  return { path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}

/** A file discovery looked at and passed over, with the reason (never silent). */
export interface SkippedFile {
  path: string;
  reason: string;
}

/**
 * Report path prefix of resources read live from the AWS Config API: they have no file, so their
 * path is `aws-config://<account>/<region>`.
 */
export const LIVE_PATH_PREFIX = 'aws-config://';
