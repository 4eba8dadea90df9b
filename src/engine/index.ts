import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import type { Resource, Violation } from '../model/index.js';
import { PolicyError } from '../errors.js';
import { readPolicyBundle, type PolicyBundle } from './bundle.js';
import { decodeViolations } from './decode.js';
import { groupByType, toJsonArrayBuffer, type ResourcesByType } from './input.js';
import { AGGREGATE_ENTRYPOINT } from './aggregate.js';
import { canChunk, CHUNK_RESOURCES, planEvaluation, runPlan } from './chunks.js';
import { EvalThread } from './eval-thread.js';
import { compilePolicy, evaluateEntrypoint, instantiatePolicy, setPolicyData } from './wasm-policy.js';

export type { PolicyBundle, PolicyMeta } from './bundle.js';
export { readPolicyBundle, defaultPolicyDirectory } from './bundle.js';
export { groupByType } from './input.js';
export { evalWorkerEntry, useEvalWorker } from './eval-thread.js';

/**
 * How a scope is handed to the policy:
 * - `aggregate`: the scope is the input of one entrypoint (gate/findings) that unions every check;
 * - `per-check`: the scope is loaded once with setData and every check's entrypoint runs on it.
 * `npm run bench` measures both; the gate uses the faster (see the engine note in README).
 */
export type EvaluationMode = 'aggregate' | 'per-check';

/** The compiled policy, loaded once per process and reused for every scope. */
export class PolicyEngine {
  private thread: EvalThread | undefined;

  private constructor(
    private readonly module: WebAssembly.Module,
    private readonly policy: LoadedPolicy,
    readonly bundle: PolicyBundle,
    readonly mode: EvaluationMode,
    private readonly rawForCanonical: boolean,
    /** Evaluate a large scope in chunks (see chunks.ts); off for a bundle without the split aggregates. */
    private readonly chunkSize: number | undefined,
  ) {}

  /**
   * `chunkSize` caps the resources of one evaluation of the per-resource checks (chunks.ts;
   * `Infinity`: one evaluation per scope, as before).
   * `rawForCanonical: false` leaves canonical resources' native blocks out of the input: the
   * built-in checks never read them (scripts/policies.test.ts holds them to it) and they double
   * what is serialised per scope. User policies may read them, so it is on by default.
   */
  static async load(options: { bundle?: PolicyBundle; mode?: EvaluationMode; rawForCanonical?: boolean; chunkSize?: number } = {}): Promise<PolicyEngine> {
    const bundle = options.bundle ?? (await readPolicyBundle());
    const mode = options.mode ?? 'aggregate';
    if (mode === 'aggregate' && !(AGGREGATE_ENTRYPOINT in bundle.meta.entrypoints)) {
      throw new PolicyError(`policy bundle has no ${AGGREGATE_ENTRYPOINT} entrypoint`, { code: 'POLICY_LOAD' });
    }
    const module = await compilePolicy(bundle);
    const policy = await instantiatePolicy(bundle.meta, module);
    return new PolicyEngine(module, policy, bundle, mode, options.rawForCanonical ?? true, canChunk(bundle.meta.entrypoints) ? (options.chunkSize ?? CHUNK_RESOURCES) : undefined);
  }

  /**
   * From now on `evaluateAsync` evaluates in a worker thread with its own instance of the policy
   * (aggregate mode only), until `release`. The results are the same; only the thread differs.
   */
  startWorker(entry: string): void {
    if (this.mode === 'aggregate' && this.thread === undefined) this.thread = new EvalThread(entry, this.module, this.bundle.meta);
  }

  /** Stops the worker thread, if one was started. */
  async release(): Promise<void> {
    const thread = this.thread;
    this.thread = undefined;
    await thread?.close();
  }

  /**
   * Every violation over one scope: serialised here, evaluated in the worker when one is started
   * (so this thread can go on while it runs), else at once in this thread.
   */
  evaluateAsync(resources: Resource[]): Promise<Violation[]> {
    if (this.thread === undefined || resources.length === 0) {
      try {
        return Promise.resolve(this.evaluate(resources));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    return this.thread.evaluate(this.plan(groupByType(resources, this.rawForCanonical)));
  }

  /** Every violation of every check over one scope's resources. */
  evaluate(resources: Resource[]): Violation[] {
    if (resources.length === 0) return [];
    const byType = groupByType(resources, this.rawForCanonical);
    return this.mode === 'aggregate' ? this.evaluateAggregate(byType) : this.evaluatePerCheck(byType);
  }

  private evaluateAggregate(byType: ResourcesByType): Violation[] {
    return runPlan(this.policy, this.plan(byType));
  }

  private plan(byType: ResourcesByType) {
    return planEvaluation(byType, this.chunkSize !== undefined, this.chunkSize);
  }

  private evaluatePerCheck(byType: object): Violation[] {
    setPolicyData(this.policy, toJsonArrayBuffer({ scan: { resources_by_type: byType } }));
    const violations: Violation[] = [];
    for (const [entrypoint, checkId] of Object.entries(this.bundle.meta.entrypoints)) {
      if (checkId.startsWith('aggregate')) continue;
      const result = evaluateEntrypoint(this.policy, {}, entrypoint);
      violations.push(...decodeViolations(result, checkId, entrypoint));
    }
    return violations;
  }
}
