// User policies (`--policy DIR`): the first compile of fixtures/policies/team with the embedded
// compiler (no opa on PATH) and with opa, the cached compile, and a scan without custom policies,
// each a `bin/posture.js` process (median of RUNS). Figures only: nothing here asserts a timing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);
const opa = process.env.OPA ?? path.join(root, '.tools/bin/opa');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'posture-bench-policies-'));
const noOpa = { PATH: '/nonexistent', HOME: scratch };

function scan(args, env) {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['bin/posture.js', 'scan', 'fixtures/terraform/s3-bad', '--format', 'sarif', '--quiet', '--no-fail', ...args], { cwd: root, encoding: 'utf8', env });
  if (child.status !== 0) throw new Error(`scan ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return performance.now() - start;
}

function median(measure) {
  const times = Array.from({ length: runs }, (_, i) => measure(i)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const policy = ['--policy', 'fixtures/policies/team'];
const fresh = (i, tag) => ['--cache-dir', path.join(scratch, `${tag}-${i}`)];
try {
  const none = median(() => scan([], noOpa));
  const embedded = median((i) => scan([...policy, ...fresh(i, 'embedded')], noOpa));
  const withOpa = median((i) => scan([...policy, ...fresh(i, 'opa')], { ...noOpa, POSTURE_OPA: opa }));
  const cached = median(() => scan([...policy, ...fresh(0, 'embedded')], noOpa));
  const ms = (value) => `${value.toFixed(0)} ms`;
  console.log(`scan of one file (median of ${runs}, process start included):`);
  console.log(`  without custom policies                    ${ms(none)}`);
  console.log(`  --policy, first compile, embedded compiler ${ms(embedded)}`);
  console.log(`  --policy, first compile, opa on PATH       ${ms(withOpa)}`);
  console.log(`  --policy, cached compile                   ${ms(cached)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
