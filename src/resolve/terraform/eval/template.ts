import type { HclExpr, HclTemplateFor, HclTemplateIf } from '../../../parsers/terraform/index.js';
import { asBool, asString } from './convert.js';
import { iterate, loopBindings } from './for-expr.js';
import type { EvalScope } from './scope.js';
import { withBindings } from './scope.js';
import { derived, isUnknown, sensitive, failure, unmark } from './values.js';

type Evaluate = (expr: HclExpr, scope: EvalScope) => unknown;

/** Renders parts to a string; returns an unknown as soon as one part is unknown. */
function render(parts: HclExpr[], scope: EvalScope, evaluate: Evaluate, marks: { sensitive: boolean }): unknown {
  let out = '';
  for (const part of parts) {
    const piece =
      part.kind === 'template-if' ? renderIf(part, scope, evaluate, marks) : part.kind === 'template-for' ? renderFor(part, scope, evaluate, marks) : evaluate(part, scope);
    const { value, sensitive: marked } = unmark(piece);
    marks.sensitive ||= marked;
    const text = value === null ? failure(`${part.text}: null cannot be interpolated`) : asString(value, `\${${part.text}}`);
    if (typeof text !== 'string') return text;
    scope.budget?.charge('characters', text.length, 'this template', part);
    out += text;
  }
  return out;
}

function renderIf(part: HclTemplateIf, scope: EvalScope, evaluate: Evaluate, marks: { sensitive: boolean }): unknown {
  const { value, sensitive: marked } = unmark(evaluate(part.condition, scope));
  marks.sensitive ||= marked;
  const condition = asBool(value, '%{if} condition');
  if (isUnknown(condition)) return condition;
  return render(condition === true ? part.then : part.else, scope, evaluate, marks);
}

function renderFor(part: HclTemplateFor, scope: EvalScope, evaluate: Evaluate, marks: { sensitive: boolean }): unknown {
  const pairs = iterate(evaluate(part.collection, scope), part.text);
  if (!Array.isArray(pairs)) return pairs;
  let out = '';
  for (const [k, v] of pairs) {
    const text = render(part.body, withBindings(scope, loopBindings(part.keyVar, part.valueVar, k, v)), evaluate, marks);
    if (typeof text !== 'string') return text;
    scope.budget?.charge('characters', text.length, 'this template', part);
    out += text;
  }
  return out;
}

/** A template that is exactly one interpolation yields the value itself (HCL), anything else a string. */
export function evaluateTemplate(parts: HclExpr[], scope: EvalScope, evaluate: Evaluate): unknown {
  const [only] = parts;
  if (parts.length === 1 && only.kind !== 'literal' && only.kind !== 'template-if' && only.kind !== 'template-for') return evaluate(only, scope);
  const marks = { sensitive: false };
  const result = derived(render(parts, scope, evaluate, marks));
  return marks.sensitive ? sensitive(result) : result;
}
