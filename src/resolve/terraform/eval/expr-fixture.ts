import type { HclExpr } from '../../../parsers/terraform/index.js';
import { parseTerraform } from '../../../parsers/terraform/index.js';
import { evaluate } from './evaluate.js';
import { EMPTY_SCOPE, type EvalScope } from './scope.js';

// Test support only: evaluates `text` as the value of an attribute.

export async function parseExpr(text: string): Promise<HclExpr> {
  const doc = await parseTerraform({ absolutePath: '/x/t.tf', path: 't.tf', format: 'terraform' }, `x = ${text}\n`);
  if (doc.diagnostics.length > 0) throw new Error(`syntax error in ${text}: ${doc.diagnostics[0].message}`);
  return doc.value.body.attributes.x.expr;
}

export async function evalExpr(text: string, scope: Partial<EvalScope> = {}): Promise<unknown> {
  return evaluate(await parseExpr(text), { ...EMPTY_SCOPE, ...scope });
}

export const vars = (values: Record<string, unknown>): Partial<EvalScope> => ({ vars: new Map(Object.entries(values)) });
