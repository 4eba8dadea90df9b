import type { SourceRange } from './source.js';

export type DiagnosticCode =
  | 'PARSE_SYNTAX'
  | 'PARSE_DUPLICATE_KEY'
  | 'PARSE_UNSUPPORTED'
  | 'PARSE_ALIAS'
  | 'FILE_UNREADABLE'
  | 'NORMALIZE_FAILED'
  | 'MODULE_UNRESOLVED'
  | 'SUPPRESSION_EXPIRED'
  | 'SUPPRESSION_UNKNOWN_CHECK'
  | 'SUPPRESSION_INVALID';

/** A problem with one input file. Collected and reported, never thrown: the scan goes on. */
export interface Diagnostic {
  code: DiagnosticCode;
  level: 'error' | 'warning';
  message: string;
  /** File and place; when the place is unknown, line 1 column 1 of the file. */
  range: SourceRange;
}
