import { createHash } from 'node:crypto';
import type { AttributePath } from '../model/index.js';
import { pathKey } from '../model/index.js';

/**
 * Identity of a finding across commits: check, scope, resource and attribute, never the line, so that
 * edits elsewhere in the file neither churn baselines nor reopen code-scanning alerts.
 */
export function fingerprintOf(checkId: string, scope: string, resourceId: string, attributePath: AttributePath): string {
  const identity = [checkId, scope, resourceId, pathKey(attributePath)].join('\u0000');
  return createHash('sha256').update(identity).digest('hex');
}
