import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyError } from '../errors.js';

/** What the policy build writes beside policy.wasm (scripts/build-policies.mjs). */
export interface PolicyMeta {
  opaVersion: string;
  abiVersion: string;
  /** Entrypoint name → the check id it evaluates, or `aggregate` for gate/findings. */
  entrypoints: Record<string, string>;
  /** Wasm memory pages the module's data segments need, plus headroom. */
  initialPages: number;
}

export interface PolicyBundle {
  wasm: Uint8Array<ArrayBuffer>;
  meta: PolicyMeta;
  /** Directory the bundle was read from (dist/policies). */
  directory: string;
}

/**
 * Finds dist/policies whether this code runs from source (src/engine/) or from the bundle
 * (dist/cli/index.js or dist/action/index.js): both sit two levels below the repository root.
 */
export function defaultPolicyDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'dist', 'policies');
}

export async function readPolicyBundle(directory = defaultPolicyDirectory()): Promise<PolicyBundle> {
  try {
    const [wasm, metaText] = await Promise.all([
      readFile(path.join(directory, 'policy.wasm')),
      readFile(path.join(directory, 'policy.meta.json'), 'utf8'),
    ]);
    return { wasm: new Uint8Array(wasm), meta: JSON.parse(metaText) as PolicyMeta, directory };
  } catch (cause) {
    throw new PolicyError(`load policy bundle from ${directory}: ${(cause as Error).message}; run \`npm run build\``, {
      cause,
      code: 'POLICY_LOAD',
    });
  }
}
