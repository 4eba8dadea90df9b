import { describe, expect, it } from '@jest/globals';
import type { ParsedDocument } from '../../model/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { resolveCloudFormationStacks } from './index.js';
import { MAX_NESTED_STACKS } from './stacks.js';

const parse = (path: string, text: string): ParsedDocument => parseCloudFormation({ path, absolutePath: `/repo/${path}`, format: 'cloudformation' }, text);
const byPath = (...docs: ParsedDocument[]) => new Map(docs.map((d) => [d.file.path, d]));

describe('resolveCloudFormationStacks', () => {
  it('gives pseudo parameters and --cfn-params to the root template only', () => {
    const root = parse('main.yaml', 'Parameters:\n  Name: {Type: String}\nResources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: child.yaml\n      Parameters: {Where: !Ref "AWS::Region", Name: !Ref Name}\n');
    const child = parse('child.yaml', 'Parameters:\n  Where: {Type: String}\n  Name: {Type: String, Default: child-default}\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub "${Name}-${AWS::Region}"\n      Tags: [{Key: where, Value: !Ref Where}]\n');
    const options = { parameters: { Name: 'orders' }, pseudoParameters: { 'AWS::Region': 'eu-west-1' } };
    const [top, nested] = resolveCloudFormationStacks(root, options, byPath(root, child));
    expect(top.stack).toEqual([]);
    expect(nested).toMatchObject({ stack: ['Child'], rootPath: 'main.yaml' });
    // the parent's Ref AWS::Region is the root's (configured); the child's own pseudo parameter is not configured
    expect(nested.resources[0].properties).toEqual({
      QueueName: { $unknown: true, reason: 'Fn::Sub references AWS::Region' },
      Tags: [{ Key: 'where', Value: 'eu-west-1' }],
    });
    const named = resolveCloudFormationStacks(root, { pseudoParameters: options.pseudoParameters }, byPath(root, child))[1];
    // the root's Name has no value: the child's Default does not stand in for it
    expect(named.resources[0].properties.QueueName).toEqual({ $unknown: true, reason: 'Fn::Sub references Name' });
  });

  it('leaves a nested stack whose Condition is false unread', () => {
    const root = parse('main.yaml', 'Conditions:\n  Never: !Equals [a, b]\nResources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Condition: Never\n    Properties: {TemplateURL: missing.yaml}\n');
    const [top, ...rest] = resolveCloudFormationStacks(root, {}, byPath(root));
    expect(rest).toEqual([]);
    expect(top.diagnostics).toEqual([]);
  });

  it(`stops at ${MAX_NESTED_STACKS} nested stacks under one root, however they fan out`, () => {
    const fanOut = (next: string) => `Resources:\n${Array.from({ length: 10 }, (_, i) => `  S${i}:\n    Type: AWS::CloudFormation::Stack\n    Properties: {TemplateURL: ${next}}\n`).join('')}`;
    const docs = [parse('l0.yaml', fanOut('l1.yaml')), parse('l1.yaml', fanOut('l2.yaml')), parse('l2.yaml', fanOut('l3.yaml')), parse('l3.yaml', 'Resources:\n  Q: {Type: AWS::SQS::Queue}\n')];
    const templates = resolveCloudFormationStacks(docs[0], {}, byPath(...docs));
    expect(templates).toHaveLength(1 + MAX_NESTED_STACKS);
    // depth first, 111 stacks under each of the root's: 4 × 111 + 1 + 5 × 11 = 500, so the fifth l1's S5 is the first one past it; said once
    const limits = templates.flatMap((t) => t.diagnostics).filter((d) => d.code === 'LIMIT_EXCEEDED');
    expect(limits.map((d) => `${d.range.path}:${d.range.startLine}: ${d.message}`)).toEqual([
      `l1.yaml:19: nested stack S5: more than ${MAX_NESTED_STACKS} nested stacks under l0.yaml; this one and later ones are not scanned`,
    ]);
  });
});
