/**
 * Peer ids → built-in checks, through the catalogue's `peers`. A check that is the union of several
 * peer checks (AWS-0002: the four Block Public Access settings) is waived only when every one of
 * them is skipped: skipping one of four must not silence the other three (fail closed).
 */
import type { CheckMeta } from '../../model/index.js';

export type PeerTool = 'checkov' | 'trivy';

/** The peer checks one of ours covers: each a list of the ids that name it. */
function peerChecks(check: CheckMeta, tool: PeerTool): string[][] {
  if (tool === 'checkov') return (check.peers.checkov ?? []).map((id) => [id]);
  // A Trivy check is listed as its AVD id followed by its long ids and KSVnnn (scripts/peer-ids.test.ts);
  // tfsec's long id names the same check as the Trivy one of the same control.
  const groups: string[][] = [];
  for (const id of check.peers.trivy ?? []) {
    if (id.startsWith('AVD-') || groups.length === 0) groups.push([id]);
    else groups[groups.length - 1].push(id);
  }
  for (const id of check.peers.tfsec ?? []) {
    if (groups.some((group) => group.includes(id))) continue;
    // a name tfsec kept after Trivy renamed the check (aws-rds-no-public-db-access)
    if (groups.length === 1) groups[0].push(id);
    else groups.push([id]);
  }
  return groups;
}

export interface PeerMatch {
  /** Checks every peer check of which is skipped: safe to waive; `by`: the skipped ids that reach it. */
  covered: { checkId: string; by: string[] }[];
  /** Checks some but not all of whose peer checks are skipped, with the ids still missing. */
  partial: { checkId: string; missing: string[] }[];
}

export class PeerIndex {
  private readonly checks: { id: string; groups: string[][] }[];

  constructor(checks: readonly CheckMeta[], tool: PeerTool) {
    this.checks = checks.filter((c) => !c.deprecated).map((c) => ({ id: c.id, groups: peerChecks(c, tool).map((g) => g.map(upper)) }));
  }

  /** Whether any of our checks lists the id. */
  knows(id: string): boolean {
    const wanted = upper(id);
    return this.checks.some((c) => c.groups.some((g) => g.includes(wanted)));
  }

  /** Our checks that the skipped ids reach, split into fully and partly covered. */
  match(skipped: Iterable<string>): PeerMatch {
    const original = new Map([...skipped].map((id) => [upper(id), id]));
    const set = new Set(original.keys());
    const covered: PeerMatch['covered'] = [];
    const partial: PeerMatch['partial'] = [];
    for (const check of this.checks) {
      const hit = check.groups.map((group) => group.some((id) => set.has(id)));
      if (!hit.some(Boolean)) continue;
      if (hit.every(Boolean)) covered.push({ checkId: check.id, by: [...set].filter((id) => check.groups.some((g) => g.includes(id))).map((id) => original.get(id)!) });
      else partial.push({ checkId: check.id, missing: check.groups.filter((_, i) => !hit[i]).map((group) => group[0]) });
    }
    return { covered, partial };
  }
}

function upper(id: string): string {
  return id.toUpperCase();
}
