import type { Node } from 'web-tree-sitter';
import type { HclBinaryOperator, HclExpr, HclObjectItem, HclTraversalStep } from './hcl-types.js';
import { nodeRange } from './tree-sitter.js';
import type { Diagnostic } from '../../model/index.js';
import { DepthReporter, MAX_NESTING } from './limits.js';
import { readForExpr } from './cst-for.js';
import { readHeredoc, readQuotedTemplate } from './cst-template.js';

const BINARY = new Set<string>(['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||']);
const POSTFIX = new Set(['get_attr', 'index', 'splat']);

/** Converts tree-sitter expression nodes into `HclExpr`, keeping ranges and source text. */
export class ExprReader {
  private depth = 0;
  private readonly tooDeep: DepthReporter;

  constructor(
    readonly path: string,
    readonly source: string,
    /** Where a "nested too deep" diagnostic goes; without it, a too-deep expression is only unknown. */
    diagnostics?: Diagnostic[],
  ) {
    this.tooDeep = new DepthReporter(path, diagnostics);
  }

  base(node: Node, last: Node = node): { range: HclExpr['range']; text: string } {
    const range = { ...nodeRange(this.path, node), endLine: last.endPosition.row + 1, endColumn: last.endPosition.column + 1 };
    return { range, text: this.source.slice(node.startIndex, last.endIndex) };
  }

  other(node: Node, nodeType = node.type): HclExpr {
    return { kind: 'other', nodeType, ...this.base(node) };
  }

  /** An `expression` node: a primary value followed by postfix steps (`.attr`, `[i]`, splats). */
  read(node: Node): HclExpr {
    if (node.type !== 'expression') return this.sequence([node]);
    return this.sequence(node.children.filter((c): c is Node => c !== null && c.type !== 'comment'));
  }

  /** Every nesting of expressions passes here: past MAX_NESTING, the rest is not read. */
  private sequence(nodes: Node[]): HclExpr {
    const [first] = nodes;
    if (first !== undefined && this.depth >= MAX_NESTING) {
      this.tooDeep.report(first, 'an expression');
      return this.other(first, 'expression_nested_too_deep');
    }
    this.depth += 1;
    try {
      return this.sequenceAt(nodes);
    } finally {
      this.depth -= 1;
    }
  }

  /** A primary (or a parenthesised expression) and its postfix steps, as tree-sitter lists them. */
  private sequenceAt(nodes: Node[]): HclExpr {
    const [first] = nodes;
    const last = nodes[nodes.length - 1];
    if (first === undefined || last === undefined) throw new Error('empty expression sequence');
    let rest = nodes.slice(1);
    let head: HclExpr | undefined;
    if (first.type === '(') {
      const close = nodes.findIndex((c) => c.type === ')');
      const inner = nodes.slice(1, close < 0 ? undefined : close).find((c) => c.type === 'expression');
      head = inner === undefined ? this.other(first) : this.read(inner);
      rest = close < 0 ? [] : nodes.slice(close + 1);
    }
    if (rest.some((c) => !POSTFIX.has(c.type))) return this.other(first, `${first.type}+${rest[0]?.type ?? ''}`);
    const steps = this.steps(rest);
    const base = this.base(first, last);
    if (head === undefined && first.type === 'variable_expr') return { kind: 'traversal', root: first.text, steps, ...base };
    head ??= this.primary(first, first);
    return steps.length === 0 ? { ...head, ...(first.type === '(' ? base : {}) } : { kind: 'access', target: head, steps, ...base };
  }

  private steps(nodes: Node[]): HclTraversalStep[] {
    const out: HclTraversalStep[] = [];
    for (const node of nodes) {
      if (node.type === 'get_attr') out.push({ attr: node.namedChildren[0]?.text ?? '' });
      else if (node.type === 'index') out.push(this.index(node));
      else if (node.type === 'splat') out.push(...this.splat(node));
    }
    return out;
  }

  private index(node: Node): HclTraversalStep {
    const inner = node.namedChildren[0];
    if (inner?.type === 'legacy_index') {
      const digits = inner.text.replace(/^\./, '');
      return { index: { kind: 'literal', value: Number(digits), ...this.base(inner) } };
    }
    const expr = inner?.namedChildren.find((c) => c?.type === 'expression');
    return { index: expr ? this.read(expr) : this.other(node) };
  }

  /** `[*]` applies every later step per element; `.*` only attribute steps (HCL's legacy splat). */
  private splat(node: Node): HclTraversalStep[] {
    const kind = node.namedChildren[0];
    const inner = (kind?.namedChildren ?? []).filter((c): c is Node => c !== null);
    if (kind?.type === 'full_splat') return [{ splat: 'full', steps: this.steps(inner) }];
    const cut = inner.findIndex((c) => c.type !== 'get_attr');
    const own = cut < 0 ? inner : inner.slice(0, cut);
    return [{ splat: 'attr', steps: this.steps(own) }, ...this.steps(cut < 0 ? [] : inner.slice(cut))];
  }

  /** `whole` is the node whose range the result gets (the wrapping `expression`). */
  private primary(node: Node, whole: Node): HclExpr {
    switch (node.type) {
      case 'literal_value':
        return this.literal(node.namedChildren[0] ?? node, whole);
      case 'collection_value':
        return this.collection(node.namedChildren[0] ?? node, whole);
      case 'template_expr': {
        const inner = node.namedChildren[0];
        if (inner?.type === 'heredoc_template') return readHeredoc(this, inner, whole);
        return inner ? readQuotedTemplate(this, inner, whole) : this.other(whole);
      }
      case 'function_call':
        return this.call(node, whole);
      case 'operation':
        return this.operation(node.namedChildren[0] ?? node, whole);
      case 'conditional':
        return this.conditional(node, whole);
      case 'for_expr':
        return readForExpr(this, node.namedChildren[0] ?? node, whole);
      case 'expression':
        return this.read(node);
      default:
        return this.other(whole, node.type);
    }
  }

  private literal(node: Node, whole: Node): HclExpr {
    const base = this.base(whole);
    switch (node.type) {
      case 'numeric_lit':
        // From the source, not node.text: tree-sitter saw `1e3` masked as digits (see masking.ts).
        return { kind: 'literal', value: Number(this.source.slice(node.startIndex, node.endIndex)), ...base };
      case 'bool_lit':
        return { kind: 'literal', value: node.text === 'true', ...base };
      case 'null_lit':
        return { kind: 'literal', value: null, ...base };
      case 'string_lit':
        return readQuotedTemplate(this, node, whole);
      default:
        return this.other(whole, node.type);
    }
  }

  private collection(node: Node, whole: Node): HclExpr {
    if (node.type === 'tuple') {
      const items = node.namedChildren.filter((c): c is Node => c?.type === 'expression').map((c) => this.read(c));
      return { kind: 'tuple', items, ...this.base(whole) };
    }
    if (node.type === 'object') {
      const elems = node.namedChildren.filter((c): c is Node => c?.type === 'object_elem');
      return { kind: 'object', items: elems.map((e) => this.objectItem(e)), ...this.base(whole) };
    }
    return this.other(whole, node.type);
  }

  private objectItem(elem: Node): HclObjectItem {
    const keyNode = elem.childForFieldName('key');
    const valNode = elem.childForFieldName('val');
    const value = valNode ? this.read(valNode) : this.other(elem);
    let key: HclExpr = keyNode ? this.read(keyNode) : this.other(elem);
    // HCL reads a bare identifier key as the literal string, not as a variable
    if (key.kind === 'traversal' && key.steps.length === 0 && !key.text.startsWith('(')) {
      key = { kind: 'literal', value: key.root, range: key.range, text: key.text };
    }
    return { key, value, range: nodeRange(this.path, elem) };
  }

  private call(node: Node, whole: Node): HclExpr {
    const name = node.namedChildren[0]?.text ?? '';
    const argsNode = node.namedChildren.find((c) => c?.type === 'function_arguments');
    const args = (argsNode?.namedChildren ?? []).filter((c): c is Node => c?.type === 'expression').map((c) => this.read(c));
    // `f(list...)`: the last argument is expanded into arguments, marked by a wrapping call
    const expand = argsNode?.children.some((c) => c?.type === 'ellipsis') ?? false;
    return { kind: 'call', name, args, ...(expand ? { expandLast: true } : {}), ...this.base(whole) };
  }

  /** Operands are node sequences (a variable and its steps are siblings), split at the operator token. */
  private operation(node: Node, whole: Node): HclExpr {
    const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
    const at = node.type === 'unary_operation' ? 0 : children.findIndex((c, i) => i > 0 && !c.isNamed && BINARY.has(c.type));
    const operator = children[at]?.type;
    if (operator === undefined) return this.other(whole, node.type);
    if (node.type === 'unary_operation') {
      const operand = this.sequence(children.slice(1));
      // Only `-<number>` is a literal, as in HCL; `-(-1)` stays an operation.
      if (operator === '-' && operand.kind === 'literal' && typeof operand.value === 'number' && /^[0-9]/.test(operand.text)) return { kind: 'literal', value: -operand.value, ...this.base(whole) };
      if (operator !== '-' && operator !== '!') return this.other(whole, node.type);
      return { kind: 'unary', operator, operand, ...this.base(whole) };
    }
    if (!BINARY.has(operator) || at === 0 || at === children.length - 1) return this.other(whole, node.type);
    const left = this.sequence(children.slice(0, at));
    const right = this.sequence(children.slice(at + 1));
    return { kind: 'binary', operator: operator as HclBinaryOperator, left, right, ...this.base(whole) };
  }

  /**
   * tree-sitter-hcl nests `a ? b : c ? d : e` as `(a ? b : c) ? d : e`; HCL's conditional is
   * right-associative, so an unparenthesised conditional in the condition is rotated.
   */
  private conditional(node: Node, whole: Node): HclExpr {
    const nodes = node.namedChildren.filter((c): c is Node => c?.type === 'expression');
    const [condition, then, otherwise] = nodes.map((c) => this.read(c));
    if (condition === undefined || then === undefined || otherwise === undefined) return this.other(whole, node.type);
    const nested = nodes[0].namedChildren[0]?.type === 'conditional' && condition.kind === 'conditional';
    return nested ? this.rotate(condition, then, otherwise, whole) : { kind: 'conditional', condition, then, else: otherwise, ...this.base(whole) };
  }

  private rotate(inner: Extract<HclExpr, { kind: 'conditional' }>, then: HclExpr, otherwise: HclExpr, whole: Node): HclExpr {
    const tail = inner.else.kind === 'conditional' && !inner.else.text.startsWith('(') ? this.rotate(inner.else, then, otherwise, whole) : undefined;
    const range = { ...inner.else.range, endLine: otherwise.range.endLine, endColumn: otherwise.range.endColumn };
    const text = `${inner.else.text} ? ${then.text} : ${otherwise.text}`;
    const rest: HclExpr = tail ?? { kind: 'conditional', condition: inner.else, then, else: otherwise, range, text };
    return { kind: 'conditional', condition: inner.condition, then: inner.then, else: rest, ...this.base(whole) };
  }
}
