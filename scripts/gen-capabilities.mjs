#!/usr/bin/env node
// Generates policies/capabilities.json: the capabilities of the pinned OPA (`opa capabilities
// --current`) restricted to the builtins the Wasm path evaluates without a host: the ones OPA
// compiles natively into the module (`builtinsFunctions` in internal/compiler/wasm/wasm.go of the
// OPA module source) plus `eq`/`assign`, which the planner compiles away. Anything else (sprintf,
// time.*, …) would become an `opa_builtinN` import that our engine does not supply, so building
// with this file makes such a call a compile error instead of a runtime one.
//
// Usage: node scripts/gen-capabilities.mjs [--check]
//   OPA      the opa binary (default .tools/bin/opa)
//   OPA_SRC  the OPA module source (default $(go env GOMODCACHE)/github.com/open-policy-agent/opa@<version>)
//   --check  fail if policies/capabilities.json differs from what would be generated
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const opa = process.env.OPA ?? join(root, '.tools/bin/opa');
const out = join(root, 'policies/capabilities.json');

function fail(message) {
  console.error(`gen-capabilities: ${message}`);
  process.exit(1);
}

function run(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    fail(`${cmd} ${args.join(' ')} failed: ${e.stderr || e.message}`);
  }
}

function opaVersion() {
  const m = /^Version: (\S+)$/m.exec(run(opa, ['version']));
  if (!m) fail(`cannot read the version of ${opa}`);
  return m[1];
}

function opaSource(version) {
  if (process.env.OPA_SRC) return process.env.OPA_SRC;
  const cache = run('go', ['env', 'GOMODCACHE']).trim();
  return join(cache, `github.com/open-policy-agent/opa@v${version}`);
}

/** Go identifier (`Plus`) → builtin name (`plus`), from v1/ast/builtins.go. */
function builtinNames(src) {
  const text = readFileSync(join(src, 'v1/ast/builtins.go'), 'utf8');
  const names = new Map();
  for (const m of text.matchAll(/^var (\w+) = &Builtin\{\s*\n\s*Name:\s*"([^"]+)"/gm)) names.set(m[1], m[2]);
  return names;
}

/** Names of the builtins compiled natively into Wasm, from internal/compiler/wasm/wasm.go. */
function wasmNatives(src) {
  const text = readFileSync(join(src, 'internal/compiler/wasm/wasm.go'), 'utf8');
  const block = /var builtinsFunctions = map\[string\]string\{([\s\S]*?)\n\}/.exec(text);
  if (!block) fail('builtinsFunctions not found in internal/compiler/wasm/wasm.go');
  const idents = [...block[1].matchAll(/ast\.(\w+)\.Name:/g)].map((m) => m[1]);
  // IsWasmEnabled: unification and assignment are planned away and need no function.
  if (!/bi == ast\.Equality\.Name \|\| bi == ast\.Assign\.Name/.test(text)) {
    fail('IsWasmEnabled no longer special-cases Equality/Assign; review this script');
  }
  idents.push('Equality', 'Assign');
  const names = builtinNames(src);
  return new Set(
    idents.map((id) => names.get(id) ?? fail(`builtin ast.${id} not found in v1/ast/builtins.go`)),
  );
}

/** ABI versions the Wasm target supports, from internal/wasm/sdk/opa/capabilities/capabilities.go. */
function wasmAbiVersions(src) {
  const text = readFileSync(join(src, 'internal/wasm/sdk/opa/capabilities/capabilities.go'), 'utf8');
  const m = /return \[\]\[2\]int\{(.*)\}/.exec(text);
  if (!m) fail('ABIVersions not found in capabilities.go');
  return [...m[1].matchAll(/\{(\d+),\s*(\d+)\}/g)].map((v) => ({ version: Number(v[1]), minor: Number(v[2]) }));
}

const version = opaVersion();
const src = opaSource(version);
if (!existsSync(src)) fail(`OPA module source not found at ${src}; run \`go mod download github.com/open-policy-agent/opa@v${version}\` or set OPA_SRC`);

const natives = wasmNatives(src);
const current = JSON.parse(run(opa, ['capabilities', '--current']));
const builtins = current.builtins.filter((b) => natives.has(b.name));
const missing = [...natives].filter((n) => !builtins.some((b) => b.name === n));
if (missing.length > 0) fail(`natives missing from opa capabilities --current: ${missing.join(', ')}`);

const capabilities = {
  ...current,
  builtins,
  // `opa` built without a Wasm runtime omits these; the compiler checks them when present.
  wasm_abi_versions: current.wasm_abi_versions ?? wasmAbiVersions(src),
};
const text = `${JSON.stringify(capabilities, null, 2)}\n`;

if (process.argv.includes('--check')) {
  if (!existsSync(out) || readFileSync(out, 'utf8') !== text) fail('policies/capabilities.json is stale; run node scripts/gen-capabilities.mjs');
  console.log('policies/capabilities.json is up to date');
} else {
  writeFileSync(out, text);
  console.log(`wrote policies/capabilities.json: ${builtins.length} builtins (opa ${version}, wasm natives)`);
}
