import { describe, expect, it } from '@jest/globals';
import { isUnknown, type Resource } from '../../model/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { readContainers } from './ecs.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

describe('ecs: container definitions', () => {
  it('parses the JSON string of Terraform, keeping environment names only', async () => {
    const [task] = await terraform(`resource "aws_ecs_task_definition" "t" {
  family = "app"
  container_definitions = jsonencode([{
    name        = "web"
    image       = "nginx"
    privileged  = true
    user        = "0"
    environment = [{ name = "DB_PASSWORD", value = "hunter2" }]
  }])
}
`);
    expect(task.type).toBe('aws.ecs.task_definition');
    expect(task.attributes).toEqual({
      family: 'app',
      network_mode: 'bridge',
      containers: [{ name: 'web', privileged: true, readonly_root_filesystem: false, user: '0', environment_names: ['DB_PASSWORD'] }],
    });
    expect(JSON.stringify(task.attributes)).not.toContain('hunter2');
  });

  it('reads the containers of a jsonencode() that holds unknown values', async () => {
    const [task] = await terraform(`variable "image" { type = string }
resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = jsonencode([{ name = "web", image = var.image, privileged = true }])
}
`);
    expect(task.attributes.containers).toEqual([{ name: 'web', privileged: true, readonly_root_filesystem: false, user: null, environment_names: [] }]);
  });

  it('leaves container definitions from a file unknown', async () => {
    const [task] = await terraform('resource "aws_ecs_task_definition" "t" {\n  family = "app"\n  container_definitions = file("${path.module}/containers.json")\n}\n');
    expect(isUnknown(task.attributes.containers)).toBe(true);
  });

  it('reads CloudFormation definitions, string booleans included', () => {
    const doc = parseCloudFormation({ absolutePath: '/t.yaml', path: 't.yaml', format: 'cloudformation' }, `Resources:
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: host
      ContainerDefinitions:
        - Name: web
          ReadonlyRootFilesystem: "true"
          Environment: [{ Name: LOG_LEVEL, Value: info }]
`);
    const [task] = normalizeTemplate(doc).resources;
    expect(task.attributes).toMatchObject({
      network_mode: 'host',
      containers: [{ name: 'web', privileged: false, readonly_root_filesystem: true, user: null, environment_names: ['LOG_LEVEL'] }],
    });
  });

  it('keeps unresolved parts unknown', () => {
    const unknown = { $unknown: true };
    const [c] = readContainers([{ name: 'w', privileged: unknown, environment: [unknown] }]) as Record<string, unknown>[];
    expect(c.privileged).toBe(unknown);
    expect(c.environment_names).toEqual([unknown]);
    expect(isUnknown(readContainers('not json'))).toBe(true);
  });
});
