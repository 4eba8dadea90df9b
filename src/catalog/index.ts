import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog, CheckMeta, ControlRef } from '../model/index.js';
import { ConfigError, PolicyError } from '../errors.js';

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
  private readonly byType = new Map<string, CheckMeta[]>();
  private readonly requirements = new Map<string, string>();
  private readonly controls = new WeakMap<CheckMeta, ControlRef[]>();

  constructor(readonly catalog: Catalog) {
    for (const check of catalog.checks) this.byId.set(check.id, check);
    for (const framework of catalog.frameworks) {
      for (const control of framework.controls) {
        if (control.requirement !== undefined) this.requirements.set(`${framework.id}\u0000${control.id}`, control.requirement);
      }
    }
  }

  check(id: string): CheckMeta | undefined {
    return this.byId.get(id);
  }

  /** The controls a check maps to, sorted; one shared list per check (every finding of it carries the list). */
  controlsOf(check: CheckMeta): ControlRef[] {
    let controls = this.controls.get(check);
    if (controls === undefined) {
      controls = Object.entries(check.frameworks)
        .flatMap(([framework, ids]) => ids.map((control) => ({ framework, control })))
        .sort((a, b) => (a.framework + a.control).localeCompare(b.framework + b.control));
      this.controls.set(check, controls);
    }
    return controls;
  }

  /** Checks that read the given canonical resource type. */
  checksFor(resourceType: string): CheckMeta[] {
    let checks = this.byType.get(resourceType);
    if (checks === undefined) {
      checks = this.catalog.checks.filter((check) => !check.deprecated && check.resourceTypes.includes(resourceType));
      this.byType.set(resourceType, checks);
    }
    return checks;
  }

  /** The requirement a control belongs to, in one framework. */
  requirementOf(framework: string, control: string): string | undefined {
    return this.requirements.get(`${framework}\u0000${control}`);
  }

  /**
   * The catalogue seen through some frameworks (`--framework`, `frameworks:` in .posture.yaml):
   * only checks that map to one of them, each keeping only those frameworks' controls. Unknown
   * framework ids are a configuration error, so a typo does not silently scan nothing.
   */
  restrictedTo(frameworkIds: readonly string[]): CatalogIndex {
    if (frameworkIds.length === 0) return this;
    assertKnownFrameworks(this.catalog, frameworkIds);
    const wanted = new Set(frameworkIds);
    const checks = this.catalog.checks
      .map((check) => ({ ...check, frameworks: Object.fromEntries(Object.entries(check.frameworks).filter(([id]) => wanted.has(id))) }))
      .filter((check) => Object.keys(check.frameworks).length > 0);
    return new CatalogIndex({ ...this.catalog, checks, frameworks: this.catalog.frameworks.filter((f) => wanted.has(f.id)) });
  }
}

/** A configuration error naming the known frameworks when one of `ids` is not in the catalogue. */
export function assertKnownFrameworks(catalog: Catalog, ids: readonly string[]): void {
  const known = new Set(catalog.frameworks.map((f) => f.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ConfigError(`unknown framework ${unknown.join(', ')}; available: ${[...known].sort().join(', ')}`);
}
