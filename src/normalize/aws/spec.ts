import type { AttributePath } from '../../model/index.js';
import type { Resource } from '../../model/index.js';
import type { Located } from '../aws-config/item.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';
import type { Field, Fields } from '../../resolve/terraform/fields.js';
import type { ResourceInstance } from '../../resolve/terraform/module.js';

/**
 * How an AWS service's canonical resource is read from each source, as data. One file per
 * service (`normalize/aws/<service>.ts`) holds its Terraform, CloudFormation and AWS Config
 * mappings side by side, so the defaults of the three sources can be compared in one place;
 * the generic readers (`terraform/spec.ts`, `cloudformation/spec.ts`, `aws-config/spec.ts`)
 * apply them. What a table cannot say (derived values, values that come from another resource)
 * goes in `refine` or in a group normaliser.
 */

/**
 * - `bool`, `number`, `string`: a scalar, converted as the source converts it (`"true"` is true).
 * - `strings`: a list of strings (one value becomes a list of one).
 * - `value`: whatever is written (objects, lists of nested blocks), resolved but not converted.
 * - `present`: true when the path is written (a nested block or attribute that is not null).
 * - `key`: a KMS key id, ARN or alias, read as `string`; an empty (or blank) string names no key
 *   and is null, as the providers and AWS read it (`kms_key_id = ""` leaves the AWS managed key).
 */
export type FieldKind = 'bool' | 'number' | 'string' | 'strings' | 'value' | 'present' | 'key';

/** A `key` field's value: a blank string is no key. */
export function keyOrNull(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}

export interface FieldRule {
  /**
   * Where the value is in the source, in the source's own names. Terraform: attribute and nested
   * block names (a nested block without an index is its first block). CloudFormation: property
   * names under Properties. AWS Config: keys from the configuration item's root
   * (`['configuration', 'keyRotationEnabled']`, `['supplementaryConfiguration', 'X']`); keys match
   * ignoring case and JSON strings are decoded on the way. An empty path: the source has no such
   * setting, so the value is always `absent` (a KMS key in a template is always customer managed).
   */
  path: (string | number)[];
  kind: FieldKind;
  /**
   * The value when the path is not written: the default of the provider, of CloudFormation or of
   * AWS (a literal), an `unknownValue(reason)` when the default is decided elsewhere, or null.
   * Defaults: Terraform and CloudFormation null (`present`: false); AWS Config unknown
   * ("AWS Config recorded no …"), because a live item that leaves a value out says nothing.
   */
  absent?: unknown;
}

/** Canonical attribute (dotted for nesting: `logging.enabled`) → rule. */
export type FieldTable = Record<string, FieldRule>;

export interface TerraformRefine {
  instance: ResourceInstance;
  fields: Fields;
  /** Sets a canonical attribute; `from` (a field) becomes its provenance. */
  set(path: AttributePath, value: unknown, from?: Field | Fields): void;
}

export interface CfnRefine {
  resource: CfnResource;
  properties: Record<string, unknown>;
  /** Sets a canonical attribute; `property` (relative to Properties) becomes its provenance. */
  set(path: AttributePath, value: unknown, property?: AttributePath): void;
}

export interface ConfigRefine {
  item: Located;
  configuration: Located;
  /** Sets a canonical attribute; `node` becomes its provenance. */
  set(path: AttributePath, value: unknown, node?: Located): void;
}

export interface SourceMapping<Refine> {
  /** Native type names this mapping reads (`aws_kms_key`; `AWS::KMS::Key`). */
  nativeTypes: string[];
  fields: FieldTable;
  /** Runs after the table: derived values, source-specific cases. */
  refine?: (out: Record<string, unknown>, ctx: Refine) => void;
}

/**
 * Resources that only make sense together (an `aws_flow_log` and the VPC it names): the group
 * normaliser gets every instance of `nativeTypes` in one module instance (Terraform) or template
 * (CloudFormation) and returns their canonical resources. Instances it is given are consumed:
 * they do not also pass through as `tf.*`/`cfn.*` unless it returns them.
 */
export interface TerraformGroup {
  nativeTypes: string[];
  normalize(instances: ResourceInstance[], scope: string, tools: TerraformGroupTools): Resource[];
}

export interface TerraformGroupTools {
  /** A resource from a per-instance mapping (the table + refine), for a group to extend. */
  bySpec(instance: ResourceInstance, canonicalType: string, mapping: SourceMapping<TerraformRefine>, scope: string): Resource;
  /** The pass-through `tf.<type>` resource of an instance the group does not model. */
  raw(instance: ResourceInstance, scope: string): Resource;
}

export interface CfnGroup {
  nativeTypes: string[];
  normalize(resources: CfnResource[], tools: CfnGroupTools): Resource[];
}

export interface CfnGroupTools {
  bySpec(resource: CfnResource, canonicalType: string, mapping: SourceMapping<CfnRefine>): Resource;
  raw(resource: CfnResource): Resource;
  /** Points `canonical` of `target` at another resource's logical id (a merged child). */
  pointAt(target: Resource, canonical: AttributePath, logicalId: string): void;
}

/** One canonical AWS type and how each source fills it. */
export interface ServiceSpec {
  /** `aws.<service>.<resource>`; documented as a TypeScript type in `model/aws/`. */
  canonicalType: string;
  terraform?: SourceMapping<TerraformRefine>;
  cloudformation?: SourceMapping<CfnRefine>;
  awsConfig?: SourceMapping<ConfigRefine>;
}

/** A service file exports its specs and, where needed, group normalisers. */
export interface ServiceModule {
  specs: ServiceSpec[];
  terraformGroups?: TerraformGroup[];
  cloudformationGroups?: CfnGroup[];
}

/** Sets a dotted canonical attribute in `out`, creating the objects on the way. */
export function setDotted(out: Record<string, unknown>, path: AttributePath, value: unknown): void {
  let target = out as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) {
    const next = target[segment];
    if (next === null || typeof next !== 'object') target[segment] = {};
    target = target[segment] as Record<string | number, unknown>;
  }
  target[path[path.length - 1]] = value;
}

const dottedPaths = new Map<string, string[]>();

/** `a.b` → `['a', 'b']`; the same frozen array for every resource (provenance keeps it). */
export function splitDotted(name: string): string[] {
  let path = dottedPaths.get(name);
  if (path === undefined) dottedPaths.set(name, (path = Object.freeze(name.split('.')) as string[]));
  return path;
}
