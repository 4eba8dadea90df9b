import { loadPolicy, type LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { getErrorMessage, PolicyError } from '../errors.js';
import type { PolicyBundle, PolicyMeta } from './bundle.js';

/** 4 GiB: wasm32's ceiling, so runaway growth fails as `opa_malloc: failed`, not as a crash. */
const MAXIMUM_PAGES = 65536;
/**
 * 1 GiB of address space from the start. OPA's allocator grows memory by the pages it lacks, one
 * `memory.grow` at a time, and each grow costs V8 time in proportion to the JavaScript heap (GC
 * over the external memory): an evaluation that grows the heap to 100 MB in a process holding a
 * large scan's resources took 2-4 s where the same evaluation, memory already grown, takes 0.5 s
 * (issue 19). Memory the policy never touches costs no RSS (measured: 60 MB either way).
 */
const MINIMUM_INITIAL_PAGES = 16_384;

interface PolicyExports {
  builtins(): number;
  opa_json_dump(address: number): number;
}

/**
 * Instantiates the compiled policy once. Fails at load time, not mid-scan, when the module needs a
 * builtin from the host: our capabilities file allows only builtins compiled into the wasm.
 */
export async function instantiatePolicy(meta: PolicyMeta, module: WebAssembly.Module): Promise<LoadedPolicy> {
  const initial = Math.max(meta.initialPages, MINIMUM_INITIAL_PAGES);
  let policy: LoadedPolicy;
  try {
    policy = await loadPolicy(module, { initial, maximum: MAXIMUM_PAGES });
  } catch (cause) {
    throw new PolicyError(`load policy bundle: ${getErrorMessage(cause)}`, { cause, code: 'POLICY_LOAD' });
  }
  const needed = requiredBuiltins(policy);
  if (needed.length > 0) {
    throw new PolicyError(`policy needs builtins the engine does not provide: ${needed.join(', ')}`, {
      code: 'POLICY_BUILTIN',
    });
  }
  return policy;
}

export async function compilePolicy(bundle: PolicyBundle): Promise<WebAssembly.Module> {
  try {
    return await WebAssembly.compile(bundle.wasm);
  } catch (cause) {
    throw new PolicyError(`compile policy.wasm: ${getErrorMessage(cause)}`, { cause, code: 'POLICY_LOAD' });
  }
}

function requiredBuiltins(policy: LoadedPolicy): string[] {
  const instance = policy.wasmInstance as WebAssembly.Instance;
  const exports = instance.exports as unknown as PolicyExports;
  const address = exports.opa_json_dump(exports.builtins());
  const bytes = new Uint8Array(policy.mem.buffer);
  let end = address;
  while (bytes[end] !== 0) end++;
  const names = JSON.parse(new TextDecoder().decode(bytes.subarray(address, end))) as Record<string, number>;
  return Object.keys(names).sort();
}

/** Runs one entrypoint; the SDK throws strings and plain objects, turned here into PolicyErrors. */
export function evaluateEntrypoint(policy: LoadedPolicy, input: ArrayBuffer | object, entrypoint: string): unknown {
  try {
    const results = policy.evaluate(input, entrypoint) as Array<{ result: unknown }>;
    return results.length > 0 ? results[0].result : undefined;
  } catch (cause) {
    throw new PolicyError(`evaluate ${entrypoint}: ${getErrorMessage(cause)}`, { cause, code: 'POLICY_EVAL' });
  }
}

export function setPolicyData(policy: LoadedPolicy, data: ArrayBuffer | object): void {
  try {
    policy.setData(data);
  } catch (cause) {
    throw new PolicyError(`set policy data: ${getErrorMessage(cause)}`, { cause, code: 'POLICY_EVAL' });
  }
}
