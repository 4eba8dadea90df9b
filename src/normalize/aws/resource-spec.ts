import type { UnknownValue } from '../../model/index.js';
import type { CfnRefine, ConfigRefine, FieldKind, FieldRule, FieldTable, ServiceSpec, SourceMapping, TerraformRefine } from './spec.js';

/**
 * The attribute-major way to write a canonical AWS type: one entry per canonical attribute says
 * how Terraform, CloudFormation and AWS Config spell it and what each source's default is, so
 * adding an attribute is one edit in one place, and `tsc` refuses an attribute the model
 * interface (`model/aws/<service>.ts`) does not declare. `defineResource` turns it into the
 * source-major `ServiceSpec` the generic readers apply; `docs/model.md` is generated from
 * `attributes` and `doc`.
 */

/** A source a canonical attribute can be read from. */
export type SourceName = 'terraform' | 'cloudformation' | 'awsConfig';

/**
 * A source that fills the type but has no rule for an attribute leaves it unset (a refine or a
 * group normaliser may set it): write `{ path: [], kind, absent: null }` to say the source cannot
 * express it, so policies see null rather than nothing.
 */
export interface AttributeSpec {
  /** One line for docs/model.md (what the value means, when it is unknown). */
  doc?: string;
  terraform?: FieldRule;
  cloudformation?: FieldRule;
  awsConfig?: FieldRule;
}

type Primitive = string | number | boolean | null | undefined;
type Depth = [never, 0, 1, 2, 3];

/**
 * Every attribute path of a model interface, dotted (`logging.enabled`): a nested object is
 * both a path (set whole, as `value`) and the prefix of its members. Unknown values, arrays and
 * records with arbitrary keys stop the descent.
 */
export type AttributePathOf<T, D extends number = 4> = [D] extends [never]
  ? never
  : {
      [K in keyof T & string]: Exclude<T[K], UnknownValue | Primitive> extends infer O
        ? [O] extends [never]
          ? K
          : O extends readonly unknown[]
            ? K
            : string extends keyof O
              ? K
              : K | `${K}.${AttributePathOf<O, Depth[D]>}`
        : K;
    }[keyof T & string];

export interface ResourceDefinition<Model> {
  /** `aws.<service>.<resource>`. */
  canonicalType: string;
  /** One paragraph for docs/model.md. */
  doc: string;
  /** Native type names per source (`aws_kms_key`; `AWS::KMS::Key`); a source left out does not fill this type. */
  nativeTypes: Partial<Record<SourceName, string[]>>;
  attributes: { [P in AttributePathOf<Model>]?: AttributeSpec };
  /** What a table cannot say, per source: derived values, values from another field. */
  refine?: {
    terraform?: SourceMapping<TerraformRefine>['refine'];
    cloudformation?: SourceMapping<CfnRefine>['refine'];
    awsConfig?: SourceMapping<ConfigRefine>['refine'];
  };
}

/** A ServiceSpec that remembers the attribute-major definition it came from (for docs/model.md). */
export interface DefinedServiceSpec extends ServiceSpec {
  definition: ResourceDefinition<unknown> & { attributes: Record<string, AttributeSpec | undefined> };
}

/**
 * The source has no such setting: the value is always `value` (a KMS key declared in a template
 * is always customer managed; a live state Terraform cannot know is null).
 */
export function always(value: unknown = null, kind: FieldKind = 'string'): FieldRule {
  return value === null ? { path: [], kind } : { path: [], kind, absent: value };
}

function tableFor(attributes: Record<string, AttributeSpec | undefined>, source: SourceName): FieldTable {
  const table: FieldTable = {};
  for (const [name, spec] of Object.entries(attributes)) {
    const rule = spec?.[source];
    if (rule !== undefined) table[name] = rule;
  }
  return table;
}

function mappingFor<Refine>(definition: ResourceDefinition<unknown>, source: SourceName): SourceMapping<Refine> | undefined {
  const nativeTypes = definition.nativeTypes[source];
  if (nativeTypes === undefined || nativeTypes.length === 0) return undefined;
  const attributes = definition.attributes as Record<string, AttributeSpec | undefined>;
  const refine = definition.refine?.[source] as SourceMapping<Refine>['refine'];
  return { nativeTypes, fields: tableFor(attributes, source), ...(refine ? { refine } : {}) };
}

/**
 * `defineResource<KmsKey>()({...})`: curried so the model type is given and the rest inferred.
 * A canonical attribute no source reads is allowed (a refine or a group normaliser sets it), but
 * its `doc` should say where it comes from.
 */
export function defineResource<Model>() {
  return (definition: ResourceDefinition<Model>): DefinedServiceSpec => {
    const loose = definition as unknown as ResourceDefinition<unknown>;
    const spec: DefinedServiceSpec = {
      canonicalType: definition.canonicalType,
      definition: loose as DefinedServiceSpec['definition'],
    };
    const terraform = mappingFor<TerraformRefine>(loose, 'terraform');
    const cloudformation = mappingFor<CfnRefine>(loose, 'cloudformation');
    const awsConfig = mappingFor<ConfigRefine>(loose, 'awsConfig');
    if (terraform) spec.terraform = terraform;
    if (cloudformation) spec.cloudformation = cloudformation;
    if (awsConfig) spec.awsConfig = awsConfig;
    return spec;
  };
}

export function isDefined(spec: ServiceSpec): spec is DefinedServiceSpec {
  return (spec as Partial<DefinedServiceSpec>).definition !== undefined;
}
