import { describe, expect, it } from '@jest/globals';
import { parseReference, pureReference } from './references.js';

describe('references of the plan\'s configuration section', () => {
  it('parses resource references with attribute, index and key steps, and nothing else', () => {
    expect(parseReference('aws_s3_bucket.logs.id')).toEqual({ type: 'aws_s3_bucket', name: 'logs', steps: [{ attr: 'id' }] });
    expect(parseReference('aws_subnet.a[0].id')).toEqual({ type: 'aws_subnet', name: 'a', steps: [{ key: 0 }, { attr: 'id' }] });
    expect(parseReference('aws_s3_bucket.b["a.b"]')).toEqual({ type: 'aws_s3_bucket', name: 'b', steps: [{ key: 'a.b' }] });
    for (const other of ['var.x', 'local.y', 'module.vpc.id', 'data.aws_iam_policy_document.p.json', 'count.index', 'each.key', 'aws_s3_bucket.b[each.key]']) {
      expect(parseReference(other)).toBeUndefined();
    }
  });

  it('takes an expression that is only a reference to one resource, pairing count.index and each.key with the own index', () => {
    expect(pureReference({ references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] }, undefined)).toEqual({ type: 'aws_s3_bucket', name: 'b', steps: [{ attr: 'id' }] });
    expect(pureReference({ references: ['aws_s3_bucket.b', 'each.key'] }, 'logs')).toEqual({ type: 'aws_s3_bucket', name: 'b', steps: [{ key: 'logs' }, { attr: 'id' }] });
    expect(pureReference({ references: ['aws_eip.gw', 'count.index'] }, 1)).toEqual({ type: 'aws_eip', name: 'gw', steps: [{ key: 1 }, { attr: 'id' }] });
  });

  it('refuses constants, several resources, variables and iterators it cannot pair', () => {
    expect(pureReference({ constant_value: 'x' }, undefined)).toBeUndefined();
    expect(pureReference({ references: ['aws_s3_bucket.a.id', 'aws_s3_bucket.a', 'aws_s3_bucket.b.id', 'aws_s3_bucket.b'] }, undefined)).toBeUndefined();
    expect(pureReference({ references: ['var.bucket'] }, undefined)).toBeUndefined();
    expect(pureReference({ references: ['aws_s3_bucket.b', 'each.key'] }, undefined)).toBeUndefined();
    expect(pureReference({ references: ['aws_s3_bucket.b', 'each.value'] }, 'k')).toBeUndefined();
  });
});
