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

/**
 * A splat carries the steps it applies to each element: `[*]` takes every later attribute and
 * index step, legacy `.*` only the attribute steps (an index after it applies to the result).
 */
export type HclTraversalStep = { attr: string } | { index: HclExpr } | { splat: 'full' | 'attr'; steps: HclTraversalStep[] };

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
  /** `f(a, list...)`: the last argument's elements are passed as separate arguments. */
  expandLast?: boolean;
}

/** Steps applied to any other expression: `f(x)[0]`, `[a, b][*].id`, `(local.m).k`. */
export interface HclAccess extends ExprBase {
  kind: 'access';
  target: HclExpr;
  steps: HclTraversalStep[];
}

export interface HclConditional extends ExprBase {
  kind: 'conditional';
  condition: HclExpr;
  then: HclExpr;
  else: HclExpr;
}

export type HclBinaryOperator = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

export interface HclBinary extends ExprBase {
  kind: 'binary';
  operator: HclBinaryOperator;
  left: HclExpr;
  right: HclExpr;
}

export interface HclUnary extends ExprBase {
  kind: 'unary';
  operator: '-' | '!';
  operand: HclExpr;
}

/** `[for k, v in c : v if cond]` and `{for k, v in c : k => v... if cond}`. */
export interface HclFor extends ExprBase {
  kind: 'for';
  keyVar?: string;
  valueVar: string;
  collection: HclExpr;
  /** Present for the object form only. */
  key?: HclExpr;
  value: HclExpr;
  condition?: HclExpr;
  /** `...` after the value: values with the same key are grouped into a list. */
  grouping: boolean;
}

/** `%{ if c }…%{ else }…%{ endif }` inside a template; only ever a template part. */
export interface HclTemplateIf extends ExprBase {
  kind: 'template-if';
  condition: HclExpr;
  then: HclExpr[];
  else: HclExpr[];
}

/** `%{ for k, v in c }…%{ endfor }` inside a template; only ever a template part. */
export interface HclTemplateFor extends ExprBase {
  kind: 'template-for';
  keyVar?: string;
  valueVar: string;
  collection: HclExpr;
  body: HclExpr[];
}

/** Anything not modelled (a syntax error, an unexpected node): its CST type. Evaluates to unknown. */
export interface HclOther extends ExprBase {
  kind: 'other';
  nodeType: string;
}

export type HclExpr =
  | HclLiteral
  | HclTemplate
  | HclTraversal
  | HclTuple
  | HclObject
  | HclCall
  | HclAccess
  | HclConditional
  | HclBinary
  | HclUnary
  | HclFor
  | HclTemplateIf
  | HclTemplateFor
  | HclOther;
