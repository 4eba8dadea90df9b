import type { SourceRange } from '../../model/index.js';

/**
 * The value of a parsed Terraform file (`.tf`, `.tf.json`, `.tfvars`): blocks and attributes with
 * their expressions kept as structure, never pre-evaluated, so the normaliser decides what is
 * known. Every node carries its own range (1-based lines and columns, UTF-16 columns, end
 * column exclusive as in SARIF).
 *
 * Paths for `locate` are logical: `[blockType, ...labels]` for a top-level block
 * (`['resource', 'aws_s3_bucket', 'b']`), then `[nestedBlockType, index]` for nested blocks, an
 * attribute name, then object keys and tuple indices inside the attribute's expression:
 * `['resource', 'aws_security_group', 'sg', 'ingress', 0, 'cidr_blocks', 1]`.
 */
export interface HclFile {
  body: HclBody;
}

export interface HclBody {
  /** First definition of each name; a duplicate is a PARSE_DUPLICATE_KEY diagnostic. */
  attributes: Record<string, HclAttribute>;
  blocks: HclBlock[];
  range: SourceRange;
}

export interface HclAttribute {
  name: string;
  expr: HclExpr;
  /** The whole `name = value` line(s): where a finding on this attribute points. */
  range: SourceRange;
}

export interface HclBlock {
  type: string;
  labels: string[];
  body: HclBody;
  range: SourceRange;
}

interface ExprBase {
  range: SourceRange;
  /** The expression as written (for `.tf.json`, the JSON string's value). */
  text: string;
}

export type HclLiteralValue = string | number | boolean | null;

export interface HclLiteral extends ExprBase {
  kind: 'literal';
  value: HclLiteralValue;
}

/** A string with interpolations: literal parts are `HclLiteral` strings, `${…}` parts any expression. */
export interface HclTemplate extends ExprBase {
  kind: 'template';
  parts: HclExpr[];
}

export type HclTraversalStep = { attr: string } | { index: HclExpr } | { splat: true };

/** `var.x`, `local.y[0]`, `aws_s3_bucket.b.id`, `each.value.cidr`: a root name plus steps. */
export interface HclTraversal extends ExprBase {
  kind: 'traversal';
  root: string;
  steps: HclTraversalStep[];
}

export interface HclTuple extends ExprBase {
  kind: 'tuple';
  items: HclExpr[];
}

export interface HclObjectItem {
  /** A bare identifier key is a literal string, as in HCL; `(expr)` keys stay expressions. */
  key: HclExpr;
  value: HclExpr;
  range: SourceRange;
}

export interface HclObject extends ExprBase {
  kind: 'object';
  items: HclObjectItem[];
}

export interface HclCall extends ExprBase {
  kind: 'call';
  name: string;
  args: HclExpr[];
}

/** Anything not modelled yet (conditional, for, operation, splat on a call, directive): its CST type. */
export interface HclOther extends ExprBase {
  kind: 'other';
  nodeType: string;
}

export type HclExpr = HclLiteral | HclTemplate | HclTraversal | HclTuple | HclObject | HclCall | HclOther;
