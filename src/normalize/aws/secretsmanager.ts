import { pathKey, type Resource } from '../../model/index.js';
import { isUnknown, unknownValue } from '../../model/unknown.js';
import { child, present, text } from '../aws-config/item.js';
import { asRecord } from '../../resolve/cloudformation/convert.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';
import { evaluate } from '../../resolve/terraform/evaluate.js';
import { findParent } from '../../resolve/terraform/links.js';
import type { ResourceInstance } from '../../resolve/terraform/module.js';
import type { CfnGroup, CfnRefine, ConfigRefine, ServiceModule, SourceMapping, TerraformGroup, TerraformRefine } from './spec.js';

/** Secrets Manager secrets: model/aws/secretsmanager.ts has the table of sources and defaults. */

const TYPE = 'aws.secretsmanager.secret';

const TERRAFORM: SourceMapping<TerraformRefine> = {
  nativeTypes: ['aws_secretsmanager_secret'],
  fields: {
    name: { path: ['name'], kind: 'string' },
    // set by the group below when an aws_secretsmanager_secret_rotation names the secret
    rotation_enabled: { path: [], kind: 'bool', absent: false },
    kms_key_id: { path: ['kms_key_id'], kind: 'key' },
  },
  refine: (_out, { fields, set }) => {
    // provider v3 and older configured rotation inline
    const inline = fields.get('rotation_lambda_arn');
    if (inline && inline.value !== null && inline.value !== '') set(['rotation_enabled'], isUnknown(inline.value) ? inline.value : true, inline);
  },
};

const CLOUDFORMATION: SourceMapping<CfnRefine> = {
  nativeTypes: ['AWS::SecretsManager::Secret'],
  fields: {
    name: { path: ['Name'], kind: 'string' },
    rotation_enabled: { path: [], kind: 'bool', absent: false },
    kms_key_id: { path: ['KmsKeyId'], kind: 'key' },
  },
};

/**
 * DescribeSecret (which Config records) leaves RotationEnabled out of a secret never configured
 * for rotation and KmsKeyId out of one encrypted with aws/secretsmanager: for a recorded secret
 * those absences are facts.
 */
function configAbsences(out: Record<string, unknown>, { configuration, set }: ConfigRefine): void {
  const recorded = text(child(configuration, 'ARN')) ?? text(child(configuration, 'Name'));
  if (recorded === undefined) return;
  const rotation = child(configuration, 'RotationEnabled');
  if (isUnknown(out.rotation_enabled) && !present(rotation)) set(['rotation_enabled'], false);
  const key = child(configuration, 'KMSKeyId');
  if (isUnknown(out.kms_key_id) && !present(key)) set(['kms_key_id'], null);
}

/** Secrets that may be the one an unresolved rotation names: false becomes unknown. */
function markAmbiguous(secrets: Iterable<Resource>, rotation: string): void {
  for (const secret of secrets) {
    if (secret.attributes.rotation_enabled === false) secret.attributes.rotation_enabled = unknownValue(`${rotation} rotates a secret that cannot be resolved`);
  }
}

function enableRotation(secret: Resource): void {
  secret.attributes.rotation_enabled = true;
}

/** A rotation's secret_id that names no secret of this module: a data source, a variable, a literal. */
function namesOutside(instance: ResourceInstance): boolean {
  const expr = instance.block.body.attributes.secret_id?.expr;
  if (expr === undefined) return true;
  if (expr.kind === 'traversal' && (expr.root === 'data' || expr.root === 'var')) return true;
  return typeof evaluate(expr, instance.scope) === 'string';
}

const terraformGroup: TerraformGroup = {
  nativeTypes: ['aws_secretsmanager_secret', 'aws_secretsmanager_secret_rotation'],
  normalize(instances, scope, tools) {
    const secrets = new Map(instances.filter((i) => i.type === 'aws_secretsmanager_secret').map((i) => [i.id, tools.bySpec(i, TYPE, TERRAFORM, scope)] as const));
    const orphans: Resource[] = [];
    for (const rotation of instances.filter((i) => i.type === 'aws_secretsmanager_secret_rotation')) {
      const sameName = (secret: Resource, value: unknown): boolean => secret.attributes.name === value;
      const secret = findParent(rotation.block.body.attributes.secret_id?.expr, rotation.scope, 'aws_secretsmanager_secret', ['id', 'arn'], secrets, sameName);
      if (secret) {
        enableRotation(secret);
        secret.provenance.set(pathKey(['rotation_enabled']), rotation.block.range);
        continue;
      }
      orphans.push(tools.raw(rotation, scope));
      if (!namesOutside(rotation)) markAmbiguous(secrets.values(), rotation.id);
    }
    return [...secrets.values(), ...orphans];
  },
};

/** The logical id a RotationSchedule's SecretId refers to (`!Ref S`, `!GetAtt S.Id`), if any. */
function referencedLogicalId(schedule: CfnResource): string | undefined {
  const written = asRecord(asRecord(schedule.raw.Properties)?.SecretId);
  if (typeof written?.Ref === 'string') return written.Ref;
  const getAtt = written?.['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  return typeof getAtt === 'string' ? getAtt.split('.')[0] : undefined;
}

const cloudformationGroup: CfnGroup = {
  nativeTypes: ['AWS::SecretsManager::Secret', 'AWS::SecretsManager::RotationSchedule'],
  normalize(resources, tools) {
    const secrets = new Map(resources.filter((r) => r.type === 'AWS::SecretsManager::Secret').map((r) => [r.logicalId, tools.bySpec(r, TYPE, CLOUDFORMATION)] as const));
    const orphans: Resource[] = [];
    for (const schedule of resources.filter((r) => r.type === 'AWS::SecretsManager::RotationSchedule')) {
      const logicalId = referencedLogicalId(schedule);
      const secret = logicalId === undefined ? undefined : secrets.get(logicalId);
      if (secret) {
        enableRotation(secret);
        tools.pointAt(secret, ['rotation_enabled'], schedule.logicalId);
        continue;
      }
      orphans.push(tools.raw(schedule));
      // a resolved ARN or name, or a reference to something else, names a secret of another stack
      const outside = logicalId !== undefined || typeof schedule.properties.SecretId === 'string';
      if (!outside) markAmbiguous(secrets.values(), schedule.logicalId);
    }
    return [...secrets.values(), ...orphans];
  },
};

export const secretsmanager: ServiceModule = {
  specs: [
    {
      canonicalType: TYPE,
      awsConfig: {
        nativeTypes: ['AWS::SecretsManager::Secret'],
        fields: {
          name: { path: ['configuration', 'Name'], kind: 'string' },
          rotation_enabled: { path: ['configuration', 'RotationEnabled'], kind: 'bool' },
          kms_key_id: { path: ['configuration', 'KMSKeyId'], kind: 'key' },
        },
        refine: configAbsences,
      },
    },
  ],
  terraformGroups: [terraformGroup],
  cloudformationGroups: [cloudformationGroup],
};
