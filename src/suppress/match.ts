import { peerCoverage, type PeerCoverage } from '../catalog/peer-groups.js';
import type { Directive, SuppressionInput } from './types.js';

/**
 * How much of the check the directive names, directly or through its peer ids: `part` when it
 * names some of the peer checks ours unites, or one narrower than ours; only `whole` suppresses.
 */
export function coverage(directive: Directive, checkId: string, input: Pick<SuppressionInput, 'checkOf'>): PeerCoverage {
  if (directive.tool === 'posture') return directive.ids.includes(checkId) ? 'whole' : 'none';
  // KICS's line and block comments name no query: they skip everything found there.
  if (directive.tool === 'kics' && directive.kics !== 'disable') return directive.kics !== undefined ? 'whole' : 'none';
  const check = input.checkOf(checkId);
  if (!check) return 'none';
  const family = directive.tool === 'checkov' ? 'checkov' : directive.tool === 'kics' ? 'kics' : 'trivy';
  return peerCoverage(check, family, new Set(directive.ids.map((id) => id.toUpperCase())));
}

/** `posture:ignore AWS-0001`, `checkov:skip=CKV_AWS_19`, as the user wrote it, for messages. */
export function describe(directive: Directive): string {
  const ids = directive.ids.join(',');
  if (directive.tool === 'posture') return `posture:ignore ${ids}`;
  if (directive.tool === 'kics') return directive.kics === 'disable' ? `kics-scan disable=${ids}` : directive.kics ? `kics-scan ${directive.kics}` : 'kics-scan';
  return directive.tool === 'checkov' ? `checkov:skip=${ids}` : `${directive.tool}:ignore:${ids}`;
}
