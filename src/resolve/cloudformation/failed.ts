import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import { fileStart } from '../../model/source.js';

/** One resource that could not be resolved or normalised: its own diagnostic, never its siblings'. */
export function resourceFailed(doc: ParsedDocument, logicalId: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'NORMALIZE_FAILED',
    level: 'error',
    message: `resource ${logicalId} could not be read (${reason}); its checks were not evaluated`,
    range: doc.locate(['Resources', logicalId]) ?? fileStart(doc.file.path),
  };
}
