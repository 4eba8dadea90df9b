import { isDeepStrictEqual } from 'node:util';
import { isUnknown, unknownValue, type UnknownValue } from '../../model/unknown.js';
import { containsUnknown, FUNCTIONS, isPrimitive } from './functions.js';

/** `Ref: AWS::NoValue`: the property is removed, as CloudFormation does. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

/** A condition's value: true, false, or unknown when it depends on a value the scan cannot know. */
export type ConditionValue = boolean | UnknownValue;

/** What intrinsic resolution can see of the template and of the stack's configuration. */
export interface TemplateContext {
  parameters: Record<string, Record<string, unknown>>;
  mappings: Record<string, unknown>;
  resourceIds: ReadonlySet<string>;
  /** Parameter values given for the stack (a `--cfn-params` file); they win over `Default`. */
  parameterValues?: Readonly<Record<string, string | UnknownValue>>;
  /** Configured pseudo parameters (`AWS::Region` → `eu-west-1`); the others are unknown. */
  pseudoParameters?: Readonly<Record<string, string>>;
  /** The template's Conditions, evaluated (see conditions.ts). */
  conditions?: ReadonlyMap<string, ConditionValue>;
}

type Handler = (arg: unknown, ctx: TemplateContext) => unknown;

/** Intrinsics that read the context; the pure ones are in functions.ts. */
const HANDLERS: Record<string, Handler> = {
  Ref: resolveRef,
  'Fn::Sub': resolveSub,
  'Fn::If': resolveIf,
  'Fn::FindInMap': resolveFindInMap,
};

/**
 * Resolves the intrinsics whose value the template and the given parameters decide; everything
 * else (`Fn::GetAtt`, `Fn::ImportValue`, a Ref to a resource, an `Fn::If` on an unknown condition
 * whose branches differ) becomes an UnknownValue, never a guess. Returns NO_VALUE for
 * `Ref: AWS::NoValue` (or an `Fn::If` branch that is it).
 */
export function resolveValue(value: unknown, ctx: TemplateContext): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, ctx)).filter((item) => item !== NO_VALUE);
  if (value === null || typeof value !== 'object' || isUnknown(value)) return value;
  const keys = Object.keys(value);
  const fn = keys.length === 1 ? keys[0] : undefined;
  if (fn && (fn === 'Ref' || fn.startsWith('Fn::'))) {
    const arg = (value as Record<string, unknown>)[fn];
    if (HANDLERS[fn]) return HANDLERS[fn](arg, ctx);
    if (FUNCTIONS[fn]) return FUNCTIONS[fn](arg, (inner) => resolveValue(inner, ctx));
    return unknownValue(`${fn} is not evaluated`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolveValue(item, ctx);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}

export function resolveRef(arg: unknown, ctx: TemplateContext): unknown {
  if (arg === 'AWS::NoValue') return NO_VALUE;
  if (typeof arg !== 'string') return unknownValue('Ref with a non-string argument');
  const parameter = ctx.parameters[arg];
  if (parameter) return parameterValue(arg, parameter, ctx);
  if (ctx.resourceIds.has(arg)) return unknownValue(`Ref to resource ${arg}`);
  if (arg.startsWith('AWS::')) return ctx.pseudoParameters?.[arg] ?? unknownValue(`pseudo parameter ${arg}`);
  return unknownValue(`Ref to undeclared ${arg}`);
}

function parameterValue(name: string, parameter: Record<string, unknown>, ctx: TemplateContext): unknown {
  const given = ctx.parameterValues?.[name];
  if (given === undefined && !('Default' in parameter)) return unknownValue(`parameter ${name} has no value and no Default`);
  if (isUnknown(given)) return given;
  const value = given ?? parameter.Default;
  const type = typeof parameter.Type === 'string' ? parameter.Type : '';
  // List parameters are written as one comma-separated string and read as a list.
  if ((type.startsWith('List<') || type === 'CommaDelimitedList') && typeof value === 'string') {
    return value.split(',').map((item) => item.trim());
  }
  return value;
}

function resolveSub(arg: unknown, ctx: TemplateContext): unknown {
  const [template, vars] = Array.isArray(arg) ? arg : [arg, {}];
  if (typeof template !== 'string') return unknownValue('Fn::Sub with a non-string template');
  const variables = vars !== null && typeof vars === 'object' ? (vars as Record<string, unknown>) : {};
  let missing: string | undefined;
  // a name holds neither brace: an unclosed `${` costs a scan to the next brace, not to the end (linear)
  const text = template.replace(/\$\{([^{}]*)\}/g, (whole, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`;
    const value = name in variables ? resolveValue(variables[name], ctx) : resolveRef(name.trim(), ctx);
    if (isPrimitive(value)) return String(value);
    missing ??= name;
    return whole;
  });
  return missing === undefined ? text : unknownValue(`Fn::Sub references ${missing}`);
}

/**
 * The branch of a known condition. On an unknown condition the value is unknown, unless both
 * branches resolve to the same value (then the condition does not matter).
 */
function resolveIf(arg: unknown, ctx: TemplateContext): unknown {
  if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return unknownValue('malformed Fn::If');
  const condition = ctx.conditions?.get(arg[0]) ?? unknownValue(`condition ${arg[0]} is not declared`);
  if (condition === true) return resolveValue(arg[1], ctx);
  if (condition === false) return resolveValue(arg[2], ctx);
  const [whenTrue, whenFalse] = [resolveValue(arg[1], ctx), resolveValue(arg[2], ctx)];
  if (isDeepStrictEqual(whenTrue, whenFalse) && !containsUnknown(whenTrue)) return whenTrue;
  return unknownValue(`Fn::If on condition ${arg[0]}, which is unknown (${condition.reason ?? 'not evaluated'})`);
}

/**
 * `[MapName, TopKey, SecondKey]`, and with AWS::LanguageExtensions a fourth argument
 * `{DefaultValue: x}` used when the keys are known but the entry is missing. With an unknown
 * key the value is unknown even with a default: the entry might exist.
 */
function resolveFindInMap(arg: unknown, ctx: TemplateContext): unknown {
  if (!Array.isArray(arg) || arg.length < 3 || arg.length > 4) return unknownValue('malformed Fn::FindInMap');
  const keys = arg.slice(0, 3).map((key) => resolveValue(key, ctx));
  if (!keys.every((key): key is string | number => typeof key === 'string' || typeof key === 'number')) {
    return keys.find(isUnknown) ?? unknownValue('Fn::FindInMap with an unresolved key');
  }
  let current: unknown = ctx.mappings;
  for (const key of keys) {
    current = current !== null && typeof current === 'object' && Object.hasOwn(current, String(key)) ? (current as Record<string, unknown>)[String(key)] : undefined;
  }
  if (current !== undefined) return resolveValue(current, ctx);
  const options = arg[3] !== null && typeof arg[3] === 'object' ? (arg[3] as Record<string, unknown>) : undefined;
  if (options && 'DefaultValue' in options) return resolveValue(options.DefaultValue, ctx);
  return unknownValue(`no mapping ${keys.join('.')}`);
}
