#!/usr/bin/env node
// Builds the built-in policy library into dist/policies/:
//   catalog.json      checks (from Rego METADATA via `opa inspect -a`) + framework control catalogues
//   policy.wasm       every check compiled with `opa build -t wasm`, plus the generated aggregator
//   policy.meta.json  opaVersion, abiVersion, entrypoints (name → check id | "aggregate"), initialPages
//   lib/, capabilities.json  the Rego libraries and builtin limits user policies compile against
// Stops at the first problem with a non-zero exit. The output is byte-identical across runs.
// The compiler itself is src/policies/compiler.mjs, shared with `posture policies build`.
//
// Usage: node scripts/build-policies.mjs [--skip-tests] [--check]   (env OPA overrides .tools/bin/opa)
//   --check  build into .build/dist and fail if dist/policies differs (the dist staleness check)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError, compilePolicies } from '../src/policies/compiler.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const opa = process.env.OPA ?? join(root, '.tools/bin/opa');
const policies = join(root, 'policies');
const capabilities = join(policies, 'capabilities.json');
const outDir = join(root, 'dist/policies');

const step = (name) => console.error(`build-policies: ${name}`);

function opaCheck(args) {
  try {
    return execFileSync(opa, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
    throw new BuildError(`opa ${args.join(' ')} failed${e.code === 'ENOENT' ? ` (${opa} not found; run bash scripts/install-opa.sh)` : ''}:\n${output || e.message}`);
  }
}

/** The Rego libraries (no tests) and the capabilities, shipped so user policies can import data.lib.*. */
function runtimeFiles() {
  const files = { 'capabilities.json': readFileSync(capabilities) };
  const lib = join(policies, 'lib');
  for (const name of readdirSync(lib).filter((f) => f.endsWith('.rego') && !f.endsWith('_test.rego')).sort()) {
    files[`lib/${name}`] = readFileSync(join(lib, name));
  }
  return files;
}

function main() {
  const started = Date.now();
  const skipTests = process.argv.includes('--skip-tests');
  const check = process.argv.includes('--check');
  step('opa fmt --list');
  const unformatted = opaCheck(['fmt', '--list', 'policies']).trim();
  if (unformatted) throw new BuildError(`these files are not formatted (run opa fmt -w policies):\n${unformatted}`);
  step('opa check --strict --capabilities');
  opaCheck(['check', '--strict', '--capabilities', capabilities, 'policies']);
  const { catalog, wasm, meta, facts } = compilePolicies({
    opa,
    workDir: join(root, '.build'),
    sources: [{ dir: policies, as: 'policies' }],
    frameworkDirs: [join(policies, 'frameworks')],
    capabilities,
    idPattern: /^(AWS|K8S)-\d{4}$/,
    builtIn: true,
    runTests: !skipTests,
    log: step,
  });
  const json = (v) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`);
  const outputs = { 'catalog.json': json(catalog), 'policy.wasm': wasm, 'policy.meta.json': json(meta), ...runtimeFiles() };
  if (check) {
    const stale = Object.entries(outputs).filter(([name, bytes]) => {
      const path = join(outDir, name);
      return !existsSync(path) || !readFileSync(path).equals(bytes);
    });
    if (stale.length > 0) {
      throw new BuildError(`dist/policies is stale (${stale.map(([n]) => n).join(', ')}); run node scripts/build-policies.mjs and commit dist/`);
    }
  } else {
    rmSync(join(outDir, 'lib'), { recursive: true, force: true });
    for (const [name, bytes] of Object.entries(outputs)) {
      mkdirSync(dirname(join(outDir, name)), { recursive: true });
      writeFileSync(join(outDir, name), bytes);
    }
  }
  step(
    `${catalog.checks.length} checks, ${catalog.frameworks.length} frameworks, policy.wasm ${wasm.length} bytes, ` +
      `data ends at ${facts.dataEnd} bytes, initialPages ${meta.initialPages}, in ${Date.now() - started} ms`,
  );
}

try {
  main();
} catch (e) {
  if (e instanceof BuildError) {
    console.error(`build-policies: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
