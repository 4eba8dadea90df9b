import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { silentLogger } from '../logging.js';
import { discover } from './index.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'posture-discover-'));
  const files: Record<string, string> = {
    'infra/main.tf': 'resource "aws_s3_bucket" "b" {}\n',
    'infra/.terraform/modules/x/main.tf': 'resource "aws_s3_bucket" "vendored" {}\n',
    'cfn/app.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n',
    'k8s/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\n',
    'k8s/skip-me.yaml': 'apiVersion: v1\nkind: Pod\n',
    'docs/README.md': '# docs\n',
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'charts/web/values-prod.yaml': 'replicas: 3\n',
    'charts/web/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {{ .Values.replicas }}\n',
    '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
});

afterAll(async () => rm(root, { recursive: true, force: true }));

describe('discover', () => {
  it('include narrows to matching files, then exclude removes from them', async () => {
    const result = await discover({ paths: [root], root, include: ['k8s/**', 'infra/*.tf'], exclude: ['k8s/skip-*'], logger: silentLogger });
    expect(result.files.map((f) => f.path)).toEqual(['infra/main.tf', 'k8s/web.yaml']);
    // Files outside include are not scanned, and not listed as skipped either: the user left them out.
    expect(result.skipped.map((s) => s.path)).toEqual([]);
  });

  it('include applies to files given by path too, relative to the root', async () => {
    const result = await discover({ paths: [path.join(root, 'cfn/app.yaml'), path.join(root, 'k8s/web.yaml')], root, include: ['cfn/**'], logger: silentLogger });
    expect(result.files.map((f) => f.path)).toEqual(['cfn/app.yaml']);
  });

  it('classifies every file, skips the rest with reasons, and ignores .terraform', async () => {
    const result = await discover({ paths: [root], root, exclude: ['k8s/skip-*'], logger: silentLogger });
    expect(result.files.map((f) => [f.path, f.format])).toEqual([
      ['cfn/app.yaml', 'cloudformation'],
      ['infra/main.tf', 'terraform'],
      ['k8s/web.yaml', 'kubernetes'],
    ]);
    expect(result.skipped).toEqual([
      { path: '.github/workflows/ci.yml', reason: 'GitHub Actions workflow, not infrastructure' },
      { path: 'charts/web/Chart.yaml', reason: 'part of a Helm chart: scan it with --helm CHART_DIR' },
      { path: 'charts/web/templates/deployment.yaml', reason: 'part of a Helm chart: scan it with --helm CHART_DIR' },
      { path: 'charts/web/values-prod.yaml', reason: 'part of a Helm chart: scan it with --helm CHART_DIR' },
      { path: 'docs/README.md', reason: 'not an infrastructure file type' },
    ]);
    expect(result.files[1].text).toContain('aws_s3_bucket');
  });

  it('takes single files and does not list a file twice', async () => {
    const file = path.join(root, 'infra/main.tf');
    const result = await discover({ paths: [file, path.join(root, 'infra')], root, logger: silentLogger });
    expect(result.files.map((f) => f.path)).toEqual(['infra/main.tf']);
  });

  it('fails with a configuration error on a missing path', async () => {
    await expect(discover({ paths: [path.join(root, 'nope')], root, logger: silentLogger })).rejects.toThrow(ConfigError);
  });
});
