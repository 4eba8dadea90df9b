// npm run bench: scans the corpus (argument, else POSTURE_CORPUS, else ../shared/corpus) and prints files, resources, wall time per stage and
// peak RSS; compares the two engine modes on the same input; times one small file end to end
// against a bare `node -e 0` in the same run. Figures only: nothing here asserts a timing.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, process.argv[2] || process.env.POSTURE_CORPUS || '../shared/corpus');
const policyDirectory = path.join(root, 'dist/policies');

async function loadLibrary() {
  const outfile = path.join(root, '.build/bench/lib.js');
  await mkdir(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [path.join(root, 'src/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  // The parse pool looks for its worker at ../worker/ from the library (dist/worker/ in dist/).
  await build({
    entryPoints: [path.join(root, 'src/parsers/parse-worker.ts')],
    outfile: path.join(root, '.build/worker/parse-worker.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

const ms = (value) => `${value.toFixed(0)} ms`;
const silent = { debug() {}, info() {}, warning() {}, error() {}, group: (_name, fn) => fn() };
/** The parse stage's own summary line ("parsed N files in K worker threads ..."), kept for the printout. */
let parseSummary = '';
const quiet = { ...silent, info: (message) => (message.startsWith('parsed ') ? (parseSummary = message) : undefined) };

async function scanCorpus(lib, engine) {
  const start = performance.now();
  const result = await lib.runGate({ paths: [corpus], root: corpus, failOn: 'none', logger: quiet, engine, policyDirectory });
  const renderStart = performance.now();
  const sarif = lib.getReporter('sarif').render(result.report);
  const report = performance.now() - renderStart;
  return { result, wall: performance.now() - start, report, sarifBytes: sarif.length };
}

/**
 * Medians of `runs` runs of each command, interleaved (one run of each in turn, so a change in the
 * machine's load hits them all alike). Each command is [args, extra environment].
 */
function timeCommands(commands, runs) {
  const times = commands.map(() => []);
  for (let run = 0; run < runs; run++) {
    commands.forEach(([args, env], i) => {
      const start = performance.now();
      const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
      times[i].push(performance.now() - start);
      if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[list.length >> 1]);
}

const lib = await loadLibrary();
const loadStart = performance.now();
const aggregate = await lib.PolicyEngine.load({ mode: 'aggregate', rawForCanonical: false, bundle: await lib.readPolicyBundle(policyDirectory) });
const loadMs = performance.now() - loadStart;
const perCheck = await lib.PolicyEngine.load({ mode: 'per-check', rawForCanonical: false, bundle: await lib.readPolicyBundle(policyDirectory) });

const first = await scanCorpus(lib, aggregate);
const { report, timings } = first.result;
const errors = report.diagnostics.filter((d) => d.level === 'error');
console.log(`corpus: ${corpus}`);
console.log(`files: ${report.files.scanned.length} scanned, ${report.files.skipped.length} skipped, ${errors.length} with parse errors`);
console.log(`resources: ${report.resources.length}; findings: ${report.findings.length}; inconclusive: ${report.inconclusive.length}`);
console.log(`policy load (compile + instantiate): ${ms(loadMs)}`);
for (const [stage, value] of Object.entries(timings)) console.log(`  ${stage.padEnd(10)} ${ms(value)}`);
const pool = /with (\d+) parse worker/.exec(parseSummary);
console.log(`parse pool: ${pool ? `used, ${pool[1]} worker thread(s) + the main thread` : 'not used (main thread only)'} [${parseSummary}]`);
console.log(`  ${'report'.padEnd(10)} ${ms(first.report)} (SARIF, ${(first.sarifBytes / 1024).toFixed(0)} KiB)`);
console.log(`wall (first scan, cold): ${ms(first.wall)}`);

const warmAggregate = await scanCorpus(lib, aggregate);
const warmPerCheck = await scanCorpus(lib, perCheck);
const a = warmAggregate.result.timings.evaluate;
const p = warmPerCheck.result.timings.evaluate;
const same = warmAggregate.result.report.findings.length === warmPerCheck.result.report.findings.length;
console.log(`engine modes (warm, evaluate stage): aggregate ${ms(a)}, setData + per-check ${ms(p)}; per-check/aggregate = ${(p / a).toFixed(2)}x; same findings: ${same}`);
console.log(`wall (second scan, warm): ${ms(warmAggregate.wall)}`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Start-up (issue 19 target: one small file end to end <= 2x a bare node start), interleaved,
// median of 7: the command as a user runs it (watched by the watchdog process), and unwatched
// (POSTURE_WATCHDOG=off) to show what the second process costs.
const smallScan = ['bin/posture.js', 'scan', 'fixtures/terraform/sg-bad', '--no-fail'];
const [bare, watched, unwatched] = timeCommands([[['-e', '0']], [smallScan], [smallScan, { POSTURE_WATCHDOG: 'off' }]], 7);
const ratio = (value) => `${(value / bare).toFixed(1)}x`;
console.log(
  `one small file end to end (node ${process.versions.node}, interleaved, median of 7): ${ms(watched)} = ${ratio(watched)} a bare \`node -e 0\` (${ms(bare)}); ` +
    `without the watchdog process ${ms(unwatched)} = ${ratio(unwatched)}`,
);

await benchHcl();

/**
 * HCL parsing against the floor of reading the bytes: every .tf/.tfvars of the corpus read
 * (utf8), then parsed by the hand-written parser (src/parsers/terraform/hcl), interleaved, median
 * of 7. Issue 19's target: >= 20 MB/s (tree-sitter, before it: ~1-2.5 MB/s on the same files).
 */
async function benchHcl() {
  const outfile = path.join(root, '.build/bench/hcl.js');
  await build({ entryPoints: [path.join(root, 'src/parsers/terraform/hcl/index.ts')], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  const { parseHcl } = await import(pathToFileURL(outfile).href);
  const files = readdirSync(corpus, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(tf|tfvars)$/.test(e.name) && !e.parentPath.includes('/.terraform'))
    .map((e) => path.join(e.parentPath, e.name));
  if (files.length === 0) return;
  const read = () => files.map((file) => readFileSync(file, 'utf8'));
  const texts = read();
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  // wall time and this process's CPU time: on a shared machine the CPU figure is the steadier one
  const timed = (work) => {
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    work();
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  };
  const reading = [];
  const parsing = [];
  for (let run = 0; run < 7; run++) {
    reading.push(timed(read));
    parsing.push(timed(() => texts.forEach((text) => parseHcl('bench.tf', text))));
  }
  const median = (runs, key) => runs.map((run) => run[key]).sort((x, y) => x - y)[runs.length >> 1];
  const rate = (value) => `${(bytes / 1e6 / (value / 1000)).toFixed(1)} MB/s`;
  const figures = (key) => {
    const [r, p] = [median(reading, key), median(parsing, key)];
    return `parse ${ms(p)} = ${rate(p)}, reading the bytes ${ms(r)} = ${rate(r)}, parse/read ${(p / r).toFixed(1)}x`;
  };
  console.log(`HCL parse (${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, median of 7): wall: ${figures('wall')}; CPU: ${figures('cpu')}`);
}

// User policies: first compile (embedded compiler, opa), cached compile, no custom policies.
console.log('\nUser policies (scripts/bench-policies.mjs):');
const policyBench = spawnSync(process.execPath, ['scripts/bench-policies.mjs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(policyBench.stdout ?? '');
if (policyBench.status !== 0) console.log(`bench-policies exited ${policyBench.status}`);

// The live-AWS scale figures: a synthetic 100,000-item AWS Config snapshot, in its own process so
// that its peak RSS is its own (`node scripts/bench-aws-config.mjs [ITEMS]` runs it alone).
console.log('\nAWS Config scale (scripts/bench-aws-config.mjs):');
const awsBench = spawnSync(process.execPath, ['scripts/bench-aws-config.mjs', ...(process.argv[3] ? [process.argv[3]] : [])], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(awsBench.stdout ?? '');
if (awsBench.status !== 0) console.log(`bench-aws-config exited ${awsBench.status}`);

// Evaluation against scope size (issue 19): one Kubernetes scope of 10k, 20k and 40k pods through
// the CLI; the ratio of time per resource at 4x over 1x is 1.00 when evaluation is linear.
console.log('\nEvaluation growth (scripts/bench-eval-growth.mjs):');
const growthBench = spawnSync(process.execPath, ['scripts/bench-eval-growth.mjs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(growthBench.stdout ?? '');
if (growthBench.status !== 0) console.log(`bench-eval-growth exited ${growthBench.status}`);
