import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import type { Resource, Violation } from '../model/index.js';
import { PolicyError } from '../errors.js';
import { readPolicyBundle, type PolicyBundle } from './bundle.js';
import { decodeViolations } from './decode.js';
import { groupByType, toJsonArrayBuffer } from './input.js';
import { evaluateEntrypoint, instantiatePolicy, setPolicyData } from './wasm-policy.js';

export type { PolicyBundle, PolicyMeta } from './bundle.js';
export { readPolicyBundle, defaultPolicyDirectory } from './bundle.js';
export { groupByType } from './input.js';

/**
 * How a scope is handed to the policy:
 * - `aggregate`: the scope is the input of one entrypoint (gate/findings) that unions every check;
 * - `per-check`: the scope is loaded once with setData and every check's entrypoint runs on it.
 * `npm run bench` measures both; the gate uses the faster (see the engine note in README).
 */
export type EvaluationMode = 'aggregate' | 'per-check';

const AGGREGATE_ENTRYPOINT = 'gate/findings';

/** The compiled policy, loaded once per process and reused for every scope. */
export class PolicyEngine {
  private constructor(
    private readonly policy: LoadedPolicy,
    readonly bundle: PolicyBundle,
    readonly mode: EvaluationMode,
    private readonly rawForCanonical: boolean,
  ) {}

  /**
   * `rawForCanonical: false` leaves canonical resources' native blocks out of the input: the
   * built-in checks never read them (scripts/policies.test.ts holds them to it) and they double
   * what is serialised per scope. User policies may read them, so it is on by default.
   */
  static async load(options: { bundle?: PolicyBundle; mode?: EvaluationMode; rawForCanonical?: boolean } = {}): Promise<PolicyEngine> {
    const bundle = options.bundle ?? (await readPolicyBundle());
    const mode = options.mode ?? 'aggregate';
    if (mode === 'aggregate' && !(AGGREGATE_ENTRYPOINT in bundle.meta.entrypoints)) {
      throw new PolicyError(`policy bundle has no ${AGGREGATE_ENTRYPOINT} entrypoint`, { code: 'POLICY_LOAD' });
    }
    return new PolicyEngine(await instantiatePolicy(bundle), bundle, mode, options.rawForCanonical ?? true);
  }

  /** Every violation of every check over one scope's resources. */
  evaluate(resources: Resource[]): Violation[] {
    if (resources.length === 0) return [];
    const byType = groupByType(resources, this.rawForCanonical);
    return this.mode === 'aggregate' ? this.evaluateAggregate(byType) : this.evaluatePerCheck(byType);
  }

  private evaluateAggregate(byType: object): Violation[] {
    const input = toJsonArrayBuffer({ resources_by_type: byType });
    const result = evaluateEntrypoint(this.policy, input, AGGREGATE_ENTRYPOINT);
    return decodeViolations(result, undefined, AGGREGATE_ENTRYPOINT);
  }

  private evaluatePerCheck(byType: object): Violation[] {
    setPolicyData(this.policy, toJsonArrayBuffer({ scan: { resources_by_type: byType } }));
    const violations: Violation[] = [];
    for (const [entrypoint, checkId] of Object.entries(this.bundle.meta.entrypoints)) {
      if (checkId === 'aggregate') continue;
      const result = evaluateEntrypoint(this.policy, {}, entrypoint);
      violations.push(...decodeViolations(result, checkId, entrypoint));
    }
    return violations;
  }
}
