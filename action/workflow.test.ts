/**
 * The repository's own workflow (.github/workflows/posture.yml) and the Action's metadata
 * (action.yml) checked the way the runner reads them: the YAML parsed strictly, the workflow
 * against the fields Actions uses, and every input, output and permission it names against
 * action.yml, so a renamed input cannot silently drop out of the workflow.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWithSchema } from './testing/json-schema.js';
import { REPO_ROOT } from './testing/run-action.js';
import { readYaml, WORKFLOW_SCHEMA, type Workflow } from './testing/workflow.js';

interface ActionMetadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const workflow = readYaml<Workflow>('.github/workflows/posture.yml');
const action = readYaml<ActionMetadata>('action.yml');

describe('.github/workflows/posture.yml', () => {
  it('has the structure Actions reads', () => {
    expect(validateWithSchema(workflow, WORKFLOW_SCHEMA)).toEqual([]);
  });

  it('refuses what the runner would refuse (the schema is not a rubber stamp)', () => {
    const broken = structuredClone(workflow);
    broken.jobs.posture.steps.push({ uses: 'x/y@v1', run: 'echo both' });
    broken.permissions = { contents: 'admin' };
    const errors = validateWithSchema(broken, WORKFLOW_SCHEMA).join('\n');
    expect(errors).toMatch(/\/jobs\/posture\/steps\/\d+: must match exactly one schema in oneOf/);
    expect(errors).toMatch(/\/permissions\/contents: must be equal to one of the allowed values/);
  });

  it('runs on pull requests with least privilege: nothing by default, three scopes for the job', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.posture.permissions).toEqual({ contents: 'read', 'security-events': 'write', 'pull-requests': 'write' });
  });

  it('runs this repository\'s Action with inputs it declares, and uploads the SARIF it writes', () => {
    const steps = workflow.jobs.posture.steps;
    const gate = steps.find((s) => s.uses === './')!;
    expect(gate).toBeDefined();
    for (const input of Object.keys(gate.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(steps.indexOf(checkout)).toBeLessThan(steps.indexOf(gate));
    if (gate.with?.['diff-base'] || gate.with?.['only-changed']) expect(checkout.with?.['fetch-depth']).toBe(0);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with?.sarif_file).toBe(gate.with?.['sarif-file']);
    expect(upload.if).toMatch(/always\(\)/);
  });

  it('reads only outputs the Action declares', () => {
    const text = readFileSync(path.join(REPO_ROOT, '.github/workflows/posture.yml'), 'utf8');
    const used = [...text.matchAll(/steps\.posture\.outputs\.([\w-]+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const output of used) expect(Object.keys(action.outputs)).toContain(output);
  });
});

describe('action.yml', () => {
  it('runs the committed bundle on node24, with kebab-case inputs and outputs that say what they are', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(existsSync(path.join(REPO_ROOT, action.runs.main))).toBe(true);
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(spec.description.length).toBeGreaterThan(10);
    }
    for (const spec of Object.values(action.inputs)) expect(typeof (spec.default ?? '')).toBe('string');
  });

  it('declares every output the Action sets, and every input it reads', () => {
    const source = ['action/outputs.ts', 'action/inputs.ts'].map((file) => readFileSync(path.join(REPO_ROOT, file), 'utf8')).join('\n');
    const set = [...source.matchAll(/core\.setOutput\('([\w-]+)'/g)].map((m) => m[1]);
    const read = [...source.matchAll(/(?:getInput|getMultilineInput|readBoolean)\('([\w-]+)'/g)].map((m) => m[1]);
    expect(new Set(set)).toEqual(new Set(Object.keys(action.outputs)));
    expect(new Set(read)).toEqual(new Set(Object.keys(action.inputs)));
  });
});
