import type { CfnGroup, CfnRefine, ConfigRefine, ServiceModule, SourceMapping, TerraformGroup, TerraformRefine } from './spec.js';
import { apigateway } from './apigateway.js';
import { cloudfront } from './cloudfront.js';
import { cloudtrail } from './cloudtrail.js';
import { cloudwatch } from './cloudwatch.js';
import { configservice } from './configservice.js';
import { dynamodb } from './dynamodb.js';
import { ec2 } from './ec2.js';
import { ecr } from './ecr.js';
import { ecs } from './ecs.js';
import { efs } from './efs.js';
import { eks } from './eks.js';
import { elasticache } from './elasticache.js';
import { elb } from './elb.js';
import { iam } from './iam.js';
import { kms } from './kms.js';
import { lambda } from './lambda.js';
import { opensearch } from './opensearch.js';
import { rds } from './rds.js';
import { redshift } from './redshift.js';
import { secretsmanager } from './secretsmanager.js';
import { sns } from './sns.js';
import { sqs } from './sqs.js';
import { vpc } from './vpc.js';

/** Every AWS service modelled by a spec (S3, security groups and RDS have hand-written normalisers). */
const SERVICES: ServiceModule[] = [
  apigateway, cloudfront, cloudtrail, cloudwatch, configservice, dynamodb, ec2, ecr, ecs, efs, eks, elasticache, elb, iam, kms, lambda, opensearch, rds, redshift, secretsmanager, sns, sqs, vpc,
];

export interface Mapped<Refine> {
  canonicalType: string;
  mapping: SourceMapping<Refine>;
}

function byNativeType<Refine>(pick: (spec: ServiceModule['specs'][number]) => SourceMapping<Refine> | undefined): Map<string, Mapped<Refine>> {
  const out = new Map<string, Mapped<Refine>>();
  for (const spec of SERVICES.flatMap((s) => s.specs)) {
    const mapping = pick(spec);
    for (const nativeType of mapping?.nativeTypes ?? []) {
      if (out.has(nativeType)) throw new Error(`two specs read ${nativeType}`);
      out.set(nativeType, { canonicalType: spec.canonicalType, mapping: mapping! });
    }
  }
  return out;
}

export const TERRAFORM_SPECS: ReadonlyMap<string, Mapped<TerraformRefine>> = byNativeType((s) => s.terraform);
export const CLOUDFORMATION_SPECS: ReadonlyMap<string, Mapped<CfnRefine>> = byNativeType((s) => s.cloudformation);
export const AWS_CONFIG_SPECS: ReadonlyMap<string, Mapped<ConfigRefine>> = byNativeType((s) => s.awsConfig);
export const TERRAFORM_GROUPS: readonly TerraformGroup[] = SERVICES.flatMap((s) => s.terraformGroups ?? []);
export const CLOUDFORMATION_GROUPS: readonly CfnGroup[] = SERVICES.flatMap((s) => s.cloudformationGroups ?? []);
