import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A bundled worker thread's entry: dist/worker/<file> beside dist/cli/ and dist/action/, found from
 * the running bundle. Undefined when running from the TypeScript sources (ts-jest), where a worker
 * cannot load them: the caller then does the work in the main thread.
 */
export function bundledWorkerEntry(file: string): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const entry = path.resolve(here, '..', 'worker', file);
  return existsSync(entry) ? entry : undefined;
}
