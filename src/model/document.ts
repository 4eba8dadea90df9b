import type { Diagnostic } from './diagnostic.js';
import type { AttributePath, InputFile, SourceRange } from './source.js';

/**
 * A parsed file. `value` is plain JSON-like data in the format's own shape; `locate` maps a
 * path into `value` to the range in the file (the nearest enclosing node when the exact path
 * has no node of its own), or undefined when even the root has none.
 */
export interface ParsedDocument<T = unknown> {
  file: InputFile;
  value: T;
  locate(path: AttributePath): SourceRange | undefined;
  diagnostics: Diagnostic[];
}
