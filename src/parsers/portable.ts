import type { Diagnostic } from '../model/diagnostic.js';
import type { ParsedDocument } from '../model/document.js';
import type { AttributePath, InputFile } from '../model/source.js';
import { locateIn, type Positions } from './common/position-map.js';
import { locateInFile } from './terraform/locate.js';
import type { HclFile } from './terraform/hcl-types.js';

/**
 * How a document finds a path's range, as data: `hcl` walks the ranges inside the `HclFile`
 * value; `positions` looks `[...prefix, ...path]` up in a path → range map; `none` finds nothing.
 */
export type Locator = { kind: 'hcl' } | { kind: 'positions'; positions: Positions; prefix: AttributePath } | { kind: 'none' };

/**
 * A `ParsedDocument` without its `locate` closure: plain, structured-cloneable data, so a parse
 * worker can send it to the main thread. `rehydrateDocument` gives the `ParsedDocument` back.
 */
export interface PortableDocument<T = unknown> {
  file: InputFile;
  value: T;
  diagnostics: Diagnostic[];
  locator: Locator;
}

export function rehydrateDocument<T>(doc: PortableDocument<T>): ParsedDocument<T> {
  const { file, value, diagnostics, locator } = doc;
  switch (locator.kind) {
    case 'hcl':
      return { file, value, diagnostics, locate: (path) => locateInFile(value as HclFile, path) };
    case 'positions': {
      const { positions, prefix } = locator;
      const locate = prefix.length === 0 ? (path: AttributePath) => locateIn(positions, path) : (path: AttributePath) => locateIn(positions, [...prefix, ...path]);
      return { file, value, diagnostics, locate };
    }
    case 'none':
      return { file, value, diagnostics, locate: () => undefined };
  }
}

export function positionsLocator(positions: Positions, prefix: AttributePath = []): Locator {
  return { kind: 'positions', positions, prefix };
}
