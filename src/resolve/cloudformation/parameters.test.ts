import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../errors.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { loadCfnParameters } from './index.js';
import { normalizeTemplate } from '../../testing/pipeline.js';

describe('loadCfnParameters', () => {
  it('reads the AWS CLI form, with UsePreviousValue as unknown', () => {
    const text = JSON.stringify([
      { ParameterKey: 'Env', ParameterValue: 'dev' },
      { ParameterKey: 'Port', ParameterValue: 8080 },
      { ParameterKey: 'Old', UsePreviousValue: true },
    ]);
    expect(loadCfnParameters(text, 'params.json')).toEqual({
      Env: 'dev',
      Port: '8080',
      Old: { $unknown: true, reason: "parameter Old keeps the deployed stack's value" },
    });
  });

  it('reads the CodePipeline template configuration form (with a BOM)', () => {
    const text = '\uFEFF{"Parameters": {"Env": "dev", "Public": true}, "Tags": {"team": "x"}}';
    expect(loadCfnParameters(text, 'config.json')).toEqual({ Env: 'dev', Public: 'true' });
  });

  it.each([
    ['{not json', 'ci/params.json: CloudFormation parameter file is not valid JSON'],
    ['{"Env": "dev"}', 'ci/params.json: not a CloudFormation parameter file; expected the AWS CLI form'],
    ['[{"ParameterValue": "x"}]', 'ci/params.json: entry 1 has no ParameterKey'],
    ['[{"ParameterKey": "A"}]', 'ci/params.json: parameter A has neither ParameterValue nor UsePreviousValue'],
    ['{"Parameters": {"A": {"x": 1}}}', 'ci/params.json: the value of parameter A must be a string'],
  ])('throws a ConfigError naming the file for %s', (text, message) => {
    expect(() => loadCfnParameters(text, 'ci/params.json')).toThrow(ConfigError);
    expect(() => loadCfnParameters(text, 'ci/params.json')).toThrow(message);
  });

  it('feeds normalizeCloudFormation: given values win over defaults, lists are split', () => {
    const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, `Parameters:
  Acl: {Type: String, Default: Private}
  Cidrs: {Type: CommaDelimitedList}
  Old: {Type: String, Default: Enabled}
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
      BucketName: !Select [1, !Ref Cidrs]
      VersioningConfiguration: {Status: !Ref Old}
`);
    const parameters = loadCfnParameters('{"Parameters": {"Acl": "PublicRead", "Cidrs": "a, b"}}', 'p.json');
    const [bucket] = normalizeTemplate(doc, { parameters: { ...parameters, Old: { $unknown: true } } }).resources;
    expect(bucket.attributes).toMatchObject({ acl: 'public-read', name: 'b', versioning: { enabled: { $unknown: true } } });
  });
});
