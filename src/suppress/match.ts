/** Which check a directive names: ours directly, a peer tool's through the catalogue's peer ids. */
import type { Directive, SuppressionInput } from './types.js';

/** Whether the directive names the check, directly or through one of its peer ids. */
export function names(directive: Directive, checkId: string, input: Pick<SuppressionInput, 'peersOf'>): boolean {
  if (directive.tool === 'posture') return directive.ids.includes(checkId);
  // KICS's line and block comments name no query: they skip everything found there.
  if (directive.tool === 'kics' && directive.kics !== 'disable') return directive.kics !== undefined;
  const peers = input.peersOf(checkId) ?? {};
  const known = peerIds(directive.tool, peers);
  const wanted = new Set(directive.ids.map((id) => id.toUpperCase()));
  return known.some((id) => wanted.has(id.toUpperCase()));
}

function peerIds(tool: Directive['tool'], peers: Record<string, string[]>): string[] {
  if (tool === 'checkov') return peers.checkov ?? [];
  if (tool === 'kics') return peers.kics ?? [];
  return [...(peers.trivy ?? []), ...(peers.tfsec ?? [])];
}

/** `posture:ignore AWS-0001`, `checkov:skip=CKV_AWS_19`, as the user wrote it, for messages. */
export function describe(directive: Directive): string {
  const ids = directive.ids.join(',');
  if (directive.tool === 'posture') return `posture:ignore ${ids}`;
  if (directive.tool === 'kics') return directive.kics === 'disable' ? `kics-scan disable=${ids}` : directive.kics ? `kics-scan ${directive.kics}` : 'kics-scan';
  return directive.tool === 'checkov' ? `checkov:skip=${ids}` : `${directive.tool}:ignore:${ids}`;
}
