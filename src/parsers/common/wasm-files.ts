import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Package specifiers to resolve when a .wasm file is not bundled beside the running module. */
const PACKAGE_FILES: Record<string, string> = {
  'sql-wasm.wasm': 'sql.js/dist/sql-wasm.wasm',
};

/**
 * Absolute path of a .wasm file. The bundled CLI lives at dist/cli/index.js with the files copied
 * to dist/wasm/, so the bundle directories are tried first; in the source tree (tests, ts
 * tooling) the files are resolved from node_modules.
 */
export function locateWasm(fileName: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = [join(here, '..', 'wasm', fileName), join(here, 'wasm', fileName)];
  for (const candidate of bundled) {
    if (existsSync(candidate)) return candidate;
  }
  const specifier = PACKAGE_FILES[fileName];
  if (specifier !== undefined) {
    try {
      return createRequire(import.meta.url).resolve(specifier);
    } catch {
      // fall through to the error below, which names every place that was tried
    }
  }
  throw new Error(
    `wasm file ${fileName} not found: looked in ${bundled.join(' and ')}` +
      (specifier === undefined ? ' (no npm package provides it)' : ` and in the npm package ${specifier}`) +
      '; reinstall dependencies or rebuild dist/',
  );
}
