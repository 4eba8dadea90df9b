import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyEngine, readPolicyBundle } from '../engine/index.js';

/** Repository root, from this file's place in src/testing/. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const POLICY_DIRECTORY = path.join(REPO_ROOT, 'dist', 'policies');
/** The SARIF 2.1.0 schema, vendored (schemas/vendor/README: source and OASIS licence). */
export const SARIF_SCHEMA = path.join(REPO_ROOT, 'schemas', 'vendor', 'sarif-schema-2.1.0.json');

let shared: Promise<PolicyEngine> | undefined;

/** One engine per test file: loading the policy is the expensive part, and reuse is what production does. */
export function sharedEngine(): Promise<PolicyEngine> {
  shared ??= readPolicyBundle(POLICY_DIRECTORY).then((bundle) => PolicyEngine.load({ bundle, rawForCanonical: false }));
  return shared;
}
