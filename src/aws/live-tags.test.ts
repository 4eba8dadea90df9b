import { describe, expect, it } from '@jest/globals';
import { itemTags } from '../normalize/aws-config/stack-tags.js';
import { selectExpressions, tagsFromRows } from './live-tags.js';

describe('the advanced query for tags', () => {
  it('lists the types in one expression, split only past Config’s 4096 characters', () => {
    expect(selectExpressions(['AWS::S3::Bucket', 'AWS::IAM::Role'])).toEqual([
      "SELECT resourceId, resourceType, accountId, awsRegion, tags WHERE resourceType IN ('AWS::S3::Bucket', 'AWS::IAM::Role')",
    ]);
    const many = Array.from({ length: 200 }, (_, i) => `AWS::Service${i}::Resource`);
    const expressions = selectExpressions(many);
    expect(expressions.length).toBeGreaterThan(1);
    expect(expressions.every((e) => e.length <= 4096)).toBe(true);
    expect(expressions.join(' ').match(/'AWS::Service\d+::Resource'/g)).toHaveLength(200);
  });

  it('reads rows as Config returns them (JSON strings; tags as key/value/tag entries)', () => {
    const row = (id: string, tags: unknown) =>
      JSON.stringify({ resourceId: id, resourceType: 'AWS::EC2::SecurityGroup', accountId: '111122223333', awsRegion: 'eu-west-1', tags });
    const { tags, unreadable } = tagsFromRows([
      row('sg-1', [{ key: 'aws:cloudformation:stack-name', value: 'web', tag: 'aws:cloudformation:stack-name=web' }]),
      row('sg-2', []),
      'not json',
      JSON.stringify({ resourceType: 'AWS::EC2::SecurityGroup', tags: [] }),
    ]);
    expect(unreadable).toBe(2);
    expect([...tags]).toEqual([
      ['111122223333\u0000eu-west-1\u0000AWS::EC2::SecurityGroup\u0000sg-1', { 'aws:cloudformation:stack-name': 'web' }],
      // Known to have no tags: an empty map, not "unknown".
      ['111122223333\u0000eu-west-1\u0000AWS::EC2::SecurityGroup\u0000sg-2', {}],
    ]);
  });
});

describe('tags written inside a configuration item', () => {
  const pair = { 'aws:cloudformation:stack-name': 's', 'aws:cloudformation:logical-id': 'L' };

  it('reads them from the API form (JSON strings) as from the decoded one', () => {
    const bucket = { supplementaryConfiguration: { BucketTaggingConfiguration: JSON.stringify({ tagSets: [{ tags: pair }] }) } };
    expect(itemTags(bucket)).toEqual(pair);
    const group = { configuration: JSON.stringify({ tags: [{ key: 'Name', value: 'web' }] }) };
    expect(itemTags(group)).toEqual({ Name: 'web' });
  });

  it('is undefined when the item has no place for tags, and empty when it has an empty one', () => {
    expect(itemTags({ configuration: '{"groupId":"sg-1"}' })).toBeUndefined();
    expect(itemTags({ configuration: { tags: [] } })).toEqual({});
  });
});
