import type { ParsedDocument, PathSegment, SourceRange } from '../../model/index.js';
import { fileStart } from '../../model/index.js';
import type { HclBlock, HclBody, HclExpr } from '../../parsers/terraform/index.js';

/**
 * Where a plan value was written, walked alongside the value: in the `.tf` file when the
 * configuration is part of the scan (the attribute, the nested block, the list element), else in
 * the plan file itself. A value with no place of its own gets its nearest parent's.
 */
export interface Origin {
  readonly range: SourceRange;
  /** The origin of `key` inside this node; `value` is the plan value there (nested blocks are matched by content). */
  child(key: PathSegment, value?: unknown): Origin;
  /** True when the HCL writes `dynamic "name"`: the plan's configuration section leaves those out. */
  writesDynamic(name: string): boolean;
  /** The HCL expression written here, when the origin is one. */
  readonly written?: HclExpr;
  /** For nested blocks: the plan's element indices in the order the blocks are written. */
  writtenOrder?(): number[];
}

/** A value in the plan JSON. */
export class PlanOrigin implements Origin {
  constructor(
    private readonly doc: ParsedDocument,
    private readonly path: PathSegment[],
  ) {}

  get range(): SourceRange {
    return this.doc.locate(this.path) ?? fileStart(this.doc.file.path);
  }

  child(key: PathSegment): Origin {
    return new PlanOrigin(this.doc, [...this.path, key]);
  }

  writesDynamic(): boolean {
    return false;
  }
}

/** A place with nothing finer inside it. */
class FixedOrigin implements Origin {
  constructor(readonly range: SourceRange) {}

  child(): Origin {
    return this;
  }

  writesDynamic(): boolean {
    return false;
  }
}

/** Inside an HCL expression: tuple elements and object keys have ranges of their own. */
class ExprOrigin implements Origin {
  constructor(
    readonly written: HclExpr,
    readonly range: SourceRange,
  ) {}

  child(key: PathSegment): Origin {
    const expr = this.written;
    let next: HclExpr | undefined;
    if (expr.kind === 'tuple' && typeof key === 'number') next = expr.items[key];
    if (expr.kind === 'object') next = expr.items.find((i) => i.key.kind === 'literal' && String(i.key.value) === String(key))?.value;
    return next === undefined ? new FixedOrigin(this.range) : new ExprOrigin(next, next.range);
  }

  writesDynamic(): boolean {
    return false;
  }
}

/** A resource block or nested block in a `.tf` file. */
export class BodyOrigin implements Origin {
  constructor(
    private readonly body: HclBody,
    readonly range: SourceRange,
  ) {}

  child(key: PathSegment, value?: unknown): Origin {
    if (typeof key !== 'string') return new FixedOrigin(this.range);
    const attribute = this.body.attributes[key];
    if (attribute) return new ExprOrigin(attribute.expr, attribute.range);
    const blocks = this.body.blocks.filter((b) => b.type === key);
    return blocks.length === 0 ? new FixedOrigin(this.range) : new BlockListOrigin(blocks, Array.isArray(value) ? value : []);
  }

  writesDynamic(name: string): boolean {
    return this.body.blocks.some((b) => b.type === 'dynamic' && b.labels[0] === name);
  }
}

/**
 * Nested blocks of one type. A plan lists set-typed blocks (security group rules) in its own
 * order, not as written, so each plan element is paired with the written block whose literal
 * attributes it matches best.
 */
class BlockListOrigin implements Origin {
  private readonly pairs: (HclBlock | undefined)[];

  constructor(
    private readonly blocks: HclBlock[],
    items: unknown[],
  ) {
    this.pairs = pairBlocks(blocks, items);
  }

  get range(): SourceRange {
    return this.blocks[0].range;
  }

  child(key: PathSegment): Origin {
    const block = typeof key === 'number' ? this.pairs[key] : undefined;
    return block ? new BodyOrigin(block.body, block.range) : new FixedOrigin(this.range);
  }

  /** Paired elements in the order of their blocks, then any unpaired ones (a dynamic block's) as the plan lists them. */
  writtenOrder(): number[] {
    const rank = (i: number): number => {
      const block = this.pairs[i];
      return block === undefined ? this.blocks.length + i : this.blocks.indexOf(block);
    };
    return this.pairs.map((_, i) => i).sort((a, b) => rank(a) - rank(b));
  }

  writesDynamic(): boolean {
    return false;
  }
}

/** A literal expression's value (`22`, `"tcp"`, `["0.0.0.0/0"]`); undefined for anything computed. */
function literalOf(expr: HclExpr): unknown {
  if (expr.kind === 'literal') return expr.value;
  if (expr.kind === 'template' && expr.parts.length === 1 && expr.parts[0].kind === 'literal') return expr.parts[0].value;
  if (expr.kind === 'tuple') {
    const items = expr.items.map(literalOf);
    return items.includes(undefined) ? undefined : items;
  }
  return undefined;
}

function matchScore(block: HclBlock, item: unknown): number {
  if (typeof item !== 'object' || item === null) return 0;
  const values = item as Record<string, unknown>;
  let score = 0;
  for (const [name, attribute] of Object.entries(block.body.attributes)) {
    const literal = literalOf(attribute.expr);
    if (literal !== undefined && JSON.stringify(literal) === JSON.stringify(values[name])) score++;
  }
  return score;
}

/** For each plan item, the unused written block it matches best (the first of equals, in order). */
function pairBlocks(blocks: HclBlock[], items: unknown[]): (HclBlock | undefined)[] {
  const used = new Set<number>();
  return items.map((item) => {
    let best = -1;
    let bestScore = -1;
    blocks.forEach((block, i) => {
      const score = used.has(i) ? -1 : matchScore(block, item);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0 || bestScore < 0) return undefined;
    used.add(best);
    return blocks[best];
  });
}
