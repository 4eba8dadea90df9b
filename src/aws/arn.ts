/**
 * ARN → AWS Config resource key, for `posture aws history`. Pure (no SDK), so the CLI can check
 * its arguments before it loads the AWS SDK.
 *
 * Config's `resourceId` is the ARN's own id for some types (a bucket's name, a security group's
 * `sg-…`, a KMS key's id) and an id the ARN does not carry for others (an RDS instance's
 * DbiResourceId, an IAM role's `AROA…`). For those the key names the resource by `resourceName`,
 * and the fetch looks the id up with ListDiscoveredResources rather than guessing it.
 */

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export interface ResourceKeyFromArn {
  resourceType: string;
  /** Known from the ARN. */
  resourceId?: string;
  /** The Config resourceName to look the resourceId up by (ListDiscoveredResources). */
  resourceName?: string;
}

/** `arn:partition:service:region:account:resource`; undefined when the text is no ARN. */
export function parseArn(arn: string): ParsedArn | undefined {
  const match = /^arn:([\w-]+):([\w-]+):([\w-]*):(\d*):(.+)$/.exec(arn.trim());
  if (!match) return undefined;
  const [, partition, service, region, account, resource] = match;
  return { partition, service, region, account, resource };
}

type Rule = { service: string; pattern: RegExp; resourceType: string; by: 'id' | 'name' };

/**
 * The ARN shapes resolved, in README order. `by: 'id'`: the captured group is Config's resourceId;
 * `by: 'name'`: it is the resourceName, and the id is looked up.
 */
export const ARN_RULES: readonly Rule[] = [
  { service: 's3', pattern: /^([^/]+)$/, resourceType: 'AWS::S3::Bucket', by: 'id' },
  { service: 'ec2', pattern: /^security-group\/(sg-[\w]+)$/, resourceType: 'AWS::EC2::SecurityGroup', by: 'id' },
  { service: 'ec2', pattern: /^instance\/(i-[\w]+)$/, resourceType: 'AWS::EC2::Instance', by: 'id' },
  { service: 'ec2', pattern: /^vpc\/(vpc-[\w]+)$/, resourceType: 'AWS::EC2::VPC', by: 'id' },
  { service: 'ec2', pattern: /^subnet\/(subnet-[\w]+)$/, resourceType: 'AWS::EC2::Subnet', by: 'id' },
  { service: 'ec2', pattern: /^volume\/(vol-[\w]+)$/, resourceType: 'AWS::EC2::Volume', by: 'id' },
  { service: 'kms', pattern: /^key\/([\w-]+)$/, resourceType: 'AWS::KMS::Key', by: 'id' },
  { service: 'rds', pattern: /^db:([\w-]+)$/, resourceType: 'AWS::RDS::DBInstance', by: 'name' },
  { service: 'rds', pattern: /^cluster:([\w-]+)$/, resourceType: 'AWS::RDS::DBCluster', by: 'name' },
  { service: 'iam', pattern: /^role\/(?:.*\/)?([^/]+)$/, resourceType: 'AWS::IAM::Role', by: 'name' },
  { service: 'iam', pattern: /^user\/(?:.*\/)?([^/]+)$/, resourceType: 'AWS::IAM::User', by: 'name' },
  { service: 'iam', pattern: /^policy\/(?:.*\/)?([^/]+)$/, resourceType: 'AWS::IAM::Policy', by: 'name' },
  { service: 'lambda', pattern: /^function:([^:]+)$/, resourceType: 'AWS::Lambda::Function', by: 'name' },
  { service: 'dynamodb', pattern: /^table\/([^/]+)$/, resourceType: 'AWS::DynamoDB::Table', by: 'name' },
  { service: 'cloudtrail', pattern: /^trail\/([^/]+)$/, resourceType: 'AWS::CloudTrail::Trail', by: 'name' },
  { service: 'ecr', pattern: /^repository\/(.+)$/, resourceType: 'AWS::ECR::Repository', by: 'name' },
  { service: 'eks', pattern: /^cluster\/([^/]+)$/, resourceType: 'AWS::EKS::Cluster', by: 'name' },
];

/** The Config resource key of a known ARN shape; undefined for any other (then --resource-type/--resource-id). */
export function resourceKeyFromArn(arn: string): ResourceKeyFromArn | undefined {
  const parsed = parseArn(arn);
  if (!parsed) return undefined;
  for (const rule of ARN_RULES) {
    if (rule.service !== parsed.service) continue;
    const match = rule.pattern.exec(parsed.resource);
    if (!match) continue;
    return rule.by === 'id' ? { resourceType: rule.resourceType, resourceId: match[1] } : { resourceType: rule.resourceType, resourceName: match[1] };
  }
  return undefined;
}
