import { YAMLMap, YAMLSeq, type Tags } from 'yaml';

const FUNCTIONS = [
  'And', 'Base64', 'Cidr', 'Equals', 'FindInMap', 'ForEach', 'GetAtt', 'GetAZs', 'If', 'ImportValue',
  'Join', 'Length', 'Not', 'Or', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform',
];

/** Short-form tag → long-form key. `!Ref` and `!Condition` have no `Fn::` prefix. */
export const INTRINSICS: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...FUNCTIONS.map((name): [string, string] => [`!${name}`, `Fn::${name}`]),
]);

/**
 * CloudFormation reads unquoted YAML 1.1 booleans (`yes`, `off`, `y`) as booleans (aws-cli #5257),
 * while everything else follows the 1.2 core schema: no timestamps, no sexagesimal numbers.
 */
const bool11 = {
  identify: (value: unknown) => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  resolve: (source: string) => /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/.test(source),
};

/**
 * Every short-form tag is registered for scalars, sequences and maps, so yaml keeps the node
 * intact (no "unresolved tag" warning) and our walker converts it with inner positions.
 */
const intrinsicTags: Tags = [...INTRINSICS.keys()].flatMap((tag) => [
  { tag, resolve: (source: string) => source },
  { tag, collection: 'seq' as const, nodeClass: YAMLSeq },
  { tag, collection: 'map' as const, nodeClass: YAMLMap },
]);

export function cloudFormationTags(base: Tags): Tags {
  return [bool11, ...base, ...intrinsicTags];
}
