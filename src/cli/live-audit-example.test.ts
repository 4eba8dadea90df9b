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
import { defaultSarifCategory, LIVE_AUTOMATION_ID } from '../report/sarif.js';
import { parseCommand, type AwsCommand } from './args.js';

const VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** The majors current on 2026-12-07 (the SHAs were taken from public workflows that pin them). */
const CURRENT_MAJORS: Record<string, number> = {
  'actions/checkout': 6,
  'actions/setup-node': 6,
  'github/codeql-action/upload-sarif': 4,
  'aws-actions/configure-aws-credentials': 5,
};

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
const posture = steps.find((s) => s.run?.includes(' aws '))!;
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
    const [npx, yes, pkg, ...argv] = posture.run!.trim().split(/\s+/);
    expect([npx, yes, pkg]).toEqual(['npx', '--yes', `posture-gate@${VERSION}`]);
    const command = parseCommand(argv) as AwsCommand;
    expect(command).toMatchObject({ command: 'aws', format: 'sarif', templates: ['infra'], failOn: 'none' });
    expect(command.regions.length).toBeGreaterThan(0);
    expect(upload.with?.sarif_file).toBe(command.output);
    expect(upload.if).toContain('always()');
  });

  it('uploads under a category of its own, not the repository workflow\'s (the SARIF sets it; upload-sarif sets none)', () => {
    const own = read('.github/workflows/posture.yml');
    const gate = own.jobs.posture!.steps.find((s) => s.uses === './')!;
    const repositoryCategory = String(gate.with?.category ?? defaultSarifCategory(REPO_ROOT, [String(gate.with?.paths ?? '.')]));
    const command = parseCommand(posture.run!.trim().split(/\s+/).slice(3)) as AwsCommand;
    const liveCategory = command.sarif?.category ?? LIVE_AUTOMATION_ID;
    expect(liveCategory.replace(/\/?$/, '/')).not.toBe(repositoryCategory.replace(/\/?$/, '/'));
    for (const step of [upload, own.jobs.posture!.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!]) expect(step.with?.category).toBeUndefined();
  });

  it('pins every action by full commit SHA with its version in a comment, on current majors and node 24', () => {
    for (const file of ['examples/github-live-audit.yml', '.github/workflows/posture.yml']) {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      const uses = [...text.matchAll(/^ *(?:- )?uses: (\S+)(.*)$/gm)].filter((m) => m[1] !== './');
      expect(uses.length).toBeGreaterThan(0);
      for (const [, ref, comment] of uses) {
        expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(comment).toMatch(/^ # v\d+\.\d+\.\d+$/);
      }
      for (const [action, major] of Object.entries(CURRENT_MAJORS)) {
        for (const m of uses.filter((u) => u[1]!.startsWith(`${action}@`))) expect(m[2]).toContain(` # v${major}.`);
      }
    }
    const setupNode = steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(setupNode.with?.['node-version']).toBe(24);
  });
});
