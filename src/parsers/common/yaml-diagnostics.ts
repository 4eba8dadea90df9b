import type { LineCounter, YAMLError } from 'yaml';
import type { Diagnostic, DiagnosticCode } from '../../model/diagnostic.js';

/** yaml@2 error codes that are not syntax errors of the file. */
const CODES: Partial<Record<YAMLError['code'], DiagnosticCode>> = {
  DUPLICATE_KEY: 'PARSE_DUPLICATE_KEY',
  TAG_RESOLVE_FAILED: 'PARSE_UNSUPPORTED',
  BAD_ALIAS: 'PARSE_ALIAS',
  // yaml reports both an alias bomb and a stack overflow while composing a deeply nested file so.
  RESOURCE_EXHAUSTION: 'LIMIT_EXCEEDED',
};

/** yaml's composer catches its own stack overflow on a deeply nested file and reports this. */
export const COMPOSER_TOO_DEEP = 'nested too deep for the YAML parser; what lies deeper was not read';

/**
 * yaml@2 errors and warnings → Diagnostics with the place they point at. Parse with
 * `prettyErrors: false`: the pretty form appends a snippet of the file, and reports must never
 * echo file contents (a secret may sit on that line).
 */
export function yamlDiagnostics(
  errors: readonly YAMLError[],
  warnings: readonly YAMLError[],
  filePath: string,
  lineCounter: LineCounter,
): Diagnostic[] {
  const convert = (level: Diagnostic['level']) => (error: YAMLError): Diagnostic => {
    const start = lineCounter.linePos(error.pos[0]);
    const end = lineCounter.linePos(Math.max(error.pos[1], error.pos[0]));
    return {
      code: CODES[error.code] ?? 'PARSE_SYNTAX',
      level,
      message: error.code === 'RESOURCE_EXHAUSTION' ? COMPOSER_TOO_DEEP : firstLine(error.message),
      range: { path: filePath, startLine: start.line, startColumn: start.col, endLine: end.line, endColumn: end.col },
    };
  };
  return [...errors.map(convert('error')), ...warnings.map(convert('warning'))];
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** True when the diagnostics include an error that makes the tree unreliable. */
export function hasSyntaxError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.level === 'error' && d.code === 'PARSE_SYNTAX');
}
