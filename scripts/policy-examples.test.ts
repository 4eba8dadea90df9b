import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runGate } from '../src/gate.js';
import { silentLogger } from '../src/logging.js';
import { REPO_ROOT, sharedEngine } from '../src/testing/engine.js';

/**
 * Every check's `<check>.examples.yaml` runs through the whole pipeline (parse → normalise → wasm):
 * the bad snippet of each format must raise that check, the good one must not. This is what
 * proves one rule works for Terraform, CloudFormation and Kubernetes alike. Each format's
 * `at: {line, attribute}` says where the bad snippet's finding must be: its line and its dotted
 * attribute path (`""` for the resource itself); a bad snippet without it fails. A deprecated check is never evaluated: neither of
 * its snippets may raise it.
 */
interface Example {
  check: string;
  id: string;
  format: string;
  kind: 'good' | 'bad';
  deprecated: boolean;
  text: string;
  at?: { line: number; attribute: string };
}

interface FormatCases {
  good?: string;
  bad?: string;
  at?: { line: number; attribute: string };
}

const FILE_NAMES: Record<string, string> = {
  terraform: 'main.tf',
  cloudformation: 'template.yaml',
  kubernetes: 'manifest.yaml',
  'aws-config': 'snapshot.json',
  'terraform-plan': 'plan.json',
};

function findExamples(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return findExamples(full);
    return entry.name.endsWith('.examples.yaml') ? [full] : [];
  });
}

function checkIdOf(regoFile: string): string {
  const match = /^#\s+id:\s*(\S+)/m.exec(readFileSync(regoFile, 'utf8'));
  if (!match) throw new Error(`${regoFile}: no custom.id in METADATA`);
  return match[1];
}

function isDeprecated(regoFile: string): boolean {
  return /^#\s+deprecated:\s*true\s*$/m.test(readFileSync(regoFile, 'utf8'));
}

const examples: Example[] = findExamples(path.join(REPO_ROOT, 'policies')).flatMap((file) => {
  const check = path.relative(REPO_ROOT, file).replace(/\.examples\.yaml$/, '');
  const id = checkIdOf(file.replace(/\.examples\.yaml$/, '.rego'));
  const deprecated = isDeprecated(file.replace(/\.examples\.yaml$/, '.rego'));
  const byFormat = parse(readFileSync(file, 'utf8')) as Record<string, FormatCases>;
  return Object.entries(byFormat).flatMap(([format, cases]) =>
    (['good', 'bad'] as const).flatMap((kind) => {
      const text = cases[kind];
      if (text === undefined) return [];
      return [{ check, id, format, kind, deprecated, text, ...(kind === 'bad' && cases.at ? { at: cases.at } : {}) }];
    }),
  );
});

const directories: string[] = [];
afterAll(async () => Promise.all(directories.map((d) => rm(d, { recursive: true, force: true }))));

describe('check examples through the whole pipeline', () => {
  it('has examples for every check, in every format it declares', () => {
    expect(examples.length).toBeGreaterThanOrEqual(24);
  });

  it.each(examples.map((e) => [`${e.id} ${e.format} ${e.kind}`, e] as const))('%s', async (_name, example) => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'posture-example-'));
    directories.push(directory);
    await writeFile(path.join(directory, FILE_NAMES[example.format]), example.text);
    const { report } = await runGate({ paths: [directory], root: directory, failOn: 'none', logger: silentLogger, engine: await sharedEngine() });
    expect(report.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(report.resources.length).toBeGreaterThan(0);
    const own = report.findings.filter((f) => f.checkId === example.id);
    if (example.kind === 'good' || example.deprecated) expect(own).toEqual([]);
    else if (example.at === undefined) throw new Error(`${example.check}.examples.yaml: the ${example.format} bad snippet has no \`at: {line, attribute}\` saying where its finding lands`);
    else {
      const where = own.map((f) => ({ line: f.location.startLine, attribute: f.attributePath.join('.') }));
      expect(where).toContainEqual(example.at);
    }
  });
});
