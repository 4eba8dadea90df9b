// node scripts/bench-aws-config.mjs [ITEMS]: a synthetic AWS Config snapshot of ITEMS (default
// 100,000) configuration items, scanned as `posture scan --aws-config-snapshot` does (parse,
// normalise, evaluate, findings, SARIF). The items are the aws-config examples of every check
// (policies/**/*.examples.yaml, good and bad), cloned with fresh ids across 10 accounts × 4 regions.
// Baselines measured in the same run, so the figures compare across machines: JSON.parse of the
// same text (the floor any reader pays) and the same scan at a tenth of the size (linearity).
// Figures only: nothing here asserts a timing. Each scan runs in a child process of its own
// (`--scan FILE`), so its peak RSS is the scan's, not the generator's; the big one runs twice, with
// the evaluation worker thread and without (POSTURE_EVAL_WORKER=0), to show what the worker buys.
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const total = Number(process.argv[2] ?? 100_000);
const policyDirectory = path.join(root, 'dist/policies');
const ACCOUNTS = Array.from({ length: 10 }, (_, i) => String(100000000000 + i * 1111111));
const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];

async function loadLibrary() {
  const outfile = path.join(root, '.build/bench/lib.js');
  await mkdir(path.dirname(outfile), { recursive: true });
  const options = { bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' };
  await build({ ...options, entryPoints: [path.join(root, 'src/index.ts')], outfile });
  // where src/engine/eval-thread.ts looks for it from .build/bench/lib.js, as dist/cli finds dist/worker
  await build({ ...options, entryPoints: [path.join(root, 'src/engine/eval-worker.ts')], outfile: path.join(root, '.build/worker/eval-worker.js') });
  return import(pathToFileURL(outfile).href);
}

/** Every configuration item of every check's aws-config examples: the shapes the normaliser is written for. */
async function templateItems() {
  const items = [];
  const files = (await readdir(path.join(root, 'policies/aws'), { recursive: true })).filter((f) => f.endsWith('.examples.yaml')).sort();
  for (const file of files) {
    const examples = parseYaml(await readFile(path.join(root, 'policies/aws', file), 'utf8'))?.['aws-config'] ?? {};
    for (const snippet of [examples.good, examples.bad].flat().filter((s) => typeof s === 'string')) {
      try {
        items.push(...(JSON.parse(snippet).configurationItems ?? []));
      } catch {
        // a snippet that is not JSON is the examples test's business, not the benchmark's
      }
    }
  }
  return items.filter((item) => item && typeof item === 'object' && item.resourceType && item.resourceId);
}

/** `count` items cycling through the templates, each with its own id, ARN, account and region. */
function synthesize(templates, count) {
  const items = [];
  for (let i = 0; i < count; i++) {
    const item = structuredClone(templates[i % templates.length]);
    const account = ACCOUNTS[i % ACCOUNTS.length];
    const region = REGIONS[Math.floor(i / ACCOUNTS.length) % REGIONS.length];
    const id = `${item.resourceId}-${i}`;
    Object.assign(item, { resourceId: id, resourceName: id, awsAccountId: account, awsRegion: region, configurationStateId: i });
    if (typeof item.ARN === 'string') item.ARN = `arn:aws:bench:${region}:${account}:${id}`;
    if (typeof item.arn === 'string') item.arn = `arn:aws:bench:${region}:${account}:${id}`;
    items.push(item);
  }
  return JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'bench', configurationItems: items }, null, 2);
}

const silent = { debug() {}, info() {}, warning() {}, error() {}, group: (_name, fn) => fn() };

/** One scan as `posture scan --aws-config-snapshot FILE --format sarif` runs it, in this (child) process. */
async function scan(lib, file) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { report, timings } = await lib.runGate({ paths: [], root, failOn: 'none', logger: silent, policyDirectory, sources: { awsConfigSnapshots: [file] } });
  const renderStart = performance.now();
  const sarif = lib.getReporter('sarif').render(report);
  const render = performance.now() - renderStart;
  const cpu = process.cpuUsage(cpuStart);
  return {
    counts: { resources: report.resources.length, findings: report.findings.length, inconclusive: report.inconclusive.length, diagnostics: report.diagnostics.length },
    timings, render, wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000, sarifBytes: sarif.length, maxRSS: process.resourceUsage().maxRSS / 1024,
  };
}

function scanInChild(file, env = {}) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--scan', file], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 2 ** 26 });
  if (child.status !== 0) throw new Error(`bench scan of ${file} exited ${child.status}`);
  return JSON.parse(child.stdout);
}

if (process.argv[2] === '--scan') {
  process.stdout.write(JSON.stringify(await scan(await import(pathToFileURL(path.join(root, '.build/bench/lib.js')).href), process.argv[3])));
  process.exit(0);
}

const ms = (value) => `${value.toFixed(0)} ms`;
await loadLibrary();
const templates = await templateItems();
const dir = path.join(root, '.build/bench');
const bigFile = path.join(dir, `aws-config-${total}.json`);
const smallFile = path.join(dir, `aws-config-${total / 10}.json`);
let bigText = synthesize(templates, total);
await writeFile(bigFile, bigText);
await writeFile(smallFile, synthesize(templates, total / 10));
const types = new Set(templates.map((t) => t.resourceType));
console.log(`synthetic snapshot: ${total} items from ${templates.length} example items of ${types.size} Config types; ${(bigText.length / 2 ** 20).toFixed(0)} MiB of JSON`);

const parseStart = performance.now();
JSON.parse(bigText);
const jsonParse = performance.now() - parseStart;
bigText = undefined;
const loadAverage = (await import('node:os')).loadavg()[0];

const small = scanInChild(smallFile);
const big = scanInChild(bigFile);
const mainThreadOnly = scanInChild(bigFile, { POSTURE_EVAL_WORKER: '0' });
const { counts, timings } = big;
console.log(`resources: ${counts.resources}; findings: ${counts.findings}; inconclusive: ${counts.inconclusive}; diagnostics: ${counts.diagnostics}`);
console.log('stages (evaluate and findings overlap when a worker thread evaluates):');
for (const [stage, value] of Object.entries(timings)) console.log(`  ${stage.padEnd(10)} ${ms(value)}`);
console.log(`  ${'report'.padEnd(10)} ${ms(big.render)} (SARIF, ${(big.sarifBytes / 2 ** 20).toFixed(0)} MiB)`);
console.log(`wall (scan + SARIF): ${ms(big.wall)} (target ≤ 10 s); CPU ${ms(big.cpu)}; load average ${loadAverage.toFixed(1)} (wall is only meaningful on an idle machine)`);
console.log(`evaluating in the main thread only: ${ms(mainThreadOnly.wall)} wall; worker / main-thread-only = ${(big.wall / mainThreadOnly.wall).toFixed(2)}x`);
console.log(`baseline JSON.parse of the same text: ${ms(jsonParse)}; scan/JSON.parse = ${(big.wall / jsonParse).toFixed(1)}x`);
console.log(`${total / 10} items: ${ms(small.wall)} wall, ${ms(small.cpu)} CPU; ${total} / ${total / 10} items = ${(big.cpu / small.cpu).toFixed(1)}x CPU (10x is linear)`);
console.log(`peak RSS of the scan process: ${big.maxRSS.toFixed(0)} MB (target ≤ 1,536 MB); main-thread-only ${mainThreadOnly.maxRSS.toFixed(0)} MB`);
