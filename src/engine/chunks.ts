import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import type { Violation } from '../model/index.js';
import { AGGREGATE_ENTRYPOINT, LOCAL_ENTRYPOINT, SCOPE_ENTRYPOINT } from './aggregate.js';
import { decodeViolations } from './decode.js';
import { toJsonArrayBuffer, type ResourcesByType } from './input.js';
import { evaluateEntrypoint } from './wasm-policy.js';

/**
 * Most resources one evaluation of the per-resource checks sees. OPA's wasm allocator (a
 * first-fit free list) slows down as one evaluation's heap fragments, so an evaluation costs
 * super-linearly in its input (one scope of 40,000 resources: 4.5 s; in chunks of 5,000: 0.45 s),
 * while the heap is reset between evaluations. Below this, a scope is one evaluation as before.
 */
export const CHUNK_RESOURCES = 250;

/** One evaluation: an aggregate entrypoint and its serialised input. */
export interface EvalStep {
  entrypoint: string;
  input: ArrayBuffer;
}

/** Whether a bundle has the split aggregates that make chunked evaluation possible. */
export function canChunk(entrypoints: Record<string, string>): boolean {
  return LOCAL_ENTRYPOINT in entrypoints && SCOPE_ENTRYPOINT in entrypoints;
}

/**
 * The evaluations of one scope: the whole aggregate when the scope is small or the bundle cannot
 * be split (a user policy set: its checks may read any resource), else the cross-resource checks
 * over the whole scope and the per-resource checks over chunks of at most `chunkSize` resources.
 */
export function planEvaluation(byType: ResourcesByType, split: boolean, chunkSize = CHUNK_RESOURCES): EvalStep[] {
  const whole = { resources_by_type: byType };
  let total = 0;
  for (const list of Object.values(byType)) total += list.length;
  if (!split || total <= chunkSize) return [{ entrypoint: AGGREGATE_ENTRYPOINT, input: toJsonArrayBuffer(whole) }];
  const steps: EvalStep[] = [{ entrypoint: SCOPE_ENTRYPOINT, input: toJsonArrayBuffer(whole) }];
  for (const chunk of chunksOf(byType, chunkSize)) steps.push({ entrypoint: LOCAL_ENTRYPOINT, input: toJsonArrayBuffer({ resources_by_type: chunk }) });
  return steps;
}

/** Consecutive slices of the resources, type by type, each chunk holding at most `size`. */
export function* chunksOf(byType: ResourcesByType, size: number): Generator<ResourcesByType> {
  let chunk: ResourcesByType = {};
  let filled = 0;
  for (const [type, list] of Object.entries(byType)) {
    for (let at = 0; at < list.length; ) {
      const take = Math.min(size - filled, list.length - at);
      chunk[type] = list.slice(at, at + take);
      filled += take;
      at += take;
      if (filled === size) {
        yield chunk;
        chunk = {};
        filled = 0;
      }
    }
  }
  if (filled > 0) yield chunk;
}

/**
 * Runs the evaluations of one scope. The aggregate is a set: a violation two chunks both report
 * (two resources of one id in different chunks) is kept once, as one evaluation would have.
 * OPA writes object keys sorted, so JSON text is a canonical key for a violation.
 */
export function runPlan(policy: LoadedPolicy, steps: EvalStep[]): Violation[] {
  if (steps.length === 1) return decodeViolations(evaluateEntrypoint(policy, steps[0].input, steps[0].entrypoint), undefined, steps[0].entrypoint);
  const seen = new Set<string>();
  const violations: Violation[] = [];
  for (const { entrypoint, input } of steps) {
    const result = evaluateEntrypoint(policy, input, entrypoint);
    if (result === undefined) continue;
    violations.push(...decodeViolations(Array.isArray(result) ? firstSeen(result, seen) : result, undefined, entrypoint));
  }
  return violations;
}

function firstSeen(items: unknown[], seen: Set<string>): unknown[] {
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
