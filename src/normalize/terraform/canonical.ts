import { pathKey } from '../../model/index.js';
import type { AttributePath, Provenance, Resource, SourceRange } from '../../model/index.js';
import type { Field } from '../../resolve/terraform/fields.js';
import type { ResourceInstance } from '../../resolve/terraform/module.js';

/** Canonical attributes plus, for every value taken from the source, where it was written. */
export class CanonicalBuilder {
  readonly provenance: Provenance = new Map();

  constructor(readonly attributes: Record<string, unknown>) {}

  /** Sets `path` to `value`; `from` (a range or a field) becomes its provenance. */
  set(path: AttributePath, value: unknown, from?: SourceRange | Field): void {
    let target = this.attributes as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
    target[path[path.length - 1]] = value;
    if (from !== undefined) this.provenance.set(pathKey(path), 'value' in from ? from.range : from);
  }

  /** Sets `path` from a field when the field is present; returns whether it was. */
  setField(path: AttributePath, from: Field | undefined, convert: (value: unknown) => unknown = (v) => v): boolean {
    if (from === undefined || from.value === null) return false;
    this.set(path, convert(from.value), from);
    return true;
  }
}

/** Assembles a Resource; `pathKey([])` points at the native block (for count instances, the block). */
export function toResource(
  instance: ResourceInstance,
  type: string,
  builder: CanonicalBuilder,
  raw: Record<string, unknown>,
  scope: string,
  id = instance.id,
): Resource {
  builder.provenance.set(pathKey([]), instance.block.range);
  return {
    id,
    type,
    source: { format: 'terraform', path: instance.doc.file.path, nativeType: instance.type },
    attributes: builder.attributes,
    raw,
    provenance: builder.provenance,
    scope,
    ...(instance.moduleCalls === undefined ? {} : { moduleCalls: instance.moduleCalls }),
  };
}
