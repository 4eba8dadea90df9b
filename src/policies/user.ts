/**
 * User policies (`--policy PATH`, `policies:` in .posture.yaml, the Action's `policies` input):
 * a directory of Rego checks under the built-in contract (package `checks.*`, METADATA with
 * `custom.id`, `severity`, `resource_types`, …; `import data.lib.scan` works), compiled with the
 * `opa` found on PATH, or a bundle directory that `posture policies build` wrote where opa was
 * available (policy.wasm, policy.meta.json, catalog.json), which needs no opa at all: that is the
 * form for the GitHub Action, which downloads nothing.
 */
import { execFileSync } from 'node:child_process';
import { Boundary } from '../fs/boundary.js';
import { lookupTool, missingToolReason } from '../fs/tools.js';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalog } from '../catalog/index.js';
import { defaultPolicyDirectory, readPolicyBundle, type PolicyBundle } from '../engine/index.js';
import { ConfigError } from '../errors.js';
import type { Catalog } from '../model/index.js';
import { BuildError, compilePolicies, type CompiledPolicies } from './compiler.mjs';

export interface UserPolicies {
  bundle: PolicyBundle;
  catalog: Catalog;
  /** The path as the user gave it, for messages. */
  source: string;
}

/** Ids a user check may take: `ACME-0001`, `TEAM-S3-1`; never a built-in id. */
const USER_ID = /^(?!(AWS|K8S)-\d{4}$)[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

export async function loadUserPolicies(paths: string[], builtIn: Catalog): Promise<UserPolicies[]> {
  const loaded: UserPolicies[] = [];
  for (const source of paths) {
    const set = isBundle(source) ? await readBundle(source) : await compileDirectory(source, builtIn);
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

async function compileDirectory(dir: string, builtIn: Catalog): Promise<UserPolicies> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'posture-policy-'));
  try {
    writeBundle(compileUserPolicies(dir, builtIn, path.join(out, 'work')), out);
    const set = await readBundle(out);
    return { ...set, bundle: { ...set.bundle, directory: dir }, source: dir };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Compiles a directory of user Rego against the built-in libraries and frameworks. */
export function compileUserPolicies(dir: string, builtIn: Catalog, workDir: string): CompiledPolicies {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`policy ${dir}: not a directory`, { code: 'INPUT_MISSING' });
  const opa = findOpa(dir);
  const runtime = defaultPolicyDirectory();
  try {
    return compilePolicies({
      opa,
      workDir,
      sources: [
        { dir, as: 'user' },
        { dir: path.join(runtime, 'lib'), as: 'lib' },
      ],
      frameworkDirs: [path.join(dir, 'frameworks')],
      knownFrameworks: builtIn.frameworks,
      capabilities: path.join(runtime, 'capabilities.json'),
      idPattern: USER_ID,
      reservedIds: new Set(builtIn.checks.map((c) => c.id)),
      builtIn: false,
      runTests: hasTests(dir),
    });
  } catch (error) {
    if (error instanceof BuildError) throw new ConfigError(`policy ${dir}: ${error.message}`, { cause: error });
    throw error;
  }
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
 * reached through a PATH entry there would run a stranger's program.
 */
function findOpa(dir: string): string {
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
  const refused = lookup.refused.length > 0 ? ` (${missingToolReason('opa', lookup)})` : '';
  throw new ConfigError(
    `policy ${dir} holds Rego, which needs opa (v1) on PATH or in POSTURE_OPA to compile${refused}; or compile it once with ` +
      '`posture policies build DIR --output OUT` where opa is installed and pass OUT instead (no opa needed then)',
    { code: 'INPUT_MISSING' },
  );
}

function hasTests(dir: string): boolean {
  const walk = (d: string): boolean =>
    readdirSync(d, { withFileTypes: true }).some((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('_test.rego')));
  return walk(dir);
}
