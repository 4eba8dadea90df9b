import type { ParsedDocument } from '../../model/document.js';
import { pathKey, type Provenance } from '../../model/resource.js';
import type { AttributePath } from '../../model/source.js';
import { hasPath } from '../../parsers/common/position-map.js';
import { asRecord } from './convert.js';
import { resolveValue, type TemplateContext } from './resolve.js';

/** One entry of `Resources`, with its Properties resolved. */
export interface CfnResource {
  logicalId: string;
  type: string;
  /** The resource as written, in long form. */
  raw: Record<string, unknown>;
  /** Resolved Properties: parameter defaults in, AWS::NoValue out, the rest unknown. */
  properties: Record<string, unknown>;
}

export function templateContext(template: Record<string, unknown>): TemplateContext {
  const parameters: TemplateContext['parameters'] = {};
  for (const [name, definition] of Object.entries(asRecord(template.Parameters) ?? {})) {
    parameters[name] = asRecord(definition) ?? {};
  }
  return {
    parameters,
    mappings: asRecord(template.Mappings) ?? {},
    resourceIds: new Set(Object.keys(asRecord(template.Resources) ?? {})),
  };
}

export function resolveResource(logicalId: string, raw: Record<string, unknown>, ctx: TemplateContext): CfnResource {
  const properties = asRecord(resolveValue(raw.Properties ?? {}, ctx)) ?? {};
  return { logicalId, type: String(raw.Type), raw, properties };
}

/**
 * Builds provenance for one resource: canonical path → range of the property that supplied it.
 * A property absent inside a declared block points at the block (the block supplied the
 * default); a property absent altogether is not recorded, so findings fall back to the resource.
 */
export class ProvenanceBuilder {
  readonly map: Provenance = new Map();

  constructor(
    private readonly doc: ParsedDocument,
    private readonly logicalId: string,
  ) {
    const range = doc.locate(['Resources', logicalId]);
    if (range) this.map.set(pathKey([]), range);
  }

  /** `property` is relative to the resource's Properties (or to another resource's, with `from`). */
  set(canonical: AttributePath, property: AttributePath, from = this.logicalId): void {
    const base = ['Resources', from, 'Properties'];
    for (let n = property.length; n >= 1; n--) {
      const path = [...base, ...property.slice(0, n)];
      if (!hasPath(this.doc.value, path)) continue;
      const range = this.doc.locate(path);
      if (range) this.map.set(pathKey(canonical), range);
      return;
    }
  }

  /** Records every path of a Properties subtree under `canonical` (for pass-through resources). */
  setTree(canonical: AttributePath, value: unknown, property: AttributePath): void {
    this.set(canonical, property);
    if (Array.isArray(value)) value.forEach((item, i) => this.setTree([...canonical, i], item, [...property, i]));
    else if (asRecord(value)) {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        this.setTree([...canonical, key], item, [...property, key]);
      }
    }
  }

  /** Points `canonical` at another resource's logical-id key (a merged separate rule). */
  setResource(canonical: AttributePath, logicalId: string): void {
    const range = this.doc.locate(['Resources', logicalId]);
    if (range) this.map.set(pathKey(canonical), range);
  }
}
