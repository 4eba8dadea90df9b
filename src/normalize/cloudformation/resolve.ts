import { isUnknown, unknownValue } from '../../model/unknown.js';

/** `Ref: AWS::NoValue`: the property is removed, as CloudFormation does. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

/** What intrinsic resolution can see of the template. */
export interface TemplateContext {
  parameters: Record<string, Record<string, unknown>>;
  mappings: Record<string, unknown>;
  resourceIds: ReadonlySet<string>;
}

type Handler = (arg: unknown, ctx: TemplateContext) => unknown;

const HANDLERS: Record<string, Handler> = {
  Ref: resolveRef,
  'Fn::Sub': resolveSub,
  'Fn::Join': resolveJoin,
  'Fn::Select': resolveSelect,
  'Fn::FindInMap': resolveFindInMap,
};

/**
 * Resolves the intrinsics whose value the template alone decides (parameter defaults, mappings,
 * literal joins); everything else (`Fn::If`, `Fn::GetAtt`, `Fn::ImportValue`, a Ref to a
 * resource) becomes an UnknownValue, never a guess. Returns NO_VALUE for `Ref: AWS::NoValue`.
 */
export function resolveValue(value: unknown, ctx: TemplateContext): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, ctx)).filter((item) => item !== NO_VALUE);
  if (value === null || typeof value !== 'object' || isUnknown(value)) return value;
  const keys = Object.keys(value);
  const fn = keys.length === 1 ? keys[0] : undefined;
  if (fn && (fn === 'Ref' || fn.startsWith('Fn::'))) {
    const arg = (value as Record<string, unknown>)[fn];
    const handler = HANDLERS[fn];
    return handler ? handler(arg, ctx) : unknownValue(`${fn} is not evaluated`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolveValue(item, ctx);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}

function resolveRef(arg: unknown, ctx: TemplateContext): unknown {
  if (arg === 'AWS::NoValue') return NO_VALUE;
  if (typeof arg !== 'string') return unknownValue('Ref with a non-string argument');
  const parameter = ctx.parameters[arg];
  if (parameter) {
    if (!('Default' in parameter)) return unknownValue(`parameter ${arg} has no Default`);
    const type = typeof parameter.Type === 'string' ? parameter.Type : '';
    const value = parameter.Default;
    // List parameters are written as one comma-separated string and read as a list.
    if ((type.startsWith('List<') || type === 'CommaDelimitedList') && typeof value === 'string') {
      return value.split(',').map((item) => item.trim());
    }
    return value;
  }
  if (ctx.resourceIds.has(arg)) return unknownValue(`Ref to resource ${arg}`);
  if (arg.startsWith('AWS::')) return unknownValue(`pseudo parameter ${arg}`);
  return unknownValue(`Ref to undeclared ${arg}`);
}

function resolveSub(arg: unknown, ctx: TemplateContext): unknown {
  const [template, vars] = Array.isArray(arg) ? arg : [arg, {}];
  if (typeof template !== 'string') return unknownValue('Fn::Sub with a non-string template');
  const variables = vars !== null && typeof vars === 'object' ? (vars as Record<string, unknown>) : {};
  let missing: string | undefined;
  const text = template.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`;
    const value = name in variables ? resolveValue(variables[name], ctx) : resolveRef(name, ctx);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    missing ??= name;
    return whole;
  });
  return missing === undefined ? text : unknownValue(`Fn::Sub references ${missing}`);
}

function resolveJoin(arg: unknown, ctx: TemplateContext): unknown {
  if (!Array.isArray(arg) || arg.length !== 2) return unknownValue('malformed Fn::Join');
  const [delimiter, list] = [resolveValue(arg[0], ctx), resolveValue(arg[1], ctx)];
  if (typeof delimiter !== 'string' || !Array.isArray(list)) return unknownValue('Fn::Join over an unresolved list');
  if (!list.every(isPrimitive)) return unknownValue('Fn::Join with an unresolved item');
  return list.map(String).join(delimiter);
}

function resolveSelect(arg: unknown, ctx: TemplateContext): unknown {
  if (!Array.isArray(arg) || arg.length !== 2) return unknownValue('malformed Fn::Select');
  const [index, list] = [Number(resolveValue(arg[0], ctx)), resolveValue(arg[1], ctx)];
  if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length) {
    return unknownValue('Fn::Select over an unresolved list');
  }
  return list[index];
}

function resolveFindInMap(arg: unknown, ctx: TemplateContext): unknown {
  if (!Array.isArray(arg) || arg.length < 3) return unknownValue('malformed Fn::FindInMap');
  const keys = arg.slice(0, 3).map((key) => resolveValue(key, ctx));
  if (!keys.every((key): key is string | number => typeof key === 'string' || typeof key === 'number')) {
    return unknownValue('Fn::FindInMap with an unresolved key');
  }
  let current: unknown = ctx.mappings;
  for (const key of keys) {
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[String(key)] : undefined;
  }
  return current === undefined ? unknownValue(`no mapping ${keys.join('.')}`) : resolveValue(current, ctx);
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

