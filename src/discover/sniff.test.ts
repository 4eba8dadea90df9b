import { describe, expect, it } from '@jest/globals';
import { sniffFormat } from './sniff.js';

describe('sniffFormat', () => {
  it('takes Terraform from the extension', () => {
    expect(sniffFormat('main.tf', '')).toEqual({ format: 'terraform' });
    expect(sniffFormat('main.tf.json', '{}')).toEqual({ format: 'terraform' });
    expect(sniffFormat('prod.tfvars', '')).toEqual({ format: 'terraform' });
  });

  it('recognises CloudFormation YAML by its header or by AWS resource types', () => {
    expect(sniffFormat('a.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n')).toEqual({ format: 'cloudformation' });
    expect(sniffFormat('a.yml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n')).toEqual({ format: 'cloudformation' });
    expect(sniffFormat('a.template', 'Transform: AWS::Serverless-2016-10-31\n')).toEqual({ format: 'cloudformation' });
  });

  it('recognises a CloudFormation YAML template whose top level is indented or has no version (issue 15)', () => {
    const indented = '  AWSTemplateFormatVersion: "2010-09-09"\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n';
    expect(sniffFormat('a.yaml', indented)).toEqual({ format: 'cloudformation' });
    expect(sniffFormat('a.yaml', '    Resources:\n      B:\n        Type: AWS::S3::Bucket\n')).toEqual({ format: 'cloudformation' });
    expect(sniffFormat('a.yaml', '# stack\n---\nResources: # all of them\n  Hook:\n    Type: Custom::Hook\n')).toEqual({ format: 'cloudformation' });
    expect(sniffFormat('a.yaml', 'Description: x\r\nResources:\r\n  B:\r\n    Type: "AWS::SQS::Queue"\r\n')).toEqual({ format: 'cloudformation' });
    expect(sniffFormat('a.yaml', '  Transform: AWS::Serverless-2016-10-31\n  Resources: {}\n')).toEqual({ format: 'cloudformation' });
    // a Serverless Framework file nests its CloudFormation resources under `resources:`: not a template
    const serverless = 'service: api\nresources:\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n';
    expect(sniffFormat('serverless.yml', serverless)).toMatchObject({ skip: expect.stringContaining('neither') });
    expect(sniffFormat('values.yaml', 'app:\n  AWSTemplateFormatVersion: x\n')).toMatchObject({ skip: expect.stringContaining('neither') });
  });

  it('recognises CloudFormation JSON', () => {
    expect(sniffFormat('t.json', '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}')).toEqual({ format: 'cloudformation' });
  });

  it('recognises Kubernetes manifests in YAML and JSON', () => {
    expect(sniffFormat('d.yaml', 'apiVersion: apps/v1\nkind: Deployment\n')).toEqual({ format: 'kubernetes' });
    expect(sniffFormat('d.json', '{"apiVersion": "v1", "kind": "Pod"}')).toEqual({ format: 'kubernetes' });
    expect(sniffFormat('multi.yaml', '---\n# c\napiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: Pod\n')).toEqual({
      format: 'kubernetes',
    });
  });

  it('skips what is not infrastructure, with a reason', () => {
    expect(sniffFormat('ci.yml', 'on:\n  push:\njobs:\n  a: {}\n')).toEqual({ skip: 'GitHub Actions workflow, not infrastructure' });
    expect(sniffFormat('kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n')).toEqual({
      skip: 'Kustomize configuration: scan the output of `kubectl kustomize` instead',
    });
    expect(sniffFormat('values.yaml', 'replicas: 2\n')).toMatchObject({ skip: expect.stringContaining('neither') });
    expect(sniffFormat('deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\n{{- if .Values.x }}\n')).toMatchObject({
      skip: expect.stringContaining('Helm template'),
    });
    expect(sniffFormat('rules.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "{{ $labels.instance }} down"\n')).toEqual({
      format: 'kubernetes',
    });
    expect(sniffFormat('secret.json', '')).toEqual({ skip: 'empty file' });
    expect(sniffFormat('README.md', '# hi')).toEqual({ skip: 'not an infrastructure file type' });
    expect(sniffFormat('expected.json', '[{"apiVersion": "v1", "kind": "Pod"}]')).toMatchObject({ skip: expect.stringContaining('neither') });
    expect(sniffFormat('broken.json', '{"apiVersion": "v1", "kind": "Pod",')).toEqual({ format: 'kubernetes' });
    expect(sniffFormat('snapshot.json', '{"fileVersion": "1.0", "configurationItems": []}')).toEqual({ format: 'aws-config' });
  });

  it('recognises terraform show -json output by content, whatever the file is called', () => {
    expect(sniffFormat('plan.json', '{"format_version": "1.2", "planned_values": {}}')).toEqual({ format: 'terraform-plan' });
    expect(sniffFormat('prod.tfplan.json', '{"format_version":"1.2","resource_changes":[]}')).toEqual({ format: 'terraform-plan' });
    expect(sniffFormat('out.json', '{"format_version": "1.0", "terraform_version": "1.9.5", "values": {"root_module": {}}}')).toEqual({ format: 'terraform-plan' });
    // not valid JSON: still a plan, so its parser reports the error
    expect(sniffFormat('plan.json', '{"format_version": "1.2", "terraform_version": "1.9.5", "planned_values": {')).toEqual({ format: 'terraform-plan' });
    expect(sniffFormat('other.json', '{"format_version": "1.0", "name": "x"}')).toMatchObject({ skip: expect.stringContaining('neither') });
    expect(sniffFormat('main.tf.json', '{"format_version": "1.2", "planned_values": {}}')).toEqual({ format: 'terraform' });
  });
});

describe('sniffFormat on hostile input', () => {
  it('reads a manifest after 60,000 blank lines (the line tests are linear: `^\\s*` over them was quadratic)', () => {
    const text = `${'\n\t'.repeat(30_000)}\napiVersion: v1\nkind: Pod\n`;
    expect(sniffFormat('a.yaml', text)).toEqual({ format: 'kubernetes' });
    expect(sniffFormat('b.yaml', `${'\n'.repeat(65_000)}:`)).toEqual({ skip: 'YAML file that is neither a CloudFormation template nor a Kubernetes manifest' });
  });
});
