import type { ParsedDocument } from '../../model/document.js';
import { pathKey } from '../../model/resource.js';
import type { AttributePath, SourceRange } from '../../model/source.js';
import { LazyProvenance } from '../lazy-provenance.js';
import { hasPath } from '../../parsers/common/position-map.js';
import { asRecord } from '../../resolve/cloudformation/convert.js';
import type { TemplateContext } from '../../resolve/cloudformation/resolve.js';

/**
 * Builds provenance for one resource: canonical path → range of the property that supplied it.
 * A property absent inside a declared block points at the block (the block supplied the
 * default); a property absent altogether is not recorded, so findings fall back to the resource.
 */
export class ProvenanceBuilder {
  readonly map: LazyProvenance = new LazyProvenance();

  constructor(
    private readonly doc: ParsedDocument,
    private readonly logicalId: string,
    /** Known conditions let a property under `Fn::If` point into the branch that supplied it. */
    private readonly conditions?: TemplateContext['conditions'],
  ) {
    const range = doc.locate(['Resources', logicalId]);
    if (range) this.map.set(pathKey([]), range);
  }

  /** `property` is relative to the resource's Properties (or to another resource's, with `from`). */
  set(canonical: AttributePath, property: AttributePath, from = this.logicalId): void {
    const range = this.rangeOf(property, from);
    if (range) this.map.set(pathKey(canonical), range);
  }

  /**
   * Every path of the resource's own Properties as written, located when a finding asks
   * (`setTree([], Properties, [])` would locate them all up front: one range per list element).
   */
  deferProperties(properties: unknown): void {
    this.map.defer(properties, (path: AttributePath) => (path.length === 0 ? undefined : this.rangeOf(path)));
  }

  /** Where `property` (relative to `from`'s Properties) is written: the deepest part of it the template holds. */
  private rangeOf(property: AttributePath, from = this.logicalId): SourceRange | undefined {
    const base = ['Resources', from, 'Properties'];
    const written = this.throughBranches(base, property);
    for (let n = written.length; n > base.length; n--) {
      const path = written.slice(0, n);
      if (!hasPath(this.doc.value, path)) continue;
      return this.doc.locate(path);
    }
    return undefined;
  }

  /** `base + property` as written: through the chosen branch of each `Fn::If` on a known condition. */
  private throughBranches(base: AttributePath, property: AttributePath): AttributePath {
    const out = [...base];
    let current: unknown = valueAt(this.doc.value, base);
    for (const [i, segment] of property.entries()) {
      for (let branch = this.branchOf(current); branch !== undefined; branch = this.branchOf(current)) {
        out.push('Fn::If', branch);
        current = (asRecord(current)!['Fn::If'] as unknown[])[branch];
      }
      const container = current as Record<string | number, unknown> | null;
      if (container === null || typeof container !== 'object' || !(segment in container)) return [...out, ...property.slice(i)];
      out.push(segment);
      current = container[segment];
    }
    return out;
  }

  private branchOf(value: unknown): number | undefined {
    const args = asRecord(value)?.['Fn::If'];
    if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== 'string') return undefined;
    const condition = this.conditions?.get(args[0]);
    return condition === true ? 1 : condition === false ? 2 : undefined;
  }

  /** Records every path of a Properties subtree under `canonical` (for pass-through resources). */
  setTree(canonical: AttributePath, value: unknown, property: AttributePath, from = this.logicalId): void {
    this.set(canonical, property, from);
    if (Array.isArray(value)) value.forEach((item, i) => this.setTree([...canonical, i], item, [...property, i], from));
    else if (asRecord(value)) {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        this.setTree([...canonical, key], item, [...property, key], from);
      }
    }
  }

  /** Records `canonical` at a path of the template itself (a SAM Globals entry). */
  setAt(canonical: AttributePath, templatePath: AttributePath): void {
    if (!hasPath(this.doc.value, templatePath)) return;
    const range = this.doc.locate(templatePath);
    if (range) this.map.set(pathKey(canonical), range);
  }

  /** Points `canonical` at another resource's logical-id key (a merged separate rule). */
  setResource(canonical: AttributePath, logicalId: string): void {
    const range = this.doc.locate(['Resources', logicalId]);
    if (range) this.map.set(pathKey(canonical), range);
  }
}

function valueAt(root: unknown, path: AttributePath): unknown {
  let current = root;
  for (const segment of path) current = asRecord(current)?.[segment];
  return current;
}
