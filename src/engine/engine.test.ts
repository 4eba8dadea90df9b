import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Resource } from '../model/index.js';
import { pathKey, unknownValue } from '../model/index.js';
import { PolicyError } from '../errors.js';
import { POLICY_DIRECTORY, REPO_ROOT } from '../testing/engine.js';
import { PolicyEngine, readPolicyBundle, type PolicyBundle } from './index.js';

const OPA = process.env.OPA ?? path.join(REPO_ROOT, '.tools', 'bin', 'opa');
const work = mkdtempSync(path.join(os.tmpdir(), 'posture-engine-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Compiles a small Rego module with the pinned opa, as the real build does, into a bundle. */
function compile(name: string, rego: string, entrypoint: string, capabilities?: string): PolicyBundle {
  const directory = path.join(work, name);
  execFileSync('mkdir', ['-p', directory]);
  writeFileSync(path.join(directory, 'policy.rego'), rego);
  const args = ['build', '-t', 'wasm', '-e', entrypoint, '-o', path.join(directory, 'bundle.tar.gz'), path.join(directory, 'policy.rego')];
  if (capabilities) args.push('--capabilities', capabilities);
  execFileSync(OPA, args, { cwd: directory, stdio: 'pipe' });
  execFileSync('tar', ['-xzf', 'bundle.tar.gz', '/policy.wasm'], { cwd: directory });
  const wasm = new Uint8Array(readFileSync(path.join(directory, 'policy.wasm')));
  return { wasm, directory, meta: { opaVersion: 'test', abiVersion: '1.3', entrypoints: { [entrypoint]: 'aggregate' }, initialPages: 2 } };
}

function resource(id: string, type: string, attributes: Record<string, unknown>): Resource {
  return {
    id,
    type,
    source: { format: 'terraform', path: 'main.tf', nativeType: type },
    attributes,
    raw: {},
    scope: '.',
    provenance: new Map([[pathKey([]), { path: 'main.tf', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }]]),
  };
}

const badBucket = resource('aws_s3_bucket.b', 'aws.s3.bucket', {
  name: 'b',
  acl: 'private',
  encryption: { enabled: true, declared: false, algorithm: 'AES256', kms_key_id: null, bucket_key_enabled: false },
  versioning: { enabled: false, mfa_delete: false },
  public_access_block: { declared: true, block_public_acls: false, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true },
  logging: { enabled: unknownValue('var.log has no value'), target_bucket: null, target_prefix: null },
});

describe('PolicyEngine with the built-in policy', () => {
  let bundle: PolicyBundle;
  beforeAll(async () => {
    bundle = await readPolicyBundle(POLICY_DIRECTORY);
  });

  it('gives the same violations in aggregate and per-check modes, and never reports an unknown value', async () => {
    const aggregate = await PolicyEngine.load({ bundle, mode: 'aggregate' });
    const perCheck = await PolicyEngine.load({ bundle, mode: 'per-check' });
    const sort = (v: { checkId: string; attributePath: unknown[] }[]) =>
      v.map((x) => `${x.checkId} ${JSON.stringify(x.attributePath)}`).sort();
    const fromAggregate = sort(aggregate.evaluate([badBucket]));
    // AWS-0001 (encryption not declared) is deprecated: never evaluated in either mode
    expect(fromAggregate).toEqual([
      'AWS-0002 ["public_access_block","block_public_acls"]',
      'AWS-0003 ["versioning","enabled"]',
      'AWS-0103 ["versioning","mfa_delete"]',
      'AWS-0104 ["encryption","algorithm"]',
    ]);
    expect(sort(perCheck.evaluate([badBucket]))).toEqual(fromAggregate);
  });

  it('reuses one instance across scopes without carrying state over', async () => {
    const engine = await PolicyEngine.load({ bundle });
    expect(engine.evaluate([badBucket])).toHaveLength(4);
    expect(engine.evaluate([])).toEqual([]);
    expect(engine.evaluate([resource('x', 'tf.aws_iam_role', { name: 'r' })])).toEqual([]);
    expect(engine.evaluate([badBucket])).toHaveLength(4);
  });
});

describe('PolicyEngine failures become PolicyErrors', () => {
  it('refuses a policy that needs builtins the host does not provide, at load time', async () => {
    const bundle = compile('needs-host', 'package gate\nfindings contains {"resource_id": "x", "msg": m} if { m := sprintf("%v", [time.now_ns()]) }\n', 'gate/findings');
    await expect(PolicyEngine.load({ bundle })).rejects.toThrow(/needs builtins the engine does not provide: sprintf, time.now_ns/);
  });

  it('turns an opa_abort (a conflict at run time, thrown by the SDK as a string) into a PolicyError', async () => {
    const rego = 'package gate\nsize := count(input.resources_by_type)\nsize := 99\nfindings contains {"resource_id": "x", "msg": "m", "check_id": "C"} if size\n';
    const bundle = compile('aborts', rego, 'gate/findings');
    const engine = await PolicyEngine.load({ bundle });
    expect(() => engine.evaluate([resource('x', 't', {})])).toThrow(PolicyError);
    expect(() => engine.evaluate([resource('x', 't', {})])).toThrow(/evaluate gate\/findings: .*conflict/);
  });

  it('rejects a bundle without the aggregate entrypoint', async () => {
    const bundle = compile('no-aggregate', 'package other\nallow := true\n', 'other/allow');
    bundle.meta.entrypoints = { 'other/allow': 'X-0001' };
    await expect(PolicyEngine.load({ bundle })).rejects.toThrow(PolicyError);
  });

  it('rejects results that break the violation contract', async () => {
    const bundle = compile('bad-shape', 'package gate\nfindings contains "just a string" if true\n', 'gate/findings');
    const engine = await PolicyEngine.load({ bundle });
    expect(() => engine.evaluate([resource('x', 't', {})])).toThrow(/a violation must be an object/);
  });

  it('reports a missing bundle with what to do', async () => {
    await expect(readPolicyBundle(path.join(work, 'nowhere'))).rejects.toThrow(/run `npm run build`/);
  });
});
