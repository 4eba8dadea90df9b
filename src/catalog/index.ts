import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog, CheckMeta, ControlRef } from '../model/index.js';
import { PolicyError } from '../errors.js';

/** Reads dist/policies/catalog.json, written by the policy build from the checks' METADATA. */
export async function loadCatalog(policyDirectory: string): Promise<Catalog> {
  const file = path.join(policyDirectory, 'catalog.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Catalog;
  } catch (cause) {
    throw new PolicyError(`load check catalogue ${file}: ${(cause as Error).message}; run \`npm run build\``, {
      cause,
      code: 'POLICY_LOAD',
    });
  }
}

export class CatalogIndex {
  private readonly byId = new Map<string, CheckMeta>();

  constructor(readonly catalog: Catalog) {
    for (const check of catalog.checks) this.byId.set(check.id, check);
  }

  check(id: string): CheckMeta | undefined {
    return this.byId.get(id);
  }

  controlsOf(check: CheckMeta): ControlRef[] {
    return Object.entries(check.frameworks)
      .flatMap(([framework, controls]) => controls.map((control) => ({ framework, control })))
      .sort((a, b) => (a.framework + a.control).localeCompare(b.framework + b.control));
  }

  /** Checks that read the given canonical resource type. */
  checksFor(resourceType: string): CheckMeta[] {
    return this.catalog.checks.filter((check) => !check.deprecated && check.resourceTypes.includes(resourceType));
  }
}
