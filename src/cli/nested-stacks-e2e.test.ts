import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGate, type GateOptions } from '../gate.js';
import { silentLogger } from '../logging.js';
import type { Report } from '../model/index.js';
import { REPO_ROOT, sharedEngine } from '../testing/engine.js';
import { captureCli } from '../testing/cli.js';

const FIXTURES = 'fixtures/nested-stacks';
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function scan(paths: string[], extra: Partial<GateOptions> = {}): Promise<Report> {
  const options: GateOptions = { paths: paths.map((p) => path.join(REPO_ROOT, p)), root: REPO_ROOT, failOn: 'none', logger: silentLogger, engine: await sharedEngine(), ...extra };
  return (await runGate(options)).report;
}

const found = (report: Report) => report.findings.map((f) => `${f.checkId} ${f.resourceId} ${f.location.path}:${f.location.startLine}`).sort();
const ids = (report: Report, prefix = '') => report.resources.filter((r) => r.path.startsWith(prefix)).map((r) => r.id).sort();
const said = (report: Report, code: string) => report.diagnostics.filter((d) => d.code === code).map((d) => `${d.range.path}:${d.range.startLine}: ${d.message}`);

describe('CloudFormation nested stacks (AWS::CloudFormation::Stack, AWS::Serverless::Application)', () => {
  it('resolves a local child template with the parameters its parent passes, reported under the parent\'s stack path', async () => {
    const report = await scan([`${FIXTURES}/basic/main.yaml`]);
    // the child's Default (10.20.0.0/16) is not what is deployed: the parent passes 0.0.0.0/0
    expect(found(report)).toEqual([`AWS-0005 Network/AWS::EC2::SecurityGroup/Bastion ${FIXTURES}/basic/network/bastion.yaml:19`]);
    expect(report.findings[0].scope).toBe(`${FIXTURES}/basic/main.yaml`);
    // read only because the parent nests it: reported only through the parent
    expect(ids(report)).toEqual(['AWS::CloudFormation::Stack/Logging', 'AWS::CloudFormation::Stack/Network', 'Network/AWS::EC2::SecurityGroup/Bastion']);
    expect(report.files.scanned).toContain(`${FIXTURES}/basic/network/bastion.yaml`);
  });

  it('says once that an https TemplateURL is not read, and counts it as an unresolved stack', async () => {
    const report = await scan([`${FIXTURES}/basic/main.yaml`]);
    expect(said(report, 'STACK_UNRESOLVED')).toEqual([
      `${FIXTURES}/basic/main.yaml:16: nested stack Logging: TemplateURL https://acme-templates.s3.eu-west-1.amazonaws.com/logging/v3.yaml is not a local template; its resources are not scanned (scan the template before it is packaged)`,
    ]);
    expect(report.incomplete).toMatchObject({ unresolvedStacks: 1, unreadable: 0 });
  });

  it('keeps a child that is scanned too as its own deployment, with its own defaults and ids', async () => {
    const report = await scan([`${FIXTURES}/basic`]);
    expect(found(report)).toEqual([`AWS-0005 Network/AWS::EC2::SecurityGroup/Bastion ${FIXTURES}/basic/network/bastion.yaml:19`]);
    expect(ids(report, `${FIXTURES}/basic/network/`)).toEqual(['AWS::EC2::SecurityGroup/Bastion', 'Network/AWS::EC2::SecurityGroup/Bastion']);
    const scopes = report.findings.map((f) => f.scope);
    expect(scopes).toEqual([`${FIXTURES}/basic/main.yaml`]);
  });

  it('nests two levels deep (./ and ../ paths); a Ref to the root\'s own parameter takes its --cfn-params value, which reaches the root only', async () => {
    const root = `${FIXTURES}/two-levels/root.yaml`;
    const { code, stdout, stderr } = await captureCli(['scan', root, '--cfn-params', `${FIXTURES}/two-levels/params.json`, '--format', 'json', '--quiet', '--fail-on', 'high']);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const report = JSON.parse(stdout) as Report;
    expect(found(report)).toEqual([
      `AWS-0005 App/Network/AWS::EC2::SecurityGroup/Admin ${FIXTURES}/two-levels/network/admin.yaml:22`,
      `AWS-0021 App/AWS::EC2::VPC/Vpc ${FIXTURES}/two-levels/stacks/app.yaml:10`,
    ]);
    // PeerCidr is the app stack's Fn::GetAtt: unknown in the grandchild, never its Default 0.0.0.0/0
    expect(report.inconclusive).toEqual(expect.arrayContaining([expect.objectContaining({ checkId: 'AWS-0006', resourceId: 'App/Network/AWS::EC2::SecurityGroup/Admin' })]));
    expect(report.diagnostics).toEqual([]);
  });

  it('leaves a parameter the root has no value for unknown all the way down (no finding, inconclusive)', async () => {
    const report = await scan([`${FIXTURES}/two-levels/root.yaml`]);
    expect(found(report)).toEqual([`AWS-0021 App/AWS::EC2::VPC/Vpc ${FIXTURES}/two-levels/stacks/app.yaml:10`]);
    expect(report.inconclusive).toEqual(expect.arrayContaining([expect.objectContaining({ checkId: 'AWS-0005', resourceId: 'App/Network/AWS::EC2::SecurityGroup/Admin' })]));
  });

  it('reads a SAM application whose Location is ./relative, with its Parameters; a Serverless Application Repository one is unresolved', async () => {
    const report = await scan([`${FIXTURES}/sam`]);
    expect(found(report)).toEqual([`AWS-0009 Database/AWS::RDS::DBInstance/Orders ${FIXTURES}/sam/apps/database.yaml:20`]);
    expect(ids(report, `${FIXTURES}/sam/apps/`)).toEqual(['AWS::RDS::DBInstance/Orders', 'Database/AWS::RDS::DBInstance/Orders']);
    expect(said(report, 'STACK_UNRESOLVED')).toEqual([
      `${FIXTURES}/sam/template.yaml:14: nested stack Auth: Location application arn:aws:serverlessrepo:us-east-1:123456789012:applications/cognito-auth is not a local template; its resources are not scanned (scan the template before it is packaged)`,
    ]);
  });

  it('reports a missing template, one outside the scan root, an unknown URL and a cycle as unresolved stacks', async () => {
    const dir = `${FIXTURES}/unresolved`;
    const report = await scan([`${dir}/main.yaml`], { root: path.join(REPO_ROOT, dir) });
    expect(said(report, 'STACK_UNRESOLVED')).toEqual([
      'loop.yaml:7: nested stack Back: template main.yaml nests itself (main.yaml → loop.yaml → main.yaml); not followed',
      'main.yaml:10: nested stack Missing: template stacks/missing.yaml was not read (missing, excluded, not a regular file inside the scan root, or not a CloudFormation template); its resources are not scanned',
      'main.yaml:14: nested stack Outside: TemplateURL ../../outside.yaml is outside the scan root; its resources are not scanned',
      'main.yaml:18: nested stack Computed: TemplateURL is not known before deployment (Fn::Sub references TemplateBucket); its resources are not scanned',
    ]);
    expect(report.incomplete).toMatchObject({ unresolvedStacks: 4 });
  });

  it('bounds the depth: a ninth level of nesting is a limit reached, not read', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-stacks-'));
    scratch.push(dir);
    mkdirSync(path.join(dir, 'levels'));
    const nests = (next: number) => `Resources:\n  Next:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: level${next}.yaml\n`;
    writeFileSync(path.join(dir, 'root.yaml'), nests(1).replace('level1', 'levels/level1'));
    for (let n = 1; n <= 9; n++) writeFileSync(path.join(dir, 'levels', `level${n}.yaml`), nests(n + 1));
    const report = (await runGate({ paths: [path.join(dir, 'root.yaml')], root: dir, failOn: 'none', logger: silentLogger, engine: await sharedEngine() })).report;
    expect(report.resources.map((r) => r.id)).toContain('Next/Next/Next/Next/Next/Next/Next/Next/AWS::CloudFormation::Stack/Next');
    expect(said(report, 'LIMIT_EXCEEDED')).toEqual(['levels/level8.yaml:5: nested stack Next: nested more than 8 levels deep; template levels/level9.yaml is not scanned']);
    expect(report.files.scanned).not.toContain('levels/level9.yaml');
  });

  it('never reads a child through a link out of the scan root; a child with a syntax error says so where it is', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'posture-outside-'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-stacks-'));
    scratch.push(outside, dir);
    writeFileSync(path.join(outside, 'secret.yaml'), 'Resources:\n  Open:\n    Type: AWS::S3::Bucket\n');
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'linked.yaml'));
    writeFileSync(path.join(dir, 'broken.yaml'), 'Resources:\n  Bad: [\n');
    const stack = (id: string, url: string) => `  ${id}:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ${url}\n`;
    writeFileSync(path.join(dir, 'main.yaml'), `Resources:\n${stack('Linked', 'linked.yaml')}${stack('Broken', 'broken.yaml')}`);
    const report = (await runGate({ paths: [path.join(dir, 'main.yaml')], root: dir, failOn: 'none', logger: silentLogger, engine: await sharedEngine() })).report;
    expect(report.files.scanned).not.toContain('linked.yaml');
    expect(report.resources.map((r) => r.id)).toEqual(['AWS::CloudFormation::Stack/Broken', 'AWS::CloudFormation::Stack/Linked']);
    expect(said(report, 'STACK_UNRESOLVED')).toEqual([
      'main.yaml:5: nested stack Linked: template linked.yaml was not read (missing, excluded, not a regular file inside the scan root, or not a CloudFormation template); its resources are not scanned',
    ]);
    // read as a template because the parent names it one, although nothing in it says so: its error is the file's
    expect(report.diagnostics.filter((d) => d.range.path === 'broken.yaml' && d.level === 'error').map((d) => d.code)).toContain('PARSE_SYNTAX');
    expect(report.incomplete).toMatchObject({ unreadable: 1, unresolvedStacks: 1 });
  });

  it('applies a suppression written in the child template to the nested stack\'s resource', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-stacks-'));
    scratch.push(dir);
    writeFileSync(path.join(dir, 'main.yaml'), 'Resources:\n  Net:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: sg.yaml\n      Parameters:\n        Cidr: 0.0.0.0/0\n');
    const group = (metadata: string) => [
      'Parameters:\n  Cidr:\n    Type: String\n    Default: 10.0.0.0/8\nResources:\n  Ssh:\n    Type: AWS::EC2::SecurityGroup\n',
      metadata,
      '    Properties:\n      GroupDescription: ssh\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref Cidr, Description: ssh}\n',
    ].join('');
    writeFileSync(path.join(dir, 'sg.yaml'), group(''));
    const scanIt = async () => (await runGate({ paths: [path.join(dir, 'main.yaml')], root: dir, failOn: 'none', logger: silentLogger, engine: await sharedEngine() })).report;
    expect(found(await scanIt())).toEqual(['AWS-0005 Net/AWS::EC2::SecurityGroup/Ssh sg.yaml:11']);
    writeFileSync(path.join(dir, 'sg.yaml'), group('    Metadata:\n      posture:\n        ignore:\n          - {id: AWS-0005, reason: bastion behind a VPN}\n'));
    const report = await scanIt();
    expect(report.findings.filter((f) => f.checkId === 'AWS-0005').map((f) => [f.resourceId, f.suppression !== undefined])).toEqual([['Net/AWS::EC2::SecurityGroup/Ssh', true]]);
  });
});
