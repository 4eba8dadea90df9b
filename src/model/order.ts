/**
 * The one ordering every report uses: file, line, column, check, resource, then tie-breakers,
 * so that output does not depend on the order the engine or the filesystem produced things in.
 */
import type { Diagnostic } from './diagnostic.js';
import type { Finding, Inconclusive } from './finding.js';
import type { SkippedFile, SourceRange } from './source.js';

/** Plain code-unit comparison: locale-independent, so every machine sorts alike. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNumbers(a: number, b: number): number {
  return a - b;
}

/** Compares by path, start line, start column, end line, end column. */
export function compareRanges(a: SourceRange, b: SourceRange): number {
  return (
    compareStrings(a.path, b.path) ||
    compareNumbers(a.startLine, b.startLine) ||
    compareNumbers(a.startColumn, b.startColumn) ||
    compareNumbers(a.endLine, b.endLine) ||
    compareNumbers(a.endColumn, b.endColumn)
  );
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.location.path, b.location.path) ||
    compareNumbers(a.location.startLine, b.location.startLine) ||
    compareNumbers(a.location.startColumn, b.location.startColumn) ||
    compareStrings(a.checkId, b.checkId) ||
    compareStrings(a.resourceId, b.resourceId) ||
    compareStrings(a.scope, b.scope) ||
    compareStrings(JSON.stringify(a.attributePath), JSON.stringify(b.attributePath)) ||
    compareStrings(a.fingerprint, b.fingerprint) ||
    compareRanges(a.location, b.location) ||
    compareStrings(a.message, b.message)
  );
}

export function compareInconclusive(a: Inconclusive, b: Inconclusive): number {
  return (
    compareRanges(a.location, b.location) ||
    compareStrings(a.checkId, b.checkId) ||
    compareStrings(a.resourceId, b.resourceId) ||
    compareStrings(JSON.stringify(a.attributePath), JSON.stringify(b.attributePath))
  );
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareRanges(a.range, b.range) || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}

export function compareSkipped(a: SkippedFile, b: SkippedFile): number {
  return compareStrings(a.path, b.path) || compareStrings(a.reason, b.reason);
}

/** A sorted copy; the input is left alone. */
export function sorted<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return [...items].sort(compare);
}

/** A copy of a record with its keys in code-unit order, so JSON output is stable. */
export function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort(compareStrings)) out[key] = record[key];
  return out;
}
