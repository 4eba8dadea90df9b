/**
 * User policies (`--policy PATH`, `policies:` in .posture.yaml, the Action's `policies` input):
 * a directory of Rego checks under the built-in contract (package `checks.*`, METADATA with
 * `custom.id`, `severity`, `resource_types`, …; `import data.lib.scan` works), compiled with the
 * `opa` found on PATH, else with the OPA compiler embedded in the scanner (./embedded-opa.ts), or a
 * bundle directory that `posture policies build` wrote where opa was
 * available (policy.wasm, policy.meta.json, catalog.json), which needs no opa at all: that is the
 * form for the GitHub Action, which downloads nothing.
 */
import { execFileSync } from 'node:child_process';
import { Boundary } from '../fs/boundary.js';
import { lookupTool } from '../fs/tools.js';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalog } from '../catalog/index.js';
import { defaultPolicyDirectory, readPolicyBundle, type PolicyBundle } from '../engine/index.js';
import { ConfigError, PolicyError } from '../errors.js';
import type { Catalog } from '../model/index.js';
import { cachedEntry, compileKey, defaultCacheDirectory, storeEntry } from './compile-cache.js';
import { compileInChildProcess, type CompileJob } from './compile-thread.js';
import type { CompiledPolicies } from './compiler.mjs';
import { embeddedOpaFile, embeddedOpaStamp } from './embedded-opa.mjs';

export interface UserPolicies {
  bundle: PolicyBundle;
  catalog: Catalog;
  /** The path as the user gave it, for messages. */
  source: string;
  /** Read from the compile cache, not compiled by this run. */
  cached?: boolean;
}

/** Ids a user check may take: `ACME-0001`, `TEAM-S3-1`; never a built-in id. */
const USER_ID = /^(?!(AWS|K8S)-\d{4}$)[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

export interface CompileSettings {
  /** Where compiled directories are cached (`--cache-dir`); defaultCacheDirectory() otherwise. */
  cacheDir?: string;
  /** Stops a compile in progress (the scan failed meanwhile). */
  signal?: AbortSignal;
}

export async function loadUserPolicies(paths: string[], builtIn: Catalog, settings: CompileSettings = {}): Promise<UserPolicies[]> {
  const loaded: UserPolicies[] = [];
  // every directory compiles at once (each in its own worker); ids are checked in the given order
  const sets = await Promise.all(paths.map((source) => (isBundle(source) ? readBundle(source) : compileDirectory(source, builtIn, settings))));
  for (const set of sets) {
    const source = set.source;
    const taken = new Set([...builtIn.checks, ...loaded.flatMap((l) => l.catalog.checks)].map((c) => c.id));
    const clash = set.catalog.checks.find((c) => taken.has(c.id));
    if (clash) throw new ConfigError(`policy ${source}: check id ${clash.id} is already used by another check; ids must be unique`);
    loaded.push(set);
  }
  return loaded;
}

function isBundle(dir: string): boolean {
  return ['policy.wasm', 'policy.meta.json', 'catalog.json'].every((name) => existsSync(path.join(dir, name)));
}

async function readBundle(dir: string): Promise<UserPolicies> {
  return { bundle: await readPolicyBundle(dir), catalog: await loadCatalog(dir), source: dir };
}

/** A Rego directory: from the cache when its sources and the compiler are unchanged, else compiled into it. */
async function compileDirectory(dir: string, builtIn: Catalog, settings: CompileSettings): Promise<UserPolicies> {
  const plan = planCompile(dir, builtIn);
  const cacheDir = settings.cacheDir ?? defaultCacheDirectory();
  const key = compileKey(plan.tool, [dir, ...plan.job.options.sources.map((s) => s.dir), path.dirname(plan.job.options.capabilities)], plan.job.options);
  let entry = cachedEntry(cacheDir, key);
  const cached = entry !== undefined;
  if (!entry) {
    const compiled = await compileInChildProcess(dir, plan.job, settings.signal);
    try {
      entry = storeEntry(cacheDir, key, (out) => writeBundle(compiled, out));
    } catch {
      // an unwritable cache costs the next run a compile, not this one its result
      return fromScratch(dir, compiled);
    }
  }
  const set = await readBundle(entry);
  return { ...set, bundle: { ...set.bundle, directory: dir }, source: dir, cached };
}

async function fromScratch(dir: string, compiled: CompiledPolicies): Promise<UserPolicies> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'posture-policy-'));
  try {
    writeBundle(compiled, out);
    const set = await readBundle(out);
    return { ...set, bundle: { ...set.bundle, directory: dir }, source: dir };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Compiles a directory of user Rego against the built-in libraries and frameworks (no cache). */
export async function compileUserPolicies(dir: string, builtIn: Catalog): Promise<CompiledPolicies> {
  const plan = planCompile(dir, builtIn);
  return compileInChildProcess(dir, plan.job);
}

/**
 * What compiling `dir` takes: the opa on PATH (or POSTURE_OPA), else the embedded compiler; and
 * the identity of that compiler, for the cache key.
 */
function planCompile(dir: string, builtIn: Catalog): { job: CompileJob; tool: string } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`policy ${dir}: not a directory`, { code: 'INPUT_MISSING' });
  const opa = findOpa(dir);
  const embedded = embeddedOpaFile();
  if (!opa && !existsSync(embedded)) {
    throw new PolicyError(
      `policy ${dir} holds Rego, and the embedded Rego compiler ${embedded} is missing (an incomplete build of posture-gate: ` +
        '`npm run build` builds it with Go); put opa (v1) on PATH or in POSTURE_OPA, or pass a bundle from `posture policies build`',
      { code: 'POLICY_LOAD' },
    );
  }
  const runtime = defaultPolicyDirectory();
  const options: CompileJob['options'] = {
    sources: [
      { dir, as: 'user' },
      { dir: path.join(runtime, 'lib'), as: 'lib' },
    ],
    frameworkDirs: [path.join(dir, 'frameworks')],
    knownFrameworks: builtIn.frameworks,
    capabilities: path.join(runtime, 'capabilities.json'),
    idPattern: USER_ID.source,
    reservedIds: builtIn.checks.map((c) => c.id),
    builtIn: false,
    runTests: hasTests(dir),
  };
  const tool = opa ? `opa ${opaVersion(opa)}` : `embedded ${embeddedOpaStamp(embedded)}`;
  return { job: { options, ...(opa ? { opa } : { embedded }) }, tool };
}

function opaVersion(opa: string): string {
  return execFileSync(opa, ['version'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
}

/** Writes a compiled set in the bundle layout the engine and `--policy` read. */
export function writeBundle(compiled: CompiledPolicies, out: string): void {
  mkdirSync(out, { recursive: true });
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(path.join(out, 'policy.wasm'), compiled.wasm);
  writeFileSync(path.join(out, 'policy.meta.json'), json(compiled.meta));
  writeFileSync(path.join(out, 'catalog.json'), json(compiled.catalog));
}

/**
 * `POSTURE_OPA` (the user's explicit choice), then `opa` on PATH, never one inside the scanned
 * repository (the policy directory's work tree, or the current one): a committed `bin/opa`
 * reached through a PATH entry there would run a stranger's program. Undefined: none, and the
 * embedded compiler does the work.
 */
function findOpa(dir: string): string | undefined {
  const lookup = lookupTool('opa', Boundary.of(process.cwd(), [dir]));
  const candidates = [process.env.POSTURE_OPA, lookup.file];
  for (const candidate of candidates) {
    if (!candidate || !existsSync(candidate)) continue;
    try {
      execFileSync(candidate, ['version'], { stdio: 'ignore', env: { PATH: process.env.PATH ?? '' } });
      return candidate;
    } catch {
      // not runnable: try the next
    }
  }
  return undefined;
}

function hasTests(dir: string): boolean {
  const walk = (d: string): boolean =>
    readdirSync(d, { withFileTypes: true }).some((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('_test.rego')));
  return walk(dir);
}
