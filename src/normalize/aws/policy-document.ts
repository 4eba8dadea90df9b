import { isUnknown, unknownValue, type UnknownValue } from '../../model/unknown.js';

/**
 * An IAM policy document as the sources write it: Terraform gives a JSON string (`jsonencode(…)`
 * or a heredoc), CloudFormation an object (or a JSON string), AWS Config a URL-encoded JSON
 * string for IAM policies. Returns the parsed document, null when none is written, or unknown
 * when it cannot be read (an unknown value, text that is not JSON).
 */
export function policyDocument(value: unknown): Record<string, unknown> | UnknownValue | null {
  if (value === undefined || value === null || value === '') return null;
  if (isUnknown(value)) return value;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  if (typeof value !== 'string') return unknownValue('policy is not a JSON document');
  for (const text of [value, safeDecodeUri(value)]) {
    if (text === undefined) continue;
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // try the next reading
    }
  }
  return unknownValue('policy is not valid JSON');
}

function safeDecodeUri(text: string): string | undefined {
  try {
    const decoded = decodeURIComponent(text);
    return decoded === text ? undefined : decoded;
  } catch {
    return undefined;
  }
}
