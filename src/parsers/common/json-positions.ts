import jsonMap from 'json-source-map';
import type { JsonLocation, JsonPointer } from 'json-source-map';
import type { Diagnostic } from '../../model/diagnostic.js';
import { pathKey } from '../../model/resource.js';
import type { AttributePath, SourceRange } from '../../model/source.js';
import { duplicateKeyDiagnostics } from './json-duplicates.js';
import { offsetToLineCol, type PositionMap } from './position-map.js';

export interface PositionedValue {
  value: unknown;
  positions: PositionMap;
  diagnostics: Diagnostic[];
}

/**
 * Parses strict JSON into plain data plus a path → range map. Map entries point at the key, so
 * a finding lands on the attribute's line. A syntax error gives `value: undefined` and one
 * PARSE_SYNTAX diagnostic; it never throws. The value comes from JSON.parse, which defines
 * every key as an own property (a key named `__proto__` stays data; json-source-map's own
 * value assigns keys and loses it); json-source-map gives only the positions. Duplicate keys
 * keep the last value, as JSON.parse does, and each is a PARSE_DUPLICATE_KEY warning, as in YAML.
 */
export function parseJsonWithPositions(
  text: string,
  filePath: string,
  prefix: AttributePath = [],
): PositionedValue {
  // A UTF-8 BOM is legal at the start of a file but not JSON; dropping it shifts no line.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  let parsed: ReturnType<typeof jsonMap.parse>;
  try {
    parsed = jsonMap.parse(source);
  } catch (error) {
    return { value: undefined, positions: new Map(), diagnostics: [syntaxDiagnostic(error, source, filePath)] };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    // Not expected once json-source-map accepted the text. JSON.parse's message quotes the
    // text, which may hold a secret, so it is not passed on.
    return { value: undefined, positions: new Map(), diagnostics: [syntaxDiagnostic(new Error('not valid JSON'), source, filePath)] };
  }
  const positions: PositionMap = new Map();
  collect(value, '', prefix, parsed.pointers, filePath, positions);
  return { value, positions, diagnostics: duplicateKeyDiagnostics(source, filePath) };
}

function collect(
  value: unknown,
  pointer: string,
  path: AttributePath,
  pointers: Record<string, JsonPointer>,
  filePath: string,
  positions: PositionMap,
): void {
  const entry = pointers[pointer];
  if (entry) positions.set(pathKey(path), toRange(filePath, entry.key ?? entry.value, entry.valueEnd));
  if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, `${pointer}/${i}`, [...path, i], pointers, filePath, positions));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1');
      collect(item, `${pointer}/${escaped}`, [...path, key], pointers, filePath, positions);
    }
  }
}

function toRange(path: string, start: JsonLocation, end: JsonLocation): SourceRange {
  return {
    path,
    startLine: start.line + 1,
    startColumn: start.column + 1,
    endLine: end.line + 1,
    endColumn: end.column + 1,
  };
}

function syntaxDiagnostic(error: unknown, text: string, filePath: string): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  // json-source-map reports only an offset ("... at position 18"); the end of input otherwise.
  const match = /position (\d+)/.exec(message);
  const { line, col } = offsetToLineCol(text, match ? Number(match[1]) : text.length);
  const reason = message.replace(/ in JSON at position \d+$/, '').replace(/ of JSON input$/, ' of input');
  return {
    code: 'PARSE_SYNTAX',
    level: 'error',
    message: `invalid JSON: ${reason}`,
    range: { path: filePath, startLine: line, startColumn: col, endLine: line, endColumn: col },
  };
}
