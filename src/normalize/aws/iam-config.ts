import { isUnknown, unknownValue } from '../../model/unknown.js';
import { policyDocument } from './policy-document.js';

/**
 * AWS Config's IAM items: documents are URL-encoded JSON strings (`policyDocument`,
 * `assumeRolePolicyDocument`, `policyVersionList[].document`). What Config did not record stays
 * unknown.
 */
const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !isUnknown(value) ? (value as Record<string, unknown>) : undefined;

export function configDocument(value: unknown): unknown {
  if (isUnknown(value)) return value;
  return policyDocument(value) ?? unknownValue('AWS Config recorded no policy document');
}

/** `rolePolicyList` / `userPolicyList` / `groupPolicyList` → inline policies. */
export function configInlinePolicies(value: unknown): unknown {
  if (isUnknown(value)) return value;
  if (!Array.isArray(value)) return unknownValue('the policy list is not a list');
  return value.map((item) => {
    const policy = record(item);
    return { name: policy?.policyName ?? null, document: configDocument(policy?.policyDocument) };
  });
}

/** `attachedManagedPolicies[].policyArn`. */
export function configManagedArns(value: unknown): unknown {
  if (isUnknown(value)) return value;
  if (!Array.isArray(value)) return unknownValue('attachedManagedPolicies is not a list');
  return value.map((item) => record(item)?.policyArn ?? unknownValue('an attached policy without policyArn'));
}

/** The `document` of the `policyVersionList` entry marked `isDefaultVersion`. */
export function configDefaultVersion(value: unknown): unknown {
  if (isUnknown(value)) return value;
  const versions = Array.isArray(value) ? value.map(record) : [];
  const current = versions.find((v) => v?.isDefaultVersion === true || v?.isDefaultVersion === 'true');
  return current ? configDocument(current.document) : unknownValue('AWS Config recorded no default policy version');
}
