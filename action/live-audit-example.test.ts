/**
 * examples/github-live-audit.yml, read the way GitHub reads it: least-privilege permissions, the
 * posture command line a valid `posture aws` invocation whose SARIF is the file uploaded, and a
 * code-scanning category of its own (not the one the repository's own workflow uploads under).
 */
import { describe, expect, it } from '@jest/globals';
import { parseCommand, type AwsCommand } from '../src/cli/args.js';
import { validateWithSchema } from './testing/json-schema.js';
import { readYaml, WORKFLOW_SCHEMA, type Workflow } from './testing/workflow.js';

const read = (file: string) => readYaml<Workflow>(file);
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
