/**
 * The inputs the fuzz suite found failing (fixtures/fuzz/, see its README), scanned by the built
 * CLI beside the known-good file as the suite scans them. Cases of a failure class not fixed yet
 * are skipped, by name, saying where it will be fixed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../engine.js';
import { goodFindings } from './campaign.js';
import { DEFAULT_LIMITS, scanCases } from './runner.js';
import { TARGETS } from './targets.js';

const CLI = path.join(REPO_ROOT, 'bin', 'posture.js');

interface Regression {
  name: string;
  target: string;
  file: string;
  expand?: (text: string) => string;
  /** Further files scanned with it (each `<name>.fuzz` in the case's folder). */
  with?: string[];
  /** Why the case is skipped: the class being fixed elsewhere, or a known unfixed failure. */
  skip?: string;
}

const CASES: Regression[] = [
  { name: 'yaml-alias-walk', target: 'kubernetes-yaml', file: 'pod.yaml' },
  { name: 'yaml-alias-long-key', target: 'cloudformation-yaml', file: 'template.yaml' },
  {
    name: 'masker-url-regex',
    target: 'terraform-hcl',
    file: 'main.tf',
    expand: (t) => t.replace('"a"', `"${'a'.repeat(60_000)}"`),
  },
  {
    name: 'hcl-open-templates',
    target: 'terraform-hcl',
    file: 'main.tf',
    expand: (t) => t.replace('${', '${'.repeat(200_000)),
  },
  {
    name: 'hcl-error-whitespace',
    target: 'terraform-hcl',
    file: 'main.tf',
    expand: (t) => t.replace('- ', `-${' '.repeat(20_000)}`),
  },
  {
    name: 'aws-config-deep-eval',
    target: 'aws-config',
    file: 'a.json',
    with: ['b.json'],
  },
];

describe('fuzz regressions (fixtures/fuzz)', () => {
  for (const regression of CASES) {
    const run = regression.skip ? it.skip : it;
    run(`${regression.name}: exits 0 or 1 in bounds, the good file beside keeps its findings${regression.skip ? ` (skipped: ${regression.skip})` : ''}`, async () => {
      const target = TARGETS.find((t) => t.name === regression.target)!;
      const text = readFileSync(path.join(REPO_ROOT, 'fixtures', 'fuzz', regression.name, `${regression.file}.fuzz`), 'utf8');
      const bytes = Buffer.from(regression.expand ? regression.expand(text) : text);
      const expected = new Map([[target.good.path, await goodFindings(CLI, target)]]);
      const limits = { ...DEFAULT_LIMITS, baseMs: 15_000 };
      const extra = (regression.with ?? []).map((fileName) => ({ fileName, bytes: readFileSync(path.join(REPO_ROOT, 'fixtures', 'fuzz', regression.name, `${fileName}.fuzz`)) }));
      const failures = await scanCases(CLI, [{ label: regression.name, fileName: regression.file, bytes, good: target.good, extra }], expected, limits);
      expect(failures).toEqual([]);
    }, 90_000);
  }
});
