import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../model/unknown.js';
import type { Resource } from '../../model/resource.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(body: string): Promise<Resource> {
  const text = `resource "aws_config_configuration_recorder" "r" {\n  name = "default"\n${body}}\n`;
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources[0];
}

function cloudformation(properties: string): Resource {
  const text = `Resources:\n  R:\n    Type: AWS::Config::ConfigurationRecorder\n    Properties:\n      RoleARN: arn:aws:iam::111122223333:role/c\n${properties}`;
  return normalizeTemplate(parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, text)).resources[0];
}

describe('aws.config.configuration_recorder', () => {
  it('applies the provider defaults inside recording_group; without one, all supported types (issue 15)', async () => {
    const grouped = await terraform('  recording_group {\n    include_global_resource_types = "true"\n  }\n');
    expect(grouped.attributes).toEqual({ name: 'default', all_supported: true, include_global_resource_types: true });
    const bare = await terraform('');
    expect(bare.attributes.all_supported).toBe(true);
    expect(isUnknown(bare.attributes.include_global_resource_types)).toBe(true);
  });

  it('treats an unset flag of a written CloudFormation RecordingGroup as false', () => {
    const grouped = cloudformation('      RecordingGroup:\n        AllSupported: true\n');
    expect(grouped.attributes).toMatchObject({ all_supported: true, include_global_resource_types: false });
    const bare = cloudformation('');
    expect(bare.attributes.all_supported).toBe(true);
    expect(isUnknown(bare.attributes.include_global_resource_types)).toBe(true);
  });
});
