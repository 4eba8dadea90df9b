import { isUnknown, pathKey } from '../../model/index.js';
import type { Resource } from '../../model/index.js';
import { keyOrNull, setDotted, splitDotted, type FieldRule, type SourceMapping, type TerraformRefine } from '../aws/spec.js';
import { CanonicalBuilder, toResource } from './canonical.js';
import { toBool, toNum, toStr, toStrList } from './convert.js';
import { Fields, type Field } from '../../resolve/terraform/fields.js';
import type { ResourceInstance } from '../../resolve/terraform/module.js';

/** A written value and where: an attribute, or nested blocks (their first, unless indexed). */
interface Found {
  value: unknown;
  from: Field | Fields;
}

/**
 * Follows `path` through nested blocks (or object attributes, which `Fields` reads the same way).
 * A numeric segment picks that block; a name alone picks the first one.
 */
export function lookupField(fields: Fields, path: (string | number)[]): Found | undefined {
  let current = fields;
  for (let i = 0; i < path.length; i++) {
    const name = path[i];
    if (typeof name === 'number') return undefined;
    const indexed = typeof path[i + 1] === 'number';
    const index = indexed ? (path[i + 1] as number) : 0;
    const last = i + (indexed ? 2 : 1) === path.length;
    const attr = current.get(name);
    if (last && attr && !indexed) return attr.value === null ? undefined : { value: attr.value, from: attr };
    // an unknown object or list of blocks: everything inside it is unknown too
    if (attr && isUnknown(attr.value)) return { value: attr.value, from: attr };
    const blocks = current.blocks(name);
    const block = blocks[index];
    if (block === undefined) return undefined;
    if (last) return { value: indexed ? block.raw() : blocks.map((b) => b.raw()), from: block };
    current = block;
    if (indexed) i++;
  }
  return undefined;
}

const CONVERT: Record<FieldRule['kind'], (value: unknown) => unknown> = {
  bool: toBool,
  number: toNum,
  string: toStr,
  key: (v) => keyOrNull(toStr(v)),
  strings: toStrList,
  value: (v) => v,
  present: () => true,
};

/** One instance → its canonical resource by the mapping's table, then its refine. */
export function normalizeBySpec(instance: ResourceInstance, canonicalType: string, mapping: SourceMapping<TerraformRefine>, scope: string): Resource {
  const fields = Fields.fromBody(instance.block.body, instance.scope, instance.block.range);
  const out = new CanonicalBuilder({});
  for (const [name, rule] of Object.entries(mapping.fields)) {
    const path = splitDotted(name);
    const found = lookupField(fields, rule.path);
    if (found) {
      setDotted(out.attributes, path, isUnknown(found.value) ? found.value : CONVERT[rule.kind](found.value));
      out.provenance.set(pathKey(path), found.from.range);
    } else {
      setDotted(out.attributes, path, rule.absent ?? (rule.kind === 'present' ? false : null));
    }
  }
  mapping.refine?.(out.attributes, {
    instance,
    fields,
    set: (path, value, from) => {
      setDotted(out.attributes, path, value);
      if (from) out.provenance.set(pathKey(path), from.range);
    },
  });
  return toResource(instance, canonicalType, out, fields.raw(), scope);
}
