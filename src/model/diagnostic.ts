import type { SourceRange } from './source.js';

export type DiagnosticCode =
  | 'PARSE_SYNTAX'
  | 'PARSE_DUPLICATE_KEY'
  | 'PARSE_UNSUPPORTED'
  | 'PARSE_ALIAS'
  | 'FILE_UNREADABLE'
  /** A read that would leave the repository boundary (a symlink, `..`, an absolute path): refused. */
  | 'PATH_REFUSED'
  | 'NORMALIZE_FAILED'
  | 'MODULE_UNRESOLVED'
  /** A nested CloudFormation stack (or SAM application) whose template could not be read. */
  | 'STACK_UNRESOLVED'
  /** A Terraform plan (or state) in a form this version cannot read. */
  | 'PLAN_UNSUPPORTED'
  /** An expansion, nesting depth, size or time budget was hit: what lies past it was not read. */
  | 'LIMIT_EXCEEDED'
  /** A live-account region or resource type whose items could not be fetched. */
  | 'LIVE_FETCH_FAILED'
  | 'SUPPRESSION_EXPIRED'
  | 'SUPPRESSION_UNKNOWN_CHECK'
  | 'SUPPRESSION_INVALID'
  | 'SUPPRESSION_PARTIAL';

/** A problem with one input file. Collected and reported, never thrown: the scan goes on. */
export interface Diagnostic {
  code: DiagnosticCode;
  level: 'error' | 'warning';
  message: string;
  /** File and place; when the place is unknown, line 1 column 1 of the file. */
  range: SourceRange;
}

/** What a scan could not read, by kind: each one means findings may be missing. */
export interface Incompleteness {
  /**
   * Files that could not be read in full: syntax errors, unreadable or refused paths, normaliser
   * failures. Counted once per file, however many problems it has (a YAML file with three syntax
   * errors is one file not read).
   */
  unreadable: number;
  /** Terraform module calls not evaluated (remote and not vendored, outside the boundary, cycles). */
  unresolvedModules: number;
  /** Nested CloudFormation stacks whose template was not read. */
  unresolvedStacks: number;
  /** Plans or states in an unsupported form. */
  unsupportedPlans: number;
  /** Budgets hit (expansion, depth, size, deadline). */
  limits: number;
  /** Live-account regions or types not fetched. */
  liveFailures: number;
}

const KIND_OF: Partial<Record<DiagnosticCode, keyof Incompleteness>> = {
  FILE_UNREADABLE: 'unreadable',
  PATH_REFUSED: 'unreadable',
  NORMALIZE_FAILED: 'unreadable',
  MODULE_UNRESOLVED: 'unresolvedModules',
  STACK_UNRESOLVED: 'unresolvedStacks',
  PLAN_UNSUPPORTED: 'unsupportedPlans',
  LIMIT_EXCEEDED: 'limits',
  LIVE_FETCH_FAILED: 'liveFailures',
};

/**
 * The kind of input a diagnostic says was not read, or undefined when the input was read in full.
 * A syntax error is input not read only at error level (a warning-level one was recovered from).
 */
export function incompleteKind(diagnostic: Diagnostic): keyof Incompleteness | undefined {
  if (diagnostic.code === 'PARSE_SYNTAX' || diagnostic.code === 'PARSE_UNSUPPORTED') return diagnostic.level === 'error' ? 'unreadable' : undefined;
  return KIND_OF[diagnostic.code];
}

/** Counts of what was not read; undefined when every input was read (the scan is complete). */
export function incompleteness(diagnostics: readonly Diagnostic[]): Incompleteness | undefined {
  const counts: Incompleteness = { unreadable: 0, unresolvedModules: 0, unresolvedStacks: 0, unsupportedPlans: 0, limits: 0, liveFailures: 0 };
  const unreadableFiles = new Set<string>();
  let any = false;
  for (const diagnostic of diagnostics) {
    const kind = incompleteKind(diagnostic);
    if (kind === undefined) continue;
    any = true;
    if (kind === 'unreadable') unreadableFiles.add(diagnostic.range.path);
    else counts[kind] += 1;
  }
  counts.unreadable = unreadableFiles.size;
  return any ? counts : undefined;
}
