import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Resource } from '../../model/resource.js';
import type { SourceRange } from '../../model/source.js';

/**
 * Golden files for parser and normaliser tests (`fixtures/<format>/<case>/expected.resources.json`).
 * Provenance is written as `line:column` per path key, which keeps the files readable and still
 * fails when an attribute moves to another line. Test code only.
 */
export interface Golden {
  resources: unknown[];
  diagnostics: unknown[];
}

export function toGolden(resources: Resource[], diagnostics: Diagnostic[]): Golden {
  return {
    resources: resources.map((resource) => ({
      ...resource,
      provenance: Object.fromEntries([...resource.provenance].map(([key, range]) => [key, at(range)])),
    })),
    diagnostics: diagnostics.map((d) => ({ code: d.code, level: d.level, message: d.message, at: `${d.range.path}:${at(d.range)}` })),
  };
}

function at(range: SourceRange): string {
  return `${range.startLine}:${range.startColumn}`;
}

/**
 * With UPDATE_GOLDEN=1 writes the file and returns the actual value; otherwise returns what the
 * file holds (or undefined when missing), for the test to compare.
 */
export function readOrWriteGolden(file: string, actual: Golden): Golden | undefined {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, text);
    return JSON.parse(text) as Golden;
  }
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Golden) : undefined;
}
