import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'posture-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the committed dist/action/index.js the way a runner does: INPUT_* variables and files. */
function runAction(inputs: Record<string, string>) {
  const outputFile = path.join(work, `output-${Date.now()}-${Math.random()}`);
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: REPO_ROOT };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/action/index.js')], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  return { ...child, outputs: parseOutputs(readFileSync(outputFile, 'utf8')) };
}

/** GITHUB_OUTPUT uses `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
  return outputs;
}

describe('the GitHub Action bundle', () => {
  it('writes SARIF, sets outputs, annotates and fails on blocking findings', () => {
    const sarifFile = path.join(work, 'bad.sarif');
    const result = runAction({ paths: 'fixtures/terraform/sg-bad', 'fail-on': 'high', 'sarif-file': sarifFile });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/::error title=[^,]+,file=fixtures\/terraform\/sg-bad\/main\.tf,line=9,endLine=9::AWS-0005/);
    expect(result.outputs['sarif-file']).toBe(sarifFile);
    expect(Number(result.outputs.findings)).toBeGreaterThan(0);
    expect(Number(result.outputs['posture-score'])).toBeLessThan(1);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
  });

  it('passes when nothing reaches fail-on', () => {
    const result = runAction({ paths: 'fixtures/kubernetes/good', 'fail-on': 'low', 'sarif-file': path.join(work, 'good.sarif') });
    expect(result.status).toBe(0);
    expect(result.outputs['posture-score']).toBe('1.0000');
  });

  it('does not fail on findings accepted in a baseline', () => {
    const baseline = path.join(work, 'baseline.json');
    const created = spawnSync(process.execPath, ['bin/posture.js', 'baseline', 'create', 'fixtures/terraform/sg-bad', '-o', baseline, '-q'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(created.status).toBe(0);
    const result = runAction({ paths: 'fixtures/terraform/sg-bad', baseline, 'sarif-file': path.join(work, 'baselined.sarif') });
    expect(result.status).toBe(0);
    const sarif = JSON.parse(readFileSync(path.join(work, 'baselined.sarif'), 'utf8'));
    const kinds = sarif.runs[0].results.map((r: { suppressions?: { kind: string }[] }) => r.suppressions?.[0]?.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['external']));
  });

  it('fails with a clear message on a bad input', () => {
    const result = runAction({ paths: 'fixtures', 'fail-on': 'sometimes' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/::error::input fail-on must be one of/);
  });
});
