import type { CheckMeta } from '../model/index.js';

/** Peer tools whose ids name our checks; tfsec's long ids belong to Trivy's checks of the same control. */
export type PeerFamily = 'checkov' | 'trivy' | 'kics';

/**
 * The peer checks one of ours covers, for one tool: each a list of the ids that name that one
 * peer check. A check that is the union of several peer checks (AWS-0002: four Block Public Access
 * settings, four Trivy checks) has several groups; naming one of them names part of ours.
 * A Trivy check is listed as its AVD id followed by its long ids and KSVnnn (scripts/peer-ids.test.ts).
 */
export function peerGroups(peers: CheckMeta['peers'], family: PeerFamily): string[][] {
  if (family === 'checkov') return (peers.checkov ?? []).map((id) => [id]);
  // KICS writes one query per platform for the same control (Terraform, CloudFormation, ...):
  // its ids of one check are one peer check
  if (family === 'kics') return peers.kics ? [peers.kics] : [];
  const groups: string[][] = [];
  for (const id of peers.trivy ?? []) {
    if (id.startsWith('AVD-') || groups.length === 0) groups.push([id]);
    else groups[groups.length - 1].push(id);
  }
  for (const id of peers.tfsec ?? []) {
    if (groups.some((group) => group.includes(id))) continue;
    // a name tfsec kept after Trivy renamed the check (aws-rds-no-public-db-access)
    if (groups.length === 1) groups[0].push(id);
    else groups.push([id]);
  }
  return groups;
}

export type PeerCoverage = 'none' | 'whole' | 'part';

/**
 * How much of our check a set of peer ids (upper case) names: `whole` when every peer check it
 * unites is named and none of them covers only part of it (METADATA `custom.peers_partial`: Trivy's
 * AVD-AWS-0009 looks at launch configurations only, our AWS-0017 at every instance). Skipping a
 * part must never silence the whole (fail closed).
 */
export function peerCoverage(check: Pick<CheckMeta, 'peers' | 'partialPeers'>, family: PeerFamily, named: ReadonlySet<string>): PeerCoverage {
  const groups = peerGroups(check.peers, family).map((group) => group.map((id) => id.toUpperCase()));
  const hit = groups.map((group) => group.some((id) => named.has(id)));
  if (!hit.some(Boolean)) return 'none';
  const partial = new Set((check.partialPeers ?? []).map((id) => id.toUpperCase()));
  const narrower = groups.some((group, i) => hit[i] && group.some((id) => partial.has(id)));
  return hit.every(Boolean) && !narrower ? 'whole' : 'part';
}
