import { describe, expect, it } from '@jest/globals';
import type { Log } from 'sarif';
import { runCli } from '../cli/main.js';
import type { Finding, Resource } from '../model/index.js';
import { pathKey } from '../model/index.js';
import { validateSarif } from '../report/sarif-schema.js';
import { REPO_ROOT, SARIF_SCHEMA } from '../testing/engine.js';
import { stackOriginOf } from '../normalize/aws-config/stack-tags.js';
import { linkFindingsToTemplates, mappedTemplate, stackNamesOf, type StackTemplate } from './template-link.js';

const FIXTURE = 'fixtures/aws-config/cfn-linked';

async function scan(format: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['scan', FIXTURE, '--format', format, '--no-fail', '--quiet', '--exclude', '**/expected.*'], {
    stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: REPO_ROOT,
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout;
}

describe('live findings linked to the template that created them (template + snapshot in one scan)', () => {
  it('gives a live finding the template line of the same attribute, in JSON', async () => {
    const { findings } = JSON.parse(await scan('json')) as { findings: Finding[] };
    const live = (checkId: string, arn: string) => findings.find((f) => f.checkId === checkId && f.resourceId === arn)!;
    expect(live('AWS-0003', 'arn:aws:s3:::acme-web-assets').createdBy).toEqual({
      resourceId: 'AWS::S3::Bucket/Assets',
      stackName: 'web',
      // `Status: Suspended`: the line that made versioning off.
      location: { path: `${FIXTURE}/web.yaml`, startLine: 11, startColumn: 9, endLine: 11, endColumn: 26 },
    });
    // configuration.tags ({key, value} list) of a security group; the finding points at the CIDR line.
    const ssh = live('AWS-0005', 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0b2c3d4e5f6071829');
    expect(ssh.createdBy).toMatchObject({ resourceId: 'AWS::EC2::SecurityGroup/WebSg', location: { path: `${FIXTURE}/web.yaml`, startLine: 20 } });
    // Tagged with a logical id the template does not hold: no link, rather than a guess.
    expect(findings.filter((f) => f.resourceId === 'arn:aws:s3:::acme-web-scratch').every((f) => f.createdBy === undefined)).toBe(true);
    // The template's own findings are not linked to anything.
    expect(findings.filter((f) => f.format === 'cloudformation').every((f) => f.createdBy === undefined)).toBe(true);
  });

  it('writes the link as a SARIF related location, schema-valid', async () => {
    const log = JSON.parse(await scan('sarif')) as Log;
    expect(validateSarif(log, SARIF_SCHEMA)).toEqual([]);
    const result = log.runs[0].results!.find((r) => r.ruleId === 'AWS-0003' && r.locations![0].logicalLocations![0].fullyQualifiedName === 'arn:aws:s3:::acme-web-assets')!;
    expect(result.relatedLocations).toEqual([{
      id: 1,
      physicalLocation: { artifactLocation: { uri: `${FIXTURE}/web.yaml`, uriBaseId: '%SRCROOT%' }, region: { startLine: 11, startColumn: 9, endLine: 11, endColumn: 26 } },
      message: { text: 'created by AWS::S3::Bucket/Assets of CloudFormation stack web' },
      logicalLocations: [{ fullyQualifiedName: 'AWS::S3::Bucket/Assets', kind: 'resource' }],
    }]);
  });
});

describe('linkFindingsToTemplates: which template', () => {
  const template = (path: string): Resource => ({
    id: 'AWS::S3::Bucket/Assets', type: 'aws.s3.bucket', source: { format: 'cloudformation', path, nativeType: 'AWS::S3::Bucket' },
    attributes: {}, raw: {}, provenance: new Map([[pathKey([]), { path, startLine: 3, startColumn: 3, endLine: 9, endColumn: 1 }]]), scope: path,
  });
  const live: Resource = {
    id: 'arn:aws:s3:::b', type: 'aws.s3.bucket', source: { format: 'aws-config', path: 'snap.json', nativeType: 'AWS::S3::Bucket' },
    attributes: {}, raw: { tags: { 'aws:cloudformation:stack-name': 'web', 'aws:cloudformation:logical-id': 'Assets' } }, provenance: new Map(), scope: 'aws:1:eu-west-1',
  };
  const finding = { checkId: 'AWS-0003', resourceId: live.id, scope: live.scope, format: 'aws-config', attributePath: ['versioning', 'enabled'] } as Finding;
  const linkedTo = (...templates: Resource[]) => linkFindingsToTemplates([finding], [live, ...templates])[0]!.createdBy?.location.path;

  it('takes the only template holding the logical id, whatever its name', () => {
    expect(linkedTo(template('infra/template.yaml'))).toBe('infra/template.yaml');
  });

  it('takes the one named after the stack among several, and none when that does not decide', () => {
    expect(linkedTo(template('stacks/api.yaml'), template('stacks/web.yaml'))).toBe('stacks/web.yaml');
    expect(linkedTo(template('api/template.yaml'), template('web/template.yaml'))).toBe('web/template.yaml');
    expect(linkedTo(template('a.yaml'), template('b.yaml'))).toBeUndefined();
    expect(linkedTo(template('x/web.yaml'), template('web/y.yaml'))).toBeUndefined();
  });

  it('takes the template aws.stacks names for the stack first, before any heuristic', () => {
    const stacks: StackTemplate[] = [{ stack: 'w*', template: './infra/b.yaml' }];
    const link = (...templates: Resource[]) => linkFindingsToTemplates([finding], [live, ...templates], { stacks })[0]!.createdBy?.location.path;
    expect(link(template('infra/a.yaml'), template('infra/b.yaml'))).toBe('infra/b.yaml');
    // Even over a template named after the stack.
    expect(link(template('web.yaml'), template('infra/b.yaml'))).toBe('infra/b.yaml');
    // A stack no entry matches: today's heuristics.
    const other = linkFindingsToTemplates([finding], [live, template('web.yaml'), template('x.yaml')], { stacks: [{ stack: 'api', template: 'x.yaml' }] });
    expect(other[0]!.createdBy?.location.path).toBe('web.yaml');
  });

  it('links nothing, and warns once, when the mapped template is not in the scan or lacks the logical id', () => {
    const warnings: string[] = [];
    const run = (stacks: StackTemplate[], ...templates: Resource[]) =>
      linkFindingsToTemplates([finding, { ...finding, attributePath: ['logging'] }], [live, ...templates], { stacks, warn: (m) => warnings.push(m) });
    // The only candidate would otherwise be taken: the mapping says it is the wrong file.
    expect(run([{ stack: 'web', template: 'gone.yaml' }], template('web.yaml')).map((f) => f.createdBy)).toEqual([undefined, undefined]);
    expect(warnings).toEqual(['aws.stacks web: gone.yaml is not in this scan; live resources of the stacks it maps are not linked to a template']);
    const queue = { ...template('q.yaml'), id: 'AWS::SQS::Queue/Jobs', source: { format: 'cloudformation' as const, path: 'q.yaml', nativeType: 'AWS::SQS::Queue' } };
    expect(run([{ stack: 'web', template: 'q.yaml' }], template('web.yaml'), queue).map((f) => f.createdBy)).toEqual([undefined, undefined]);
    expect(warnings[1]).toBe('aws.stacks web: q.yaml holds no AWS::S3::Bucket/Assets, which stack web created; not linked');
    expect(warnings).toHaveLength(2);
  });

  it('picks the exact stack name before a glob, and the first matching glob in file order', () => {
    const stacks = [{ stack: 'prod-*', template: 'a' }, { stack: 'prod-app-*', template: 'b' }, { stack: 'prod-app-eu', template: 'c' }];
    expect(mappedTemplate('prod-app-eu', stacks)?.template).toBe('c');
    expect(mappedTemplate('prod-app-us', stacks)?.template).toBe('a');
    expect(mappedTemplate('dev-app', stacks)).toBeUndefined();
  });

  it('needs the same resource type', () => {
    const queue = { ...template('web.yaml'), id: 'AWS::SQS::Queue/Assets', source: { format: 'cloudformation' as const, path: 'web.yaml', nativeType: 'AWS::SQS::Queue' } };
    expect(linkedTo(queue)).toBeUndefined();
  });

  it('reads the tags wherever Config writes them', () => {
    const pair = { 'aws:cloudformation:stack-name': 's', 'aws:cloudformation:logical-id': 'L' };
    const list = Object.entries(pair).map(([key, value]) => ({ key, value }));
    expect(stackOriginOf({ tags: pair })).toEqual({ stackName: 's', logicalId: 'L' });
    expect(stackOriginOf({ configuration: { tags: list } })).toEqual({ stackName: 's', logicalId: 'L' });
    expect(stackOriginOf({ configuration: { Tags: Object.entries(pair).map(([Key, Value]) => ({ Key, Value })) } })).toEqual({ stackName: 's', logicalId: 'L' });
    expect(stackOriginOf({ supplementaryConfiguration: { BucketTaggingConfiguration: { tagSets: [{ tagSet: pair }] } } })).toEqual({ stackName: 's', logicalId: 'L' });
    // What Config (and moto) write for a bucket: `tagSets[].tags`, a map.
    expect(stackOriginOf({ supplementaryConfiguration: { BucketTaggingConfiguration: { tagSets: [{ tags: pair }] } } })).toEqual({ stackName: 's', logicalId: 'L' });
    expect(stackOriginOf({ tags: { 'aws:cloudformation:stack-name': 's' } })).toBeUndefined();
    expect(stackNamesOf('stacks/web.template.yaml')).toEqual(['web', 'stacks']);
  });
});
