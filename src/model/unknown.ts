/**
 * A value the scanner could not resolve (a variable without a value, a data source, a computed
 * attribute, a CloudFormation Ref to a resource). It is sent to the policy as this object, so a
 * rule comparing it with `false` or a CIDR string never matches: unknown is not false.
 */
export interface UnknownValue {
  $unknown: true;
  /** Why it is unknown, for reports (`var.bucket_name has no value`). Never a secret value. */
  reason?: string;
}

export const UNKNOWN_KEY = '$unknown';

export function unknownValue(reason?: string): UnknownValue {
  return reason === undefined ? { $unknown: true } : { $unknown: true, reason };
}

export function isUnknown(value: unknown): value is UnknownValue {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[UNKNOWN_KEY] === true;
}
