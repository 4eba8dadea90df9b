import type { Node } from 'web-tree-sitter';
import type { HclExpr, HclObjectItem, HclTraversalStep } from './hcl-types.js';
import { nodeRange } from './tree-sitter.js';
import { readHeredoc, readQuotedTemplate } from './cst-template.js';

/** Converts tree-sitter expression nodes into `HclExpr`, keeping ranges and source text. */
export class ExprReader {
  constructor(
    readonly path: string,
    readonly source: string,
  ) {}

  base(node: Node): { range: HclExpr['range']; text: string } {
    return { range: nodeRange(this.path, node), text: this.source.slice(node.startIndex, node.endIndex) };
  }

  other(node: Node, nodeType = node.type): HclExpr {
    return { kind: 'other', nodeType, ...this.base(node) };
  }

  /** An `expression` node: a primary value followed by postfix steps (`.attr`, `[i]`, splats). */
  read(node: Node): HclExpr {
    if (node.type !== 'expression') return this.primary(node, node);
    const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
    const [first, ...rest] = children;
    if (first === undefined) return this.other(node);
    if (first.type === '(') {
      const inner = children.find((c) => c.type === 'expression');
      return inner === undefined ? this.other(node) : this.read(inner);
    }
    if (first.type === 'variable_expr') return this.traversal(node, first, rest);
    if (rest.length > 0) return this.other(node, `${first.type}+${rest[0].type}`);
    return this.primary(first, node);
  }

  private traversal(node: Node, root: Node, rest: Node[]): HclExpr {
    const steps: HclTraversalStep[] = [];
    for (const step of rest) steps.push(...this.steps(step));
    return { kind: 'traversal', root: root.text, steps, ...this.base(node) };
  }

  private steps(node: Node): HclTraversalStep[] {
    if (node.type === 'get_attr') return [{ attr: node.namedChildren[0]?.text ?? '' }];
    if (node.type === 'splat') return [{ splat: true }];
    if (node.type === 'index') {
      const inner = node.namedChildren[0];
      if (inner?.type === 'legacy_index') {
        const digits = inner.text.replace(/^\./, '');
        return [{ index: { kind: 'literal', value: Number(digits), ...this.base(inner) } }];
      }
      const expr = inner?.namedChildren.find((c) => c?.type === 'expression');
      return expr ? [{ index: this.read(expr) }] : [{ splat: true }];
    }
    return [];
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
        return this.operation(node, whole);
      default:
        return this.other(whole, node.type);
    }
  }

  private literal(node: Node, whole: Node): HclExpr {
    const base = this.base(whole);
    switch (node.type) {
      case 'numeric_lit':
        return { kind: 'literal', value: Number(node.text), ...base };
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
    return { kind: 'call', name, args, ...this.base(whole) };
  }

  /** Only `-<number>` is a literal; other operations are left to the evaluator (unknown for now). */
  private operation(node: Node, whole: Node): HclExpr {
    const unary = node.namedChildren[0];
    const operand = unary?.type === 'unary_operation' ? unary.namedChildren[0] : undefined;
    const isMinus = unary?.children[0]?.type === '-';
    if (isMinus && operand?.type === 'literal_value' && operand.namedChildren[0]?.type === 'numeric_lit') {
      return { kind: 'literal', value: -Number(operand.text), ...this.base(whole) };
    }
    return this.other(whole, unary?.type ?? node.type);
  }
}
