import { isUnknown, unknownValue, type UnknownValue } from '../../model/unknown.js';
import { cidrSubnets } from './cidr.js';

/** Resolves an argument in the caller's template context. */
export type Resolve = (value: unknown) => unknown;
type PureFunction = (arg: unknown, resolve: Resolve) => unknown;

/**
 * Intrinsics whose result depends only on their (resolved) arguments. Each returns an
 * UnknownValue when an argument is unknown or malformed: CloudFormation would fail the stack
 * on a malformed call, and the scanner must not guess what was meant.
 */
export const FUNCTIONS: Record<string, PureFunction> = {
  'Fn::Join': join,
  'Fn::Select': select,
  'Fn::Split': split,
  'Fn::Base64': base64,
  'Fn::Cidr': cidr,
  'Fn::Length': length,
  'Fn::ToJsonString': toJsonString,
  // The zones of a region depend on the account (and on the region, itself a pseudo parameter).
  'Fn::GetAZs': () => unknownValue('Fn::GetAZs depends on the account and region'),
  'Fn::ImportValue': () => unknownValue('Fn::ImportValue reads another stack'),
  'Fn::GetAtt': (arg) => unknownValue(`Fn::GetAtt ${Array.isArray(arg) ? arg.join('.') : String(arg)} is only known after deployment`),
};

export function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function pair(arg: unknown, resolve: Resolve): [unknown, unknown] | undefined {
  return Array.isArray(arg) && arg.length === 2 ? [resolve(arg[0]), resolve(arg[1])] : undefined;
}

function join(arg: unknown, resolve: Resolve): unknown {
  const args = pair(arg, resolve);
  if (!args) return unknownValue('malformed Fn::Join');
  const [delimiter, list] = args;
  if (typeof delimiter !== 'string' || !Array.isArray(list)) return unknownValue('Fn::Join over an unresolved list');
  if (!list.every(isPrimitive)) return unknownValue('Fn::Join with an unresolved item');
  return list.map(String).join(delimiter);
}

/** An argument that is itself unknown makes the result unknown for the same reason. */
function unknownArgument(...args: unknown[]): UnknownValue | undefined {
  return args.find(isUnknown);
}

/**
 * The item at a known index of a known list; the item may itself be unknown (one unknown
 * zone does not hide the others). An index CloudFormation rejects (out of range, not a whole
 * number, `""`) is unknown: the stack would fail, so there is nothing to check.
 */
function select(arg: unknown, resolve: Resolve): unknown {
  const args = pair(arg, resolve);
  if (!args) return unknownValue('malformed Fn::Select');
  const unknown = unknownArgument(...args);
  if (unknown) return unknown;
  const [written, list] = args;
  const index = typeof written === 'number' ? written : typeof written === 'string' && /^\d+$/.test(written.trim()) ? Number(written) : NaN;
  if (!Array.isArray(list)) return unknownValue('Fn::Select over a value that is not a list');
  if (!Number.isInteger(index) || index < 0 || index >= list.length) return unknownValue(`Fn::Select index ${String(written)} is out of range`);
  return list[index];
}

function split(arg: unknown, resolve: Resolve): unknown {
  const args = pair(arg, resolve);
  if (!args) return unknownValue('malformed Fn::Split');
  const unknown = unknownArgument(...args);
  if (unknown) return unknown;
  const [delimiter, source] = args;
  if (typeof delimiter !== 'string' || delimiter === '' || !isPrimitive(source)) return unknownValue('malformed Fn::Split');
  return String(source).split(delimiter);
}

function base64(arg: unknown, resolve: Resolve): unknown {
  const value = resolve(arg);
  if (typeof value !== 'string') return isUnknown(value) ? value : unknownValue('Fn::Base64 of a non-string');
  return Buffer.from(value, 'utf8').toString('base64');
}

/** `Fn::Cidr [ipBlock, count, cidrBits]`: `count` subnets with `cidrBits` host bits each. */
function cidr(arg: unknown, resolve: Resolve): unknown {
  if (!Array.isArray(arg) || arg.length !== 3) return unknownValue('malformed Fn::Cidr');
  const [block, count, bits] = arg.map(resolve);
  if (typeof block !== 'string' || !isPrimitive(count) || !isPrimitive(bits)) return unknownValue('Fn::Cidr of an unresolved block');
  return cidrSubnets(block, Number(count), Number(bits)) ?? unknownValue(`Fn::Cidr cannot split ${block}`);
}

/** `Fn::Length` (AWS::LanguageExtensions): the number of items of a resolved list. */
function length(arg: unknown, resolve: Resolve): unknown {
  const list = resolve(arg);
  if (isUnknown(list)) return list;
  return Array.isArray(list) ? list.length : unknownValue('Fn::Length of a value that is not a list');
}

/**
 * `Fn::ToJsonString` (AWS::LanguageExtensions): the resolved object or list as compact JSON,
 * as the transform writes it. Unknown when any value inside is: the string would differ.
 */
function toJsonString(arg: unknown, resolve: Resolve): unknown {
  const value = resolve(arg);
  if (value === null || typeof value !== 'object') return unknownValue('Fn::ToJsonString of a value that is not an object or a list');
  if (containsUnknown(value)) return unknownValue('Fn::ToJsonString of a value with unknown parts');
  return JSON.stringify(value);
}

export function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  return value !== null && typeof value === 'object' && Object.values(value).some(containsUnknown);
}
