import { describe, expect, it } from '@jest/globals';
import { scanFiles as scanAll } from '../../testing/scan-files.js';

// These tests are about linking sub-resources to their bucket; AWS-0102 (no bucket policy) fires
// on every bucket here and says nothing about the links, so it is left out of the comparisons.
async function scanFiles(files: Record<string, string>): ReturnType<typeof scanAll> {
  const scan = await scanAll(files);
  return { ...scan, findings: scan.findings.filter((f) => !f.startsWith('AWS-0102 ')) };
}

// Issue 13, shape 3: `for_each` over a resource (or a module) binds each.value to its instances,
// so sub-resources written `bucket = each.value.id` attach to the right bucket instance.

const SUBS = (iterate: string, bucket: string): string => `
resource "aws_s3_bucket_public_access_block" "logs" {
  for_each                = ${iterate}
  bucket                  = ${bucket}
  block_public_acls       = true
  block_public_policy     = each.key == "app" ? false : true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  for_each = ${iterate}
  bucket   = ${bucket}
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/logs"
    }
  }
}

resource "aws_s3_bucket_versioning" "logs" {
  for_each = ${iterate}
  bucket   = ${bucket}
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "logs" {
  for_each      = ${iterate}
  bucket        = ${bucket}
  target_bucket = "central-access-logs"
  target_prefix = "\${each.key}/"
}
`;

const BUCKETS = `resource "aws_s3_bucket" "logs" {
  for_each      = toset(["app", "audit"])
  bucket_prefix = "logs-\${each.key}-"
}
`;

/** The app bucket's public access block lets public policies through; the rest is compliant. */
const EXPECTED = [
  'AWS-0002 aws_s3_bucket.logs["app"] subs.tf:6 public_access_block.block_public_policy',
];

describe('for_each over a resource', () => {
  it('attaches each.value.id sub-resources to the instance of the same key', async () => {
    const scan = await scanFiles({ 'main.tf': BUCKETS, 'subs.tf': SUBS('aws_s3_bucket.logs', 'each.value.id') });
    expect(scan.findings).toEqual(EXPECTED);
    expect(scan.diagnostics).toEqual([]);
  });

  it('gives the same findings as the file written with aws_s3_bucket.logs[each.key].id', async () => {
    const scan = await scanFiles({ 'main.tf': BUCKETS, 'subs.tf': SUBS('aws_s3_bucket.logs', 'aws_s3_bucket.logs[each.key].id') });
    expect(scan.findings).toEqual(EXPECTED);
  });

  it('pairs instances up when the buckets\' for_each is unknown too (each.value is one of aws_s3_bucket.logs[*])', async () => {
    const buckets = 'variable "names" {}\nresource "aws_s3_bucket" "logs" {\n  for_each      = var.names\n  bucket_prefix = "logs-${each.key}-"\n}\n';
    const scan = await scanFiles({ 'main.tf': buckets, 'subs.tf': SUBS('aws_s3_bucket.logs', 'each.value.id').replace('each.key == "app" ? false : true', 'false') });
    expect(scan.findings).toEqual([
      'AWS-0002 aws_s3_bucket.logs[*] subs.tf:6 public_access_block.block_public_policy',
    ]);
  });
});

describe('for_each over a module', () => {
  const bucketModule = `variable "name" {}
variable "algorithm" {}
resource "aws_s3_bucket" "this" {
  bucket_prefix = "\${var.name}-"
}
output "bucket_id" {
  value = aws_s3_bucket.this.id
}
output "sse_rules" {
  value = [{ algorithm = var.algorithm, key = var.algorithm == "aws:kms" ? "arn:aws:kms:eu-west-1:111122223333:key/\${var.name}" : null }]
}
`;
  const root = `module "buckets" {
  source    = "./bucket"
  for_each  = { app = "AES256", audit = "aws:kms" }
  name      = each.key
  algorithm = each.value
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  for_each = module.buckets
  bucket   = each.value.bucket_id
  dynamic "rule" {
    for_each = each.value.sse_rules
    content {
      apply_server_side_encryption_by_default {
        sse_algorithm     = rule.value.algorithm
        kms_master_key_id = rule.value.key
      }
    }
  }
}
${SUBS('module.buckets', 'each.value.bucket_id').split('resource "aws_s3_bucket_server_side_encryption_configuration"')[0]}
resource "aws_s3_bucket_versioning" "b" {
  for_each = module.buckets
  bucket   = each.value.bucket_id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "b" {
  for_each      = module.buckets
  bucket        = each.value.bucket_id
  target_bucket = "central-access-logs"
}
`;

  it('attaches each.value.<output> sub-resources to the bucket in that module instance, with a dynamic block fed by each.value', async () => {
    const scan = await scanFiles({ 'main.tf': root, 'bucket/main.tf': bucketModule });
    expect(scan.findings).toEqual([
      'AWS-0002 module.buckets["app"].aws_s3_bucket.this main.tf:26 public_access_block.block_public_policy',
      'AWS-0104 module.buckets["app"].aws_s3_bucket.this main.tf:15 encryption.algorithm',
    ]);
    expect(scan.diagnostics).toEqual([]);
  });
});
