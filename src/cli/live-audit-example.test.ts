/**
 * examples/github-live-audit.yml, read the way GitHub reads it: least-privilege permissions, the
 * posture command line a valid `posture aws` invocation whose SARIF is the file uploaded, and a
 * code-scanning category of its own (not the one the repository's own workflow uploads under).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { validateSarif as validateWithSchema } from '../report/sarif-schema.js';
import { REPO_ROOT } from '../testing/engine.js';
import { parseCommand, type AwsCommand } from './args.js';

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
}

/** The fields Actions reads, as the repository's own workflow test checks them (action/workflow.test.ts). */
const WORKFLOW_SCHEMA = path.join(REPO_ROOT, 'action', 'testing', 'workflow.schema.json');
const read = (file: string) => parse(readFileSync(path.join(REPO_ROOT, file), 'utf8'), { strict: true, uniqueKeys: true }) as Workflow;
const workflow = read('examples/github-live-audit.yml');
const { steps, permissions } = workflow.jobs.audit!;
const posture = steps.find((s) => s.run?.includes('posture.js aws'))!;
const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;

describe('examples/github-live-audit.yml', () => {
  it('has the structure Actions reads, and a schedule the runner would refuse is refused', () => {
    expect(validateWithSchema(workflow, WORKFLOW_SCHEMA)).toEqual([]);
    const broken = structuredClone(workflow);
    broken.on.schedule = [{ cron: 'nightly' }];
    expect(validateWithSchema(broken, WORKFLOW_SCHEMA).join('\n')).toMatch(/\/on\/schedule\/0\/cron: must match pattern/);
  });

  it('runs on a schedule with nothing by default and only OIDC, read and code-scanning rights for the job', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({});
    expect(permissions).toEqual({ contents: 'read', 'id-token': 'write', 'security-events': 'write' });
    expect(steps.some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials') && String(s.with?.['role-to-assume']).startsWith('arn:aws:iam::'))).toBe(true);
    expect(steps.filter((s) => s.uses?.startsWith('actions/checkout')).every((s) => s.with?.['persist-credentials'] === false)).toBe(true);
  });

  it('runs a posture aws command the CLI accepts, writing the SARIF that is uploaded', () => {
    const argv = posture.run!.trim().split(/\s+/).slice(2);
    const command = parseCommand(argv) as AwsCommand;
    expect(command).toMatchObject({ command: 'aws', format: 'sarif', templates: ['infra'], failOn: 'none' });
    expect(command.regions.length).toBeGreaterThan(0);
    expect(upload.with?.sarif_file).toBe(command.output);
    expect(upload.if).toContain('always()');
  });

  it('uploads under a category of its own, not the repository workflow\'s', () => {
    const own = read('.github/workflows/posture.yml');
    const repositoryCategory = own.jobs.posture!.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!.with?.category;
    expect(upload.with?.category).toBeDefined();
    expect(upload.with?.category).not.toBe(repositoryCategory);
  });
});
