import { isUnknown } from '../../model/unknown.js';
import { keyOrNull, setDotted, splitDotted, type CfnRefine, type FieldRule, type SourceMapping } from '../aws/spec.js';
import { asBool, asNumber, asRecord, asString } from '../../resolve/cloudformation/convert.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';
import type { ProvenanceBuilder } from './provenance.js';

/** The resolved value at `path` under Properties; undefined when not written (or null). */
export function propertyAt(properties: Record<string, unknown>, path: (string | number)[]): unknown {
  if (path.length === 0) return undefined;
  let current: unknown = properties;
  for (const segment of path) {
    if (isUnknown(current)) return current;
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = asRecord(current)?.[segment];
    if (current === undefined || current === null) return undefined;
  }
  return current;
}

const CONVERT: Record<FieldRule['kind'], (value: unknown) => unknown> = {
  bool: (v) => asBool(v, false),
  number: (v) => asNumber(v),
  string: (v) => asString(v),
  key: (v) => keyOrNull(asString(v)),
  strings: (v) => (Array.isArray(v) ? v : [v]).map((item) => asString(item) ?? null),
  value: (v) => v,
  present: () => true,
};

/** One resource → its canonical attributes by the mapping's table, then its refine. */
export function attributesBySpec(resource: CfnResource, mapping: SourceMapping<CfnRefine>, provenance: ProvenanceBuilder): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(mapping.fields)) {
    const path = splitDotted(name);
    const value = propertyAt(resource.properties, rule.path);
    if (value === undefined) {
      setDotted(out, path, rule.absent ?? (rule.kind === 'present' ? false : null));
      continue;
    }
    setDotted(out, path, isUnknown(value) ? value : CONVERT[rule.kind](value));
    provenance.set(path, rule.path);
  }
  mapping.refine?.(out, {
    resource,
    properties: resource.properties,
    set: (path, value, property) => {
      setDotted(out, path, value);
      if (property) provenance.set(path, property);
    },
  });
  return out;
}
