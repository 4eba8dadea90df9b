import { unknownValue } from '../../model/unknown.js';
import { keyOrNull, setDotted, splitDotted, type ConfigRefine, type FieldRule, type SourceMapping } from '../aws/spec.js';
import { bool, child, decodeJson, dig, elements, num, present, text, type Located } from './item.js';
import type { ItemProvenance } from './provenance.js';

/** A recorded value converted, or undefined when Config recorded none of that kind. */
const CONVERT: Record<FieldRule['kind'], (node: Located) => unknown> = {
  bool,
  number: num,
  string: text,
  key: (node) => keyOrNull(text(node)),
  strings: (node) => {
    const items = elements(node);
    if (items.length === 0 && !Array.isArray(decodeJson(node.value))) return text(node) === undefined ? undefined : [text(node)];
    return items.map((item) => text(item) ?? null);
  },
  value: (node) => (present(node) ? decodeJson(node.value) : undefined),
  present: (node) => (node.value === undefined ? undefined : present(node)),
};

/**
 * One configuration item → canonical attributes by the mapping's table, then its refine. Config
 * records the live state: a recorded value is a fact; one it did not record is unknown, unless
 * the rule says what its absence means.
 */
export function attributesBySpec(item: Located, mapping: SourceMapping<ConfigRefine>, provenance: ItemProvenance): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(mapping.fields)) {
    const path = splitDotted(name);
    const node = dig(item, ...rule.path);
    const value = rule.path.length === 0 ? undefined : CONVERT[rule.kind](node);
    if (value === undefined) {
      setDotted(out, path, rule.absent ?? unknownValue(`AWS Config recorded no ${rule.path.join('.')}`));
      continue;
    }
    setDotted(out, path, value);
    provenance.set(path, node);
  }
  mapping.refine?.(out, {
    item,
    configuration: child(item, 'configuration'),
    set: (path, value, node) => {
      setDotted(out, path, value);
      if (node) provenance.set(path, node);
    },
  });
  return out;
}
