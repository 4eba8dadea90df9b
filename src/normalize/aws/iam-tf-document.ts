import { isUnknown, unknownValue, type UnknownValue } from '../../model/unknown.js';
import type { HclBlock, HclExpr } from '../../parsers/terraform/index.js';
import { evaluate, jsonStructureOf, maskSensitive, type EvalScope } from '../../resolve/terraform/evaluate.js';
import { Fields } from '../../resolve/terraform/fields.js';
import type { ResourceInstance } from '../../resolve/terraform/module.js';
import { policyDocument } from './policy-document.js';

type Document = Record<string, unknown> | UnknownValue | null;

/** Attributes of `aws_iam_policy_document` that pull in other documents we do not merge. */
const MERGED = ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json'];

/**
 * Reads a policy attribute of a Terraform IAM resource: a JSON string, `jsonencode({…})` (its
 * structure is kept when part of it is unknown, so one unknown ARN does not hide a `"*"`
 * action), or `data.aws_iam_policy_document.<name>.json`, rebuilt from the data block.
 */
export function terraformDocument(expr: HclExpr | undefined, instance: ResourceInstance, dataBlocks: ReadonlyMap<string, HclBlock>): Document {
  if (expr === undefined) return null;
  const dataName = policyDocumentReference(expr);
  if (dataName !== undefined) {
    const block = dataBlocks.get(dataName);
    return block ? dataSourceDocument(block, { ...instance.scope, bindings: {} }) : unknownValue(`data.aws_iam_policy_document.${dataName} is not in this module's IAM files`);
  }
  const value = evaluate(expr, instance.scope);
  if (isUnknown(value)) {
    const structure = jsonStructureOf(value);
    if (structure !== null && typeof structure === 'object' && !Array.isArray(structure)) return maskSensitive(structure) as Record<string, unknown>;
  }
  return policyDocument(maskSensitive(value));
}

/** `data.aws_iam_policy_document.<name>.json` (alone or as the only part of a template) → name. */
function policyDocumentReference(expr: HclExpr): string | undefined {
  if (expr.kind === 'template' && expr.parts.length === 1) return policyDocumentReference(expr.parts[0]);
  if (expr.kind !== 'traversal' || expr.root !== 'data' || expr.steps.length !== 3) return undefined;
  const [type, name, attr] = expr.steps.map((s) => ('attr' in s ? s.attr : undefined));
  return type === 'aws_iam_policy_document' && attr === 'json' ? name : undefined;
}

/** Every `data "aws_iam_policy_document"` block in the files of the given instances, by name. */
export function policyDocumentBlocks(instances: ResourceInstance[]): Map<string, HclBlock> {
  const out = new Map<string, HclBlock>();
  for (const doc of new Set(instances.map((i) => i.doc))) {
    for (const block of doc.value.body.blocks) {
      if (block.type === 'data' && block.labels[0] === 'aws_iam_policy_document' && block.labels[1] !== undefined) out.set(block.labels[1], block);
    }
  }
  return out;
}

/** The JSON the data source renders, or unknown where we cannot tell what it renders. */
function dataSourceDocument(block: HclBlock, scope: EvalScope): Document {
  const body = block.body;
  if (body.attributes.count !== undefined || body.attributes.for_each !== undefined) return unknownValue('the policy document data source has count or for_each');
  if (MERGED.some((name) => body.attributes[name] !== undefined)) return unknownValue('the policy document merges other documents');
  for (const dynamic of body.blocks.filter((b) => b.type === 'dynamic')) {
    const forEach = dynamic.body.attributes.for_each;
    if (forEach === undefined || isUnknown(evaluate(forEach.expr, scope))) return unknownValue('a dynamic statement block has an unknown for_each');
  }
  const fields = Fields.fromBody(body, scope, block.range);
  const statements = fields.blocks('statement').map(renderStatement);
  return { Version: fields.get('version')?.value ?? '2012-10-17', Statement: statements };
}

const LISTS: [string, string][] = [
  ['actions', 'Action'],
  ['not_actions', 'NotAction'],
  ['resources', 'Resource'],
  ['not_resources', 'NotResource'],
];

/** One `statement {}` block as the provider renders it (effect defaults to Allow). */
function renderStatement(statement: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = { Effect: statement.get('effect')?.value ?? 'Allow' };
  const sid = statement.get('sid')?.value;
  if (sid !== undefined && sid !== null) out.Sid = sid;
  for (const [attr, key] of LISTS) {
    const value = statement.get(attr)?.value;
    if (value !== undefined && value !== null) out[key] = value;
  }
  for (const [block, key] of [['principals', 'Principal'], ['not_principals', 'NotPrincipal']] as const) {
    const items = statement.blocks(block);
    if (items.length > 0) out[key] = renderPrincipals(items);
  }
  const conditions = statement.blocks('condition');
  if (conditions.length > 0) out.Condition = renderConditions(conditions);
  return out;
}

/** `principals { type = "AWS", identifiers = [...] }` blocks → `{AWS: [...]}`; type "*" → "*". */
function renderPrincipals(blocks: Fields[]): unknown {
  const out: Record<string, unknown> = {};
  for (const block of blocks) {
    const type = block.get('type')?.value;
    const identifiers = block.get('identifiers')?.value;
    if (typeof type !== 'string') return unknownValue('a principal type is unknown');
    if (type === '*') return '*';
    const known = out[type];
    out[type] = Array.isArray(known) && Array.isArray(identifiers) ? [...(known as unknown[]), ...(identifiers as unknown[])] : identifiers;
  }
  return out;
}

/** `condition { test, variable, values }` blocks → `{test: {variable: values}}`. */
function renderConditions(blocks: Fields[]): unknown {
  const out: Record<string, Record<string, unknown>> = {};
  for (const block of blocks) {
    const test = block.get('test')?.value;
    const variable = block.get('variable')?.value;
    if (typeof test !== 'string' || typeof variable !== 'string') return unknownValue('a condition is not fully known');
    out[test] = { ...(out[test] ?? {}), [variable]: block.get('values')?.value ?? null };
  }
  return out;
}
