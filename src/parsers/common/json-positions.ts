import type { Diagnostic } from '../../model/diagnostic.js';
import type { AttributePath } from '../../model/source.js';
import { MAX_DEPTH_DIAGNOSTICS, tooDeepDiagnostic } from '../../model/limits.js';
import { fileStart } from '../../model/source.js';
import { capJsonDepth } from './json-depth.js';
import { buildJsonIndex, nearestSpan, spanRange, type JsonIndex } from './json-index.js';
import { duplicateKeyDiagnostics } from './json-duplicates.js';
import { jsonSyntaxError } from './json-syntax.js';
import { offsetToLineCol } from './position-map.js';

export interface PositionedValue {
  value: unknown;
  /** Ranges resolved on demand (see json-index.ts for why not a Map of every value). */
  positions: JsonIndex;
  diagnostics: Diagnostic[];
}

/**
 * Parses strict JSON into plain data plus the positions of its values. A path's range starts
 * at its key, so a finding lands on the attribute's line. A syntax error gives `value:
 * undefined` and one PARSE_SYNTAX diagnostic; it never throws. The value comes from JSON.parse,
 * which defines every key as an own property (a key named `__proto__` stays data). Duplicate
 * keys keep the last value, as JSON.parse does, and each is a PARSE_DUPLICATE_KEY warning, as in YAML.
 */
export function parseJsonWithPositions(text: string, filePath: string, prefix: AttributePath = []): PositionedValue {
  const source = withoutBom(text);
  const read = readJson(source);
  if ('error' in read) return { value: undefined, positions: buildJsonIndex('', filePath, prefix), diagnostics: [syntaxDiagnostic(read.error, source, filePath)] };
  const positions = buildJsonIndex(source, filePath, prefix);
  const { members, cuts } = capJsonDepth(read.value);
  // the key-by-key pass is only needed when some key was written twice (JSON.parse kept one)
  const diagnostics = positions.membersWritten === members ? [] : duplicateKeyDiagnostics(source, filePath);
  for (const cut of cuts.slice(0, MAX_DEPTH_DIAGNOSTICS)) {
    const span = nearestSpan(positions, [...prefix, ...cut]);
    diagnostics.push(tooDeepDiagnostic(span ? spanRange(positions, span) : fileStart(filePath)));
  }
  return { value: read.value, positions, diagnostics };
}

/** A UTF-8 BOM is legal at the start of a file but not JSON; a space in its place shifts no column. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/** JSON.parse's value, or why the text is not JSON (never JSON.parse's message: it quotes the text). */
export function readJson(source: string): { value: unknown } | { error: { message: string; offset: number } } {
  try {
    return { value: JSON.parse(source) as unknown };
  } catch {
    return { error: jsonSyntaxError(source) ?? { message: 'not valid JSON', offset: source.length } };
  }
}

function syntaxDiagnostic(error: { message: string; offset: number }, text: string, filePath: string): Diagnostic {
  const { line, col } = offsetToLineCol(text, error.offset);
  const reason = error.message.replace(/ in JSON at position \d+$/, '').replace(/ of JSON input$/, ' of input');
  return {
    code: 'PARSE_SYNTAX',
    level: 'error',
    message: `invalid JSON: ${reason}`,
    range: { path: filePath, startLine: line, startColumn: col, endLine: line, endColumn: col },
  };
}
