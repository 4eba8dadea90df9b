import type { Tags } from 'yaml';

/**
 * The YAML 1.1 schema as the Kubernetes API machinery applies it (go-yaml v2 under
 * sigs.k8s.io/yaml): `yes`/`on`/`y` are booleans and `0644` is octal (420). Three fixes to
 * yaml@2's stock 1.1 schema:
 * - timestamps stay strings (go-yaml v2 keeps untyped timestamps as strings for interface{});
 * - no sexagesimal numbers (`1:20` is a string in go-yaml v2, 80 in yaml@2);
 * - floats need a digit: yaml@2 reads `E3012` as NaN and `.` as NaN; go-yaml v2 requires
 *   `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
 */
export function kubernetesTags(base: Tags): Tags {
  return base
    .filter((tag) => typeof tag === 'string' || (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME'))
    .map((tag) => {
      if (typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:float' || !('test' in tag) || !tag.test) return tag;
      if (tag.format === 'EXP') return { ...tag, test: FLOAT_EXP };
      if (!tag.format && !/inf/i.test(tag.test.source)) return { ...tag, test: FLOAT_DOT };
      return tag;
    });
}

const FLOAT_EXP = /^[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_DOT = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;
