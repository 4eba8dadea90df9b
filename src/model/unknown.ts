/**
 * A value the scanner could not resolve (a variable without a value, a data source, a computed
 * attribute, a CloudFormation Ref to a resource). It is sent to the policy as this object, so a
 * rule comparing it with `false` or a CIDR string never matches: unknown is not false.
 */
export interface UnknownValue {
  $unknown: true;
  /** Why it is unknown, for reports (`var.bucket_name has no value`). Never a secret value. */
  reason?: string;
  /**
   * Which values it is (not one computed from them): full references such as
   * `module.raw.aws_s3_bucket.this[0].id`, so a sub-resource can find its parent when the parent's
   * name is only known after apply. Several when it is one of them (a conditional on an unknown
   * condition). Absent when it is derived from a value (a template, an operator, a function).
   */
  origin?: string[];
}

export const UNKNOWN_KEY = '$unknown';

export function unknownValue(reason?: string, origin?: readonly string[]): UnknownValue {
  const value: UnknownValue = reason === undefined ? { $unknown: true } : { $unknown: true, reason };
  if (origin !== undefined && origin.length > 0) value.origin = [...origin];
  return value;
}

export function isUnknown(value: unknown): value is UnknownValue {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[UNKNOWN_KEY] === true;
}
