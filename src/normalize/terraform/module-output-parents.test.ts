import { describe, expect, it } from '@jest/globals';
import { scanFiles as scanAll } from '../../testing/scan-files.js';

// These tests are about linking sub-resources to their bucket; AWS-0102 (no bucket policy) fires
// on every bucket here and says nothing about the links, so it is left out of the comparisons.
async function scanFiles(files: Record<string, string>): ReturnType<typeof scanAll> {
  const scan = await scanAll(files);
  return { ...scan, findings: scan.findings.filter((f) => !f.startsWith('AWS-0102 ')) };
}

// Issue 13, shapes 4 and 5: a sub-resource whose parent is named through a conditional
// (terraform-aws-modules/s3-bucket) or through a child module's output attaches to that parent,
// even when the bucket's name is only known after apply.

/** The terraform-aws-modules/s3-bucket way: every sub-resource names `var.is_directory_bucket ? … : aws_s3_bucket.this[0].id`. */
const CONDITIONAL_MODULE = `variable "bucket" {}
variable "is_directory_bucket" {
  default = false
}
variable "block_public_policy" {
  default = true
}

resource "aws_s3_bucket" "this" {
  count  = var.is_directory_bucket ? 0 : 1
  bucket = var.bucket
}

resource "aws_s3_directory_bucket" "this" {
  count  = var.is_directory_bucket ? 1 : 0
  bucket = var.bucket
  location {
    name = "usw2-az1"
  }
}

locals {
  bucket = var.is_directory_bucket ? aws_s3_directory_bucket.this[0].bucket : aws_s3_bucket.this[0].id
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = var.is_directory_bucket ? aws_s3_directory_bucket.this[0].bucket : aws_s3_bucket.this[0].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/objects"
    }
  }
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = try(local.bucket, null)
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "this" {
  bucket        = coalesce(try(aws_s3_directory_bucket.this[0].bucket, null), one(aws_s3_bucket.this[*].id))
  target_bucket = "central-access-logs"
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = one([for b in aws_s3_bucket.this : b.id])
  block_public_acls       = true
  block_public_policy     = var.block_public_policy
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;

const RANDOM = 'resource "random_pet" "this" {}\n';

describe('a parent named through a conditional (terraform-aws-modules/s3-bucket)', () => {
  it('attaches to the bucket the known condition selects, with a name known only after apply', async () => {
    const scan = await scanFiles({
      'main.tf': `${RANDOM}module "s3" {\n  source              = "./s3"\n  bucket              = "objects-\${random_pet.this.id}"\n  block_public_policy = false\n}\n`,
      's3/main.tf': CONDITIONAL_MODULE,
    });
    expect(scan.findings).toEqual(['AWS-0002 module.s3.aws_s3_bucket.this[0] s3/main.tf:52 public_access_block.block_public_policy']);
    expect(scan.diagnostics).toEqual([]);
  });

  it('links to neither bucket when the condition is unknown: what the sub-resources set is inconclusive, never a finding', async () => {
    const scan = await scanFiles({
      'main.tf': `${RANDOM}variable "directory" {}\nmodule "s3" {\n  source              = "./s3"\n  bucket              = "objects-\${random_pet.this.id}"\n  is_directory_bucket = var.directory\n}\n`,
      's3/main.tf': CONDITIONAL_MODULE,
    });
    // without the origins, encryption, versioning and logging were missing: five false findings
    // (four now that AWS-0001, encryption not declared, is deprecated)
    expect(scan.findings).toEqual([]);
    expect(scan.inconclusive).toBeGreaterThanOrEqual(4);
  });

  it('reaches the same bucket two module levels down', async () => {
    const scan = await scanFiles({
      'main.tf': `${RANDOM}module "store" {\n  source = "./store"\n  name   = "objects-\${random_pet.this.id}"\n}\n`,
      'store/main.tf': 'variable "name" {}\nmodule "s3" {\n  source              = "../s3"\n  bucket              = var.name\n  block_public_policy = false\n}\n',
      's3/main.tf': CONDITIONAL_MODULE,
    });
    expect(scan.findings).toEqual(['AWS-0002 module.store.module.s3.aws_s3_bucket.this[0] s3/main.tf:52 public_access_block.block_public_policy']);
  });
});

const RAW_MODULE = `resource "random_pet" "this" {}
resource "aws_s3_bucket" "this" {
  bucket = "raw-\${random_pet.this.id}"
}
output "id" {
  value = aws_s3_bucket.this.id
}
`;

const ROOT_SUBS = (bucket: string): string => `
resource "aws_s3_bucket_public_access_block" "raw" {
  bucket                  = ${bucket}
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "raw" {
  bucket = ${bucket}
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "raw" {
  bucket = ${bucket}
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "raw" {
  bucket        = ${bucket}
  target_bucket = "central-access-logs"
}
`;

describe('a parent named through a child module\'s output', () => {
  it('attaches a root sub-resource to the bucket inside the module (bucket = module.raw.id)', async () => {
    const scan = await scanFiles({ 'main.tf': `module "raw" {\n  source = "./raw"\n}\n${ROOT_SUBS('module.raw.id')}`, 'raw/main.tf': RAW_MODULE });
    expect(scan.findings).toEqual([
      'AWS-0002 module.raw.aws_s3_bucket.this main.tf:7 public_access_block.block_public_acls',
      'AWS-0104 module.raw.aws_s3_bucket.this main.tf:17 encryption.algorithm',
    ]);
    expect(scan.diagnostics).toEqual([]);
  });

  it('attaches through two levels of outputs, and by name when the bucket name is a literal', async () => {
    const outer = 'module "inner" {\n  source = "../raw"\n}\noutput "bucket_id" {\n  value = module.inner.id\n}\n';
    const scan = await scanFiles({ 'main.tf': `module "outer" {\n  source = "./outer"\n}\n${ROOT_SUBS('module.outer.bucket_id')}`, 'outer/main.tf': outer, 'raw/main.tf': RAW_MODULE });
    expect(scan.findings).toEqual([
      'AWS-0002 module.outer.module.inner.aws_s3_bucket.this main.tf:7 public_access_block.block_public_acls',
      'AWS-0104 module.outer.module.inner.aws_s3_bucket.this main.tf:17 encryption.algorithm',
    ]);
    const literal = RAW_MODULE.replace('"raw-${random_pet.this.id}"', '"acme-raw-data"');
    const named = await scanFiles({ 'main.tf': `module "raw" {\n  source = "./raw"\n}\n${ROOT_SUBS('module.raw.id')}`, 'raw/main.tf': literal });
    expect(named.findings).toEqual([
      'AWS-0002 module.raw.aws_s3_bucket.this main.tf:7 public_access_block.block_public_acls',
      'AWS-0104 module.raw.aws_s3_bucket.this main.tf:17 encryption.algorithm',
    ]);
  });

  it('does not merge two instances of a module that each own a bucket', async () => {
    const scan = await scanFiles({
      'main.tf': `module "raw" {\n  source = "./raw"\n  count  = 2\n}\n${ROOT_SUBS('module.raw[1].id')}`,
      'raw/main.tf': RAW_MODULE,
    });
    expect(scan.findings.filter((f) => f.includes('raw[0]'))).toEqual([
      'AWS-0003 module.raw[0].aws_s3_bucket.this raw/main.tf:2 versioning.enabled',
      'AWS-0004 module.raw[0].aws_s3_bucket.this raw/main.tf:2 logging.enabled',
      'AWS-0103 module.raw[0].aws_s3_bucket.this raw/main.tf:2 versioning.mfa_delete',
      'AWS-0104 module.raw[0].aws_s3_bucket.this raw/main.tf:2 encryption.algorithm',
    ]);
    expect(scan.findings.filter((f) => f.includes('raw[1]'))).toEqual([
      'AWS-0002 module.raw[1].aws_s3_bucket.this main.tf:8 public_access_block.block_public_acls',
      'AWS-0104 module.raw[1].aws_s3_bucket.this main.tf:18 encryption.algorithm',
    ]);
  });

  it('attaches a root security group rule to the group inside the module (security_group_id = module.sg.id)', async () => {
    const sg = 'resource "aws_security_group" "this" {\n  name_prefix = "web-"\n  vpc_id      = "vpc-123"\n}\noutput "id" {\n  value = aws_security_group.this.id\n}\n';
    const root = 'module "sg" {\n  source = "./sg"\n}\nresource "aws_security_group_rule" "ssh" {\n  security_group_id = module.sg.id\n  type              = "ingress"\n  from_port         = 22\n  to_port           = 22\n  protocol          = "tcp"\n  cidr_blocks       = ["0.0.0.0/0"]\n}\n';
    const scan = await scanFiles({ 'main.tf': root, 'sg/main.tf': sg });
    // open SSH where the rule writes its CIDR; the rule has no description
    expect(scan.findings).toEqual(['AWS-0005 module.sg.aws_security_group.this main.tf:10 ingress.0.cidr_ipv4.0', 'AWS-0026 module.sg.aws_security_group.this main.tf:4 ingress.0.description']);
  });
});
