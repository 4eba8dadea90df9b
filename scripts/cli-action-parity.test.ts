import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommand, type ScanCommand } from '../src/cli/args.js';
import { cliScanOptions } from '../src/cli/main.js';
import type { GateOptions } from '../src/index.js';
import { readInputs } from '../action/inputs.js';
import { gateOptions } from '../action/main.js';

const CONFIG = `fail-on: medium
strict: true
max-scan-seconds: 45
frameworks: [cis-aws-3.0]
skip-external-modules: true
var-files: [env/prod.tfvars]
policies: [rego]
`;

/** What decides a gate, without the parts that are functions or per-shell (logger, deadline, progress). */
function decisive(options: GateOptions): unknown {
  const { terraform } = options.resolve ?? {};
  return {
    paths: options.paths,
    root: options.root,
    exclude: options.exclude,
    failOn: options.failOn,
    strict: options.strict,
    maxScanSeconds: (options as { maxScanSeconds?: number }).maxScanSeconds,
    frameworks: options.frameworks,
    policies: options.policies,
    cacheDir: options.cacheDir,
    config: options.config,
    baseline: options.baseline,
    terraform: { varFiles: terraform?.varFiles, vars: terraform?.vars, skipExternalModules: terraform?.skipExternalModules, env: terraform?.env === process.env },
  };
}

describe('one request resolver under the CLI and the Action', () => {
  let repo: string;
  const saved = { ...process.env };
  beforeAll(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), 'posture-request-'));
    mkdirSync(path.join(repo, 'env'));
    mkdirSync(path.join(repo, 'rego'));
    mkdirSync(path.join(repo, 'infra'));
    writeFileSync(path.join(repo, 'env/prod.tfvars'), 'env = "prod"\n');
    writeFileSync(path.join(repo, '.posture.yaml'), CONFIG);
  });
  afterAll(() => {
    process.env = saved;
    rmSync(repo, { recursive: true, force: true });
  });

  it('gives equal gate options for the same .posture.yaml, skip-external-modules included', async () => {
    const command = parseCommand(['scan', 'infra', '--exclude', '**/test/**', '--root', repo]) as ScanCommand;
    const io = { stdout: () => undefined, stderr: () => undefined, color: false, cwd: repo };
    const cli = await cliScanOptions(command, io);
    delete process.env.RUNNER_TEMP;
    Object.assign(process.env, { INPUT_PATHS: 'infra', INPUT_EXCLUDE: '**/test/**', 'INPUT_SARIF-FILE': 'p.sarif' });
    const action = await gateOptions(readInputs(), repo);
    expect(decisive(action)).toEqual(decisive(cli));
    expect(decisive(cli)).toMatchObject({
      failOn: 'MEDIUM',
      strict: true,
      maxScanSeconds: 45,
      policies: [path.join(repo, 'rego')],
      terraform: { varFiles: [path.join(repo, 'env/prod.tfvars')], skipExternalModules: true },
    });
    expect(cli.frameworks).toEqual([]);
    expect(cli.config?.frameworks).toEqual(['cis-aws-3.0']);
  });

  it('refuses, for both, a .posture.yaml path that leaves the repository', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'posture-outside-'));
    writeFileSync(path.join(repo, '.posture.yaml'), `var-files: [${JSON.stringify(path.relative(repo, path.join(outside, 'x.tfvars')))}]\n`);
    writeFileSync(path.join(outside, 'x.tfvars'), 'a = 1\n');
    try {
      const io = { stdout: () => undefined, stderr: () => undefined, color: false, cwd: repo };
      await expect(cliScanOptions(parseCommand(['scan', '--root', repo]) as ScanCommand, io)).rejects.toThrow(/\.posture\.yaml var-files: .*not read/);
      await expect(gateOptions(readInputs(), repo)).rejects.toThrow(/\.posture\.yaml var-files: .*not read/);
    } finally {
      writeFileSync(path.join(repo, '.posture.yaml'), CONFIG);
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
