import type { Diagnostic } from './diagnostic.js';
import type { SourceRange } from './source.js';
import { unknownValue, type UnknownValue } from './unknown.js';

/**
 * How deep collections (maps and lists) may nest in a scanned value, counted from the document's
 * root. Real templates and manifests stay far below it; a hostile file nested a few thousand deep
 * would overflow the stack of every recursive walk after the parser (normalisers, provenance,
 * findings, the Wasm input) and lose the whole file. Parsers cut deeper values to unknown, so
 * everything downstream may recurse freely up to this depth.
 */
export const MAX_NESTING_DEPTH = 256;

/** At most this many depth diagnostics per file: one is enough to mark the scan incomplete. */
export const MAX_DEPTH_DIAGNOSTICS = 10;

/** What a value nested too deep becomes: unknown, never a guess. */
export function tooDeepValue(): UnknownValue {
  return unknownValue(`nested more than ${MAX_NESTING_DEPTH} levels deep; not read`);
}

/** The LIMIT_EXCEEDED diagnostic for a value cut at `range` (where it got too deep). */
export function tooDeepDiagnostic(range: SourceRange): Diagnostic {
  return {
    code: 'LIMIT_EXCEEDED',
    level: 'error',
    message: `value nested more than ${MAX_NESTING_DEPTH} levels deep; what lies deeper was not read and is unknown`,
    range,
  };
}
