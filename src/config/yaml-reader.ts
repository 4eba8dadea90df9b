/**
 * Typed reads from a parsed YAML node tree, each failing with a ConfigError that names the
 * file, the line and column, and the field (`.posture.yaml:7:5: waivers[1].expires must be …`).
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node, type Scalar } from 'yaml';
import { ConfigError } from '../errors.js';
import type { SourceRange } from '../model/index.js';
import { closestMatch } from './suggest.js';

export interface Entry {
  key: Scalar;
  value: Node | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class YamlReader {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  /** A ConfigError located at the node (or at the top of the file when there is none). */
  error(node: Node | null | undefined, message: string): ConfigError {
    const { startLine, startColumn } = this.range(node);
    return new ConfigError(`${this.file}:${startLine}:${startColumn}: ${message}`);
  }

  range(node: Node | null | undefined): SourceRange {
    const [start, , end] = node?.range ?? [0, 0, 0];
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(end);
    return { path: this.file, startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
  }

  /** The entries of a mapping; a key outside `known` (when given) is an error with a suggestion. */
  map(node: Node | null, field: string, known?: readonly string[]): Map<string, Entry> {
    if (!isMap(node)) throw this.error(node, `${field || 'the file'} must be a mapping`);
    const entries = new Map<string, Entry>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || typeof key.value !== 'string') throw this.error(key, `${field} keys must be strings`);
      if (known && !known.includes(key.value)) throw this.error(key, unknownKey(field, key.value, known));
      // Checked here rather than by yaml's uniqueKeys, which points at the map, not the repeat.
      if (entries.has(key.value)) throw this.error(key, `duplicate key "${key.value}"${field ? ` in ${field}` : ''}`);
      entries.set(key.value, { key, value: pair.value as Node | null });
    }
    return entries;
  }

  string(node: Node | null, field: string): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      throw this.error(node, `${field} must be a non-empty string`);
    }
    return node.value;
  }

  /** A list of strings; an empty value (`exclude:`) reads as an empty list. */
  stringList(node: Node | null, field: string): string[] {
    if (node === null || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) throw this.error(node, `${field} must be a list of strings`);
    return node.items.map((item, i) => this.string(item as Node | null, `${field}[${i}]`));
  }

  /** A calendar date written `YYYY-MM-DD` (a YAML timestamp would lose the time zone intent). */
  date(node: Node | null, field: string): string {
    const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    if (text === undefined || !isCalendarDate(text)) throw this.error(node, `${field} must be a date (YYYY-MM-DD)`);
    return text;
  }

  sequence(node: Node | null, field: string): Node[] {
    if (node === null || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) throw this.error(node, `${field} must be a list`);
    return node.items as Node[];
  }
}

export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function unknownKey(field: string, key: string, known: readonly string[]): string {
  const where = field === '' ? 'unknown key' : `unknown key in ${field}:`;
  const suggestion = closestMatch(key, known);
  const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of: ${known.join(', ')}`;
  return `${where} "${key}"; ${hint}`;
}
