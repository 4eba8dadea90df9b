import type { Diagnostic, SourceRange } from '../../model/index.js';
import { unknownValue, type UnknownValue } from '../../model/index.js';
import { MAX_NESTING_DEPTH } from '../../model/limits.js';

/**
 * The limits of one root module's evaluation (the root and every module it calls), in one place.
 * Far above real configurations (the largest in the corpus expands to a few hundred instances and
 * builds values of a few thousand elements), far below what exhausts the heap or the stack.
 */
export const LIMITS = {
  /**
   * Resource, module and dynamic-block instances from `count` / `for_each`, all blocks together.
   * 10,000: 100,000 instances of one block took 24 s and 740 MB (the wasm policy's allocator is
   * super-linear past ~20,000 resources in one scope) and a report of hundreds of megabytes.
   */
  instances: 10_000,
  /** List, tuple, map and object elements built (a value shared twice counts twice). */
  elements: 1_000_000,
  /** Characters built by templates and string functions (32 Mi UTF-16 code units: 64 MB). */
  characters: 32 * 1024 * 1024,
  /**
   * Expressions evaluated inside one another, references between locals and module outputs
   * included; also the deepest value measured (the scan-wide nesting limit). Each level costs
   * about ten stack frames. The parser stops reading expressions and blocks at half this depth.
   */
  depth: MAX_NESTING_DEPTH,
  /**
   * What may be spent in all, refunds included, as a multiple of each meter: an evaluation cut
   * off is refunded so the resources after it are still evaluated, but each cut costs up to a
   * whole meter of work, so a file of many bombs is bounded here (past it, everything is unknown).
   */
  spendable: 3,
} as const;

type Meter = 'instances' | 'elements' | 'characters';

/** Thrown where a value would go over the budget; the evaluation it interrupts becomes unknown. */
export class LimitExceeded extends Error {
  constructor(
    message: string,
    /** Where the value over the budget is written; the guard fills it in when the thrower cannot. */
    public range?: SourceRange,
  ) {
    super(message);
  }
}

/** Anything that was written somewhere: an expression or a block. */
export interface Located {
  range: SourceRange;
}

/** Elements and characters of a value as if every shared part were copied (what a report would serialise). */
export interface Size {
  elements: number;
  characters: number;
}

const SIZES = new WeakMap<object, Size>();

/**
 * The size of a value, measured once per object (values are never mutated after they are built):
 * O(children) for a container whose children were measured. Throws past `LIMITS.depth` levels.
 */
export function sizeOf(value: unknown, depth = 0): Size {
  if (typeof value === 'string') return { elements: 1, characters: value.length };
  if (typeof value !== 'object' || value === null) return { elements: 1, characters: 0 };
  const known = SIZES.get(value);
  if (known !== undefined) return known;
  if (depth >= LIMITS.depth) throw new LimitExceeded(`a value nested more than ${LIMITS.depth} levels deep`);
  const size = { elements: 1, characters: 0 };
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    size.elements += 1;
    if (typeof child === 'string') size.characters += child.length;
    if (typeof child !== 'object' || child === null) continue;
    // primitives are counted inline above: measuring a list of a million strings allocates nothing per string
    const inner = sizeOf(child, depth + 1);
    size.elements += inner.elements - 1;
    size.characters += inner.characters;
  }
  SIZES.set(value, size);
  return size;
}

/**
 * One shared budget per root module evaluation. Every expansion (count, for_each, dynamic
 * blocks, module instances) draws instances from it; every value built (tuples, objects, for
 * expressions, splats, templates, function results) draws elements and characters; a charge is
 * checked before the value is allocated where its size can be computed first.
 *
 * An evaluation cut off by the budget is given back what it used (so one bomb does not starve
 * the resources after it), its expression is remembered (its other instances are unknown at once,
 * so the bomb is not run again per instance) and reported once, at its line.
 */
export class Budget {
  private used: Record<Meter, number> = { instances: 0, elements: 0, characters: 0 };
  /** Never refunded: bounds the work of evaluations that were cut off and given back. */
  private readonly spent: Record<Meter, number> = { instances: 0, elements: 0, characters: 0 };
  /** Expressions currently being evaluated inside one another. */
  depth = 0;
  private readonly failed = new WeakSet<object>();
  private readonly expansions = new WeakMap<object, WeakMap<object, boolean>>();

  constructor(private readonly report: (diagnostic: Diagnostic) => void = () => undefined) {}

  /** Takes `n` from a meter, or throws `LimitExceeded` (taking nothing) when that would go over it. */
  charge(meter: Meter, n: number, what: string, at?: Located): void {
    if (this.used[meter] + n <= LIMITS[meter] && this.spent[meter] + n <= LIMITS.spendable * LIMITS[meter]) {
      this.used[meter] += n;
      this.spent[meter] += n;
      return;
    }
    if (this.used[meter] + n > LIMITS[meter]) {
      throw new LimitExceeded(`${what} would take ${describe(meter, n)} (${describe(meter, LIMITS[meter] - this.used[meter])} left of ${describe(meter, LIMITS[meter])} per root module)`, at?.range);
    }
    throw new LimitExceeded(`${what}: the evaluation budget of this root module is spent (${LIMITS.spendable}x ${describe(meter, LIMITS[meter])}, evaluations cut off before included)`, at?.range);
  }

  /**
   * Whether `n` instances of a block fit, checked before they are built; over the budget it reports
   * once, at `at` (the count or for_each). Charged once per block and module instance (`scope`),
   * however often the expansion is asked for (references to the resource ask again).
   */
  instancesFit(block: object, scope: object, n: number, what: string, at: Located): boolean {
    let byScope = this.expansions.get(block);
    if (byScope === undefined) this.expansions.set(block, (byScope = new WeakMap()));
    const known = byScope.get(scope);
    if (known !== undefined) return known;
    let fits = true;
    try {
      this.charge('instances', n, what, at);
    } catch (error) {
      if (!(error instanceof LimitExceeded)) throw error;
      this.exceeded(error.message, at.range);
      fits = false;
    }
    byScope.set(scope, fits);
    return fits;
  }

  /** Charges the elements and characters of a value just built; returns it. */
  chargeValue<T>(value: T, what: string, at?: Located): T {
    const size = sizeOf(value);
    if (size.elements > 1) this.charge('elements', size.elements, what, at);
    if (size.characters > 0) this.charge('characters', size.characters, what, at);
    return value;
  }

  /** A LIMIT_EXCEEDED diagnostic and the unknown standing for what was not evaluated. */
  exceeded(message: string, range: SourceRange): UnknownValue {
    this.report({ code: 'LIMIT_EXCEEDED', level: 'warning', message: `${message}: the value is unknown and what depends on it is not checked`, range });
    return unknownValue(`not evaluated: ${message}`);
  }

  /**
   * Runs one evaluation as a unit: over the budget (or out of an engine limit: stack, string or
   * array length), it is given back what it used and its value is unknown, reported once.
   */
  isolate(at: Located & object, run: () => unknown): unknown {
    if (this.failed.has(at)) return unknownValue('not evaluated: over the evaluation budget (reported at its first use)');
    const before = { ...this.used };
    try {
      return run();
    } catch (error) {
      if (!(error instanceof LimitExceeded) && !(error instanceof RangeError)) throw error;
      this.used = before;
      this.failed.add(at);
      const range = error instanceof LimitExceeded && error.range !== undefined ? error.range : at.range;
      return this.exceeded(error instanceof LimitExceeded ? error.message : `an engine limit was reached (${error.message})`, range);
    }
  }
}

function describe(meter: Meter, n: number): string {
  return `${n.toLocaleString('en-US')} ${meter}`;
}
